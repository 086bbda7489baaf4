"""Money in tables whose caption or column says which way the signs go ("+ adverse, - favourable"), savings listed
under short group titles, a reserves table by opening, movement and closing balance, and the sentence-level forms
a budget report, a scrutiny minute and a finance review use, end to end through the real CLI."""

from tests.conftest import figures_of, overspends_of, rows_of, savings_of

COUNTY = "harrowfield-cc_2026_q1-revenue-monitoring.txt"
MTFS = "ashcombe_2027_mtfs-and-budget.txt"
MINUTE = "glenmarsh_2026_scrutiny-minute.txt"
REVIEW = "coldbrook_2026_finance-review.txt"
REPORTS = {
    COUNTY: (
        "Harrowfield County Council\n"
        "Cabinet – 21 July 2026\n\n"
        "REVENUE MONITORING 2026/27 – QUARTER 1\n\n"
        "1. Summary\n\n"
        "1.1 The council forecasts a net overspend of £5.1m against its 2026/27 net budget of £512.0m.\n\n"
        "Table 1: Forecast by directorate, £m\n\n"
        "Directorate\tBudget\tForecast\tVariance\n"
        "\tfull year\toutturn\t+adverse/-favourable\n"
        "Adults and Communities\t240.5\t245.3\t+4.8\n"
        "Highways and Transport\t61.2\t60.5\t-0.7\n"
        "Resources\t38.3\t39.3\t+1.0\n"
        "Total\t512.0\t517.1\t+5.1\n\n"
        "2. Subjective analysis\n\n"
        "Table 2: Variance by type of spend, £m (+ adverse, - favourable)\n\n"
        "Employees\t-1.6\n"
        "Premises\t+0.4\n"
        "Third party payments\t+6.3\n\n"
        "2.1 Of the adverse variance in Adults and Communities, £3.1m relates to residential placements and "
        "£1.7m to learning disability support.\n\n"
        "3. Reserves\n\n"
        "3.1 Earmarked reserves stood at £88.2m on 1 April 2026 and the planned net use in the year is £9.5m, "
        "leaving £78.7m at 31 March 2027 before any draw to cover the overspend.\n\n"
        "3.2 At outturn the council was £1.2m over budget, against the £2.950m overspend forecast at quarter 3.\n"
    ),
    MTFS: (
        "ASHCOMBE BOROUGH COUNCIL\n"
        "CABINET – 9 FEBRUARY 2027\n\n"
        "MEDIUM TERM FINANCIAL STRATEGY AND BUDGET 2027/28\n\n"
        "1  CONTEXT\n"
        "1.1  The cumulative shortfall over the four years of the strategy, before the proposals below, is "
        "£4.8M.\n"
        "1.2  The settlement confirmed core spending power of £12.6M for 2027/28.\n\n"
        "2  SAVINGS PROPOSALS\n"
        "2.1  Officers have drawn up proposals worth £1,100k in total, of which £640k falls in 2027/28. "
        "By directorate:\n\n"
        "Place and Environment\n"
        "  •  Review of bulky waste charges – £120k\n"
        "  •  Close two public conveniences – £45k\n"
        "Customer and Corporate Services\n"
        "  •  Move licensing applications online – £95k\n\n"
        "3  RESERVES\n"
        "3.1  The table shows the forecast position of the main usable reserves (£000).\n\n"
        "Reserve                       Opening       Planned       Closing\n"
        "                              1/4/2027      movement      31/3/2028\n"
        "Budget equalisation             3,400        (900)         2,500\n"
        "Insurance                         760         (60)           700\n"
        "Total                           4,160        (960)         3,200\n"
    ),
    MINUTE: (
        "GLENMARSH COUNTY BOROUGH COUNCIL\n"
        "Corporate Overview and Scrutiny Committee – 12 November 2026\n\n"
        "Q. A member asked how large the budget gap was.\n"
        "A. The Head of Finance said the budget shortfall for 2027/28 was £11.2m. Savings proposals of £7.0m had "
        "been drawn up; the remaining £4.2m would have to be found from further savings.\n\n"
        "Q. A member asked about the Social Services and Wellbeing directorate.\n"
        "A. The Cabinet Member said that the Social Services and Wellbeing directorate was forecasting an "
        "overspend of £2.8 million.\n\n"
        "Q. A member asked about the level of balances.\n"
        "A. He would not want to see the Council Fund drop below 4% of the net budget of £301m.\n"
    ),
    REVIEW: (
        "Coldbrook District Council – Finance Review, 2026\n\n"
        "1. Finance\n\n"
        "The 2026/27 budget of £16.2m requires a further £1.4m of savings, of which £0.9m have plans behind them; "
        "£0.5m are still to be found. In 2025/26 the council overspent by £1.3m, driven almost entirely by "
        "temporary accommodation. The council carries a capital financing requirement of £96m. The plan assumes "
        "a 2.99% council tax rise, a 4% pay award and 5% for adult care contract inflation.\n\n"
        "Sharing a chief executive with its neighbour is estimated to have taken more than £1.5 million a year "
        "out of the two councils' combined running costs. The council has since agreed a £1.8 million savings "
        "programme spread over three years, of which £0.6m was delivered in 2025/26.\n\n"
        "The leisure centre expects a £70,000 shortfall against the £0.9m income budget.\n"
    ),
}


