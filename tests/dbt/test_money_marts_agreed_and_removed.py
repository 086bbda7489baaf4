"""Money told in new ways, end to end through the real CLI: savings agreed with a budget, taken out of budgets,
pencilled in or assumed; a figure dated by "that budget" of the sentence before; one figure stated twice (in £m
in the prose, in £000 under a numbered heading naming the unit); a table under four heading rows with the same
figure in two rows; parts of reserves set aside or held; a shortfall in income."""

from tests.conftest import figures_of, rows_of

MONITORING = "brennock_2026_q2-revenue-monitoring.txt"
FEEDBACK = "haldercombe_2026_cpc-feedback-report.txt"
OUTTURN = "caldmoor_2026_revenue-outturn-2025-26.txt"
REPORTS = {
    MONITORING: (
        "Brennock Metropolitan Borough Council\n"
        "Revenue Budget Monitoring 2026/27: Quarter 2 (to 30 September 2026)\n\n"
        "1. Summary\n\n"
        "1.1 The forecast for the General Fund is an adverse variance of £2.417m against the net budget.\n\n"
        "2. Directorates (£000)\n\n"
        "| Directorate          |  Budget | Variance |\n"
        "|----------------------|---------|----------|\n"
        "| Place                |  61,200 |      912 |\n"
        "| Children's Services  | 103,400 |    1,505 |\n"
        "| **Total**            | 164,600 |    2,417 |\n\n"
        "3. Children's Services (£000)\n\n"
        "Children's Services (£000)          Budget     Variance\n"
        "External placements                 61,800        1,190\n"
        "Social work teams                   41,600          315\n"
        "Directorate total                  103,400        1,505\n"
    ),
    FEEDBACK: (
        "Haldercombe District Council\n"
        "LGA Corporate Peer Challenge: feedback report\n"
        "On site: 8-10 September 2026\n\n"
        "Financial position\n\n"
        "The net revenue budget for 2026/27 is £180.2m. Savings of £7.6m were built into that budget; by the "
        "end of August £4.1m had been banked.\n\n"
        "The 2026/27 budget was agreed with savings of £2.35 million, of which £1.1 million has already been "
        "taken out of budgets, and a further £0.6 million has been pencilled in for 2027/28.\n\n"
        "Over the three years to 2025/26 the council removed £11m from its base budget.\n\n"
        "The medium term plan shows a gap of £19.4m by 2029/30, after assuming savings of £6.2m are delivered "
        "in 2026/27.\n\n"
        "Reserves\n\n"
        "General fund balances are £8.4 million, but £2.6 million of that was set aside to cover the leisure "
        "contract. Earmarked reserves total £40.2m, of which £11.5m is held for the waste depot programme. The "
        "forecast is balanced after meeting a £0.42m shortfall in parking income.\n"
    ),
    OUTTURN: (
        "Caldmoor Borough Council\n"
        "Revenue Outturn 2025/26\n\n"
        "Outturn by directorate\n\n"
        "2.  The table sets out the outturn by directorate in £ million.\n\n"
        "                                 Revised       Outturn      Variance\n"
        "                                 budget                     adverse/\n"
        "                                                            (favourable)\n"
        "                                 £m            £m           £m\n"
        "    Community Wellbeing           61.30         63.05         1.75\n"
        "    Growth and Place              28.14         27.36        (0.78)\n"
        "    Customer and Digital          14.92         14.14        (0.78)\n"
        "                                 ------        ------        ------\n"
        "    Net position                 104.36        104.55         0.19\n"
    ),
}


def test_one_figure_in_pounds_million_and_in_a_thousands_table_is_one_overspend(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area, mention_count from marts.overspends "
        "where source_file = ? and amount_gbp = 2417000",
        MONITORING,
    )
    # "£2.417m" and "2,417" under "£000" are the same pounds, so the same fact, mentioned twice
    assert overspends == {(2417000.0, None, 2)}
    # a directorate's total in its own table restates its row of the summary table: one fact
    children = rows_of(
        con,
        "select service_area, mention_count from marts.overspends where source_file = ? and amount_gbp = 1505000",
        MONITORING,
    )
    assert children == {("childrens_services", 2)}


def test_a_table_under_four_heading_rows_and_one_figure_in_two_of_its_rows(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double, mention_count from marts.financial_figures "
        "where source_file = ?",
        OUTTURN,
    )
    # "Outturn" four rows above the figures still names its column
    assert {("other", 63.05e6, 1), ("other", 27.36e6, 1), ("other", 104.55e6, 1)} <= figures
    # the same underspend in two rows is two facts, not one restated
    assert {row for row in figures if row[1] == 0.78e6} == {("other", 0.78e6, 1)}
    assert (
        len(
            rows_of(
                con,
                "select quote from marts.financial_figures where source_file = ? and amount_gbp = 780000",
                OUTTURN,
            )
        )
        == 2
    )


def test_savings_agreed_taken_out_pencilled_in_assumed_and_removed(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        FEEDBACK,
    )
    assert {
        # "built into that budget": the year of the budget the sentence before names
        ("target", 7.6e6, "2026/27"),
        ("delivered", 4.1e6, "2026/27"),
        ("target", 2.35e6, "2026/27"),
        ("delivered", 1.1e6, "2026/27"),
        ("identified", 0.6e6, "2027/28"),
        # three years' savings: no one year
        ("delivered", 11e6, None),
        # assumed, not delivered, and in the year written after it, not the span the gap runs to
        ("target", 6.2e6, "2026/27"),
    } <= savings
    figures = figures_of(con, FEEDBACK)
    assert not {row for row in figures if row[1] in (2.35e6, 1.1e6, 11e6, 6.2e6)}


def test_parts_of_reserves_set_aside_or_held_and_a_shortfall_in_income(con) -> None:
    figures = figures_of(con, FEEDBACK)
    assert {("reserves", 2.6e6), ("reserves", 11.5e6), ("income", 0.42e6)} <= figures