def _percents(con, source_file: str) -> set[tuple]:
    return rows_of(
        con,
        "select category, percent from marts.financial_figures where source_file = ? and percent is not null",
        source_file,
    )


def test_a_variance_column_headed_plus_adverse_minus_favourable(con) -> None:
    overspends = overspends_of(con, COUNTY)
    # "+4.8" under "+adverse/-favourable" is an overspend; "-0.7" is not, though the heading says "favourable"
    assert {(4.8e6, "adult_social_care"), (1.0e6, "corporate_services")} <= overspends
    assert (0.7e6, "highways") not in overspends
    assert ("other", 0.7e6) in figures_of(con, COUNTY)


def test_a_table_without_headings_takes_the_signs_its_caption_states(con) -> None:
    amounts = {amount for amount, _area in overspends_of(con, COUNTY)}
    assert {0.4e6, 6.3e6} <= amounts
    assert 1.6e6 not in amounts
    assert ("other", 1.6e6) in figures_of(con, COUNTY)


def test_parts_of_a_variance_that_relate_to_two_causes(con) -> None:
    overspends = overspends_of(con, COUNTY)
    # "£3.1m relates to residential placements and £1.7m to learning disability support": both parts
    assert (1.7e6, "learning_disabilities") in overspends
    assert 3.1e6 in {amount for amount, _area in overspends}


def test_what_reserves_leave_at_a_date_and_an_overspend_forecast_at_a_quarter(con) -> None:
    assert ("reserves", 78.7e6) in figures_of(con, COUNTY)
    assert 78.7e6 not in {amount for amount, _area in overspends_of(con, COUNTY)}
    statuses = rows_of(
        con, "select round(amount_gbp, 2)::double, status from marts.overspends where source_file = ?", COUNTY
    )
    assert (2.95e6, "forecast") in statuses


def test_savings_under_group_titles_take_the_lead_in_and_its_year(con) -> None:
    savings = savings_of(con, MTFS, "fiscal_year")
    assert {
        ("identified", 120e3, "2027/28"),
        ("identified", 45e3, "2027/28"),
        ("identified", 95e3, "2027/28"),
    } <= savings


def test_a_reserves_table_by_opening_planned_movement_and_closing_balance(con) -> None:
    figures = figures_of(con, MTFS)
    assert {
        ("reserves", 3.4e6),
        ("reserves", 0.9e6),
        ("reserves", 2.5e6),
        ("reserves", 4.16e6),
        ("reserves", 0.96e6),
        ("reserves", 3.2e6),
    } <= figures


def test_a_cumulative_shortfall_and_core_spending_power(con) -> None:
    figures = figures_of(con, MTFS)
    assert {("funding_gap", 4.8e6), ("other", 12.6e6)} <= figures
    assert 4.8e6 not in {amount for _kind, amount, _year in savings_of(con, MTFS, "fiscal_year")}
    assert ("grant", 12.6e6) not in figures


def test_what_remains_after_proposals_takes_the_year_of_the_gap_before(con) -> None:
    savings = savings_of(con, MINUTE, "fiscal_year")
    assert {("identified", 7.0e6, "2027/28"), ("unidentified", 4.2e6, "2027/28")} <= savings


def test_a_social_services_directorate_and_a_floor_for_balances(con) -> None:
    # a Welsh "Social Services" directorate holds adults' and children's services alike: no one service of ours
    assert (2.8e6, "other") in overspends_of(con, MINUTE)
    percents = _percents(con, MINUTE)
    assert ("reserves", 4.0) in percents


def test_a_budget_that_requires_savings_and_the_clause_after_a_semicolon(con) -> None:
    figures = figures_of(con, REVIEW)
    assert ("budget", 16.2e6) in figures
    savings = savings_of(con, REVIEW, "fiscal_year")
    assert ("unidentified", 0.5e6, "2026/27") in savings
    assert 16.2e6 not in {amount for _kind, amount, _year in savings}


def test_a_council_wide_overspend_driven_by_one_cause_and_debt(con) -> None:
    assert (1.3e6, None) in overspends_of(con, REVIEW)
    assert ("debt", 96e6) in figures_of(con, REVIEW)


def test_budget_assumptions_in_percent(con) -> None:
    percents = _percents(con, REVIEW)
    assert {("budget", 4.0), ("budget", 5.0)} <= percents
    assert ("income", 4.0) not in percents


def test_costs_taken_out_a_programme_over_three_years_and_an_income_shortfall(con) -> None:
    savings = savings_of(con, REVIEW, "fiscal_year")
    assert ("delivered", 1.5e6, None) in savings
    # a programme spread over three years has no one year, though a later clause names one
    assert ("target", 1.8e6, None) in savings
    figures = figures_of(con, REVIEW)
    assert {("income", 70e3), ("income", 0.9e6)} <= figures
    assert ("funding_gap", 70e3) not in figures
