"""Money marts on forms met in reports of councils we had not seen: a variance's direction printed after its number
("7,560 adv", "135 fav"), a net income budget in brackets, cells that carry their own unit ("1.2m" under "£"), a
table without heading rows under a caption, a section heading's year over a table, a lead-in that says what the
bulleted figures (or lines of a year and a figure) under it are, the bounds of a span a sentence opens with, a year that is open at a report's date,
and the words that name budget requirements, savings delivered, pay awards, balances and in-year deficits.
Invented councils; every report runs through the real `councilwh refresh`."""

from __future__ import annotations

from tests.conftest import figures_of, overspends_of, rows_of, savings_of

QUARTER = "farrowdale_2026_q2-revenue-budget-monitoring.txt"
POUNDS = "kestlebury_2026_q3-revenue-budget-monitoring.txt"
OUTTURN = "marrowgate_2027_revenue-outturn-2026-27.txt"
MTFS = "pellingford_2026_mtfs-update.txt"
TRACKER = "ousebridge_2026_savings-programme-update.md"
MONTH9 = "coldharbour_2027_month-9-financial-monitoring.txt"
YEARS = "strathaven_2026_best-value-financial-sustainability.txt"
GAPS = "lowther_2026_mtfs-savings-update.txt"
MINUTE = "thornwick_2026_mtfs-cabinet-minute.txt"

REPORTS = {
    QUARTER: (
        "Farrowdale Borough Council\n"
        "Executive Board, 13 November 2026\n"
        "Revenue Budget Monitoring 2026/27 - Quarter 2\n\n"
        "3.1 The table below compares the forecast outturn with the net budget. Variances are shown as fav "
        "(favourable) or adv (adverse).\n\n"
        "Department                          Annual      Forecast      Variance\n"
        "                                    Budget       Outturn     (fav)/adv\n"
        "                                     £'000         £'000         £'000\n"
        "Children's Social Care                  38,200      41,050     2,850 adv\n"
        "Legal & Democratic Services              2,110       2,290       180 adv\n"
        "Highways & Transport                     9,400       9,150       250 fav\n"
        "Corporate Budgets                       (3,300)     (3,720)       420 fav\n"
        "-------------------------------------------------------------------------\n"
        "Total                                   46,410      48,770     2,360 adv\n\n"
        "3.2 The forecast outturn is an overspend of £2.36m, an improvement on the £3.9m reported at the end of "
        "quarter one. The High Needs block is forecasting an in-year deficit of £1.7m.\n"
    ),
    POUNDS: (
        "Kestlebury Borough Council\n"
        "Cabinet, 4 February 2027\n"
        "Revenue budget monitoring 2026/27: Quarter 3\n\n"
        "4. Forecast by service area\n\n"
        "                                    Net budget        Forecast variance\n"
        "Service area                                 £                        £\n"
        "-----------------------------------------------------------------------\n"
        "Homelessness and Housing Options     2,870,000                     0.9m\n"
        "Waste Collection                     3,615,000                    0.24m\n"
        "Parking Services                    (1,980,000)                  -0.18m\n"
        "-----------------------------------------------------------------------\n\n"
        "Negative variances are favourable.\n"
    ),
    OUTTURN: (
        "Marrowgate Council\n"
        "Report to Cabinet, 8 July 2027\n"
        "Revenue Outturn 2026/27\n\n"
        "3. Reserves\n\n"
        "The table below shows the movement on usable earmarked reserves during 2026/27 (£m).\n\n"
        "Balance at 1 April 2026\t41.30\n"
        "Planned use in the 2026/27 budget\t(6.25)\n"
        "Contributions to reserves\t2.40\n"
        "Balance at 31 March 2027\t37.45\n\n"
        "4. Housing Revenue Account\n\n"
        "The HRA made a surplus of £0.6 million, which has been added to the HRA balance, taking it to £4.8m at "
        "the year end. If nothing changes, working balances will fall from £5.5m at 1 April 2027 to £1.1m at "
        "31 March 2028.\n"
    ),
    MTFS: (
        "Pellingford District Council\n"
        "Executive, 2 December 2026\n"
        "Medium Term Financial Strategy 2027/28 to 2030/31: update\n\n"
        "2. Background\n\n"
        "The MTFS shows the net budget requirement rising from £14.2 million in 2026/27 to £15.9 million by "
        "2030/31. The council has delivered approximately £2.15 million of savings since 2022/23. Since 2021/22 "
        "the council has delivered savings of £3.4m. Between 2021/22 and 2025/26 the council delivered recurring "
        "savings of £4.1 million.\n\n"
        "The 2026/27 savings target of £0.8m is on course to be 85% achieved, with the balance expected to slip "
        "into next year. Cabinet asked for a savings programme of at least £1.5 million for the three years to "
        "2029/30.\n\n"
        "3. The budget gap\n\n"
        "Allowing for pay awards of 3% in 2027/28, the forecast budget gap in each year of the MTFS is:\n\n"
        "  •  2027/28: £1.3m\n"
        "  •  2028/29: £2.6m\n"
        "  •  2029/30: £3.4m\n"
    ),
    TRACKER: (
        "# Ousebridge Borough Council\n\n"
        "Cabinet, 21 October 2026\n\n"
        "### 4. Savings tracker 2026/27\n\n"
        "4.1 Progress against each proposal at the end of September is shown below.\n\n"
        "| Ref | Saving | Target £000 | Delivered £000 |\n"
        "|---|---|---:|---:|\n"
        "| OB1 | Property rationalisation (Town Hall annexe) | 380 | 150 |\n"
        "| OB2 | Garden waste charging | 260 | 260 |\n"
    ),
    MONTH9: (
        "Coldharbour Council\n\n"
        "Executive\n\n"
        "Date of meeting: 11 February 2027\n\n"
        "FINANCIAL PERFORMANCE MONITORING AS AT MONTH 9 2026/27\n\n"
        "3.1 The table below shows the projected outturn for each directorate.\n\n"
        "Directorate                             Budget  Projected  Variance\n"
        "                                            £m outturn £m        £m\n"
        "-------------------------------------------------------------------\n"
        "Adult Services                            71.3       73.4       2.1\n"
        "Communities                               18.6       18.2      -0.4\n"
    ),
    YEARS: (
        "Strathaven Council\n"
        "Best Value: financial sustainability\n\n"
        "Exhibit 3\n"
        "Savings approved and achieved, 2022/23 to 2024/25\n\n"
        "Year         Approved      Achieved\n"
        "                   £m            £m\n"
        "2022/23            6.2           5.0\n"
        "2023/24            7.5           7.5\n"
        "2024/25            8.0           6.4\n"
    ),
    GAPS: (
        "Lowther District Council\n"
        "Cabinet, 9 December 2026\n\n"
        "3.1 Since 2012/13 the council has delivered savings of more than £11m.\n\n"
        "3.2 The council needs to make recurring savings totalling £3.6m by 2030/31 to balance the budget without "
        "using reserves. Proposals worth £0.9m have been identified for next year, leaving around £0.4m of the "
        "2027/28 gap still to be found. A gap of £0.7m in 2028/29 remains to be found.\n\n"
        "3.3 The forecast overspend has fallen from £4.1m at Quarter 1 to £3.05m at Period 6, after management "
        "actions in adult social care.\n\n"
        "Key facts\n"
        "HRA turnover:        £21.6m\n"
        "The regeneration plan relies on land receipts of £38m.\n"
    ),
    MINUTE: (
        "Thornwick Borough Council\n"
        "Cabinet, 9 October 2026\n"
        "Minute 42: Medium Term Financial Strategy\n\n"
        "The Portfolio Holder for Resources introduced the strategy. Members noted that the settlement remained "
        "uncertain and that the projected budgetary shortfalls over the coming years were as follows:\n\n\n"
        "2027/28 £2.140m\n\n"
        "2028/29 – £1.385m\n\n"
        "2029/30 £0.920m\n\n\n"
        "Members noted that these were provisional. The capital programme for the same years stood at\n\n"
        "2027/28 £6.400m\n"
    ),
}


def test_a_direction_after_a_variance_and_a_net_income_budget_in_brackets(con) -> None:
    overspends = overspends_of(con, QUARTER)
    assert {
        (2.85e6, "childrens_services"),
        (180e3, "corporate_services"),  # legal and democratic services
        (2.36e6, None),
    } <= overspends
    figures = figures_of(con, QUARTER)
    assert {("other", 250e3), ("other", 420e3)} <= figures  # "fav": underspends
    assert {("budget", -3.3e6), ("other", -3.72e6)} <= figures  # a net income budget and outturn, as printed
    assert ("other", 2.85e6) not in figures
    services = rows_of(
        con,
        "select service_area from marts.financial_figures where source_file = ? and amount_gbp = 9400000",
        QUARTER,
    )
    assert services == {("highways",)}  # "Highways & Transport": the service named first


def test_a_figure_the_one_before_improves_on_and_an_in_year_deficit(con) -> None:
    overspends = {amount for amount, _service in overspends_of(con, QUARTER)}
    assert {3.9e6, 1.7e6} <= overspends


def test_cells_with_their_own_unit_under_a_pounds_heading(con) -> None:
    assert {(0.9e6, "housing"), (0.24e6, "waste")} <= overspends_of(con, POUNDS)
    figures = figures_of(con, POUNDS)
    assert {("other", 0.18e6), ("budget", -1.98e6), ("budget", 2.87e6)} <= figures
    assert 0.18e6 not in {amount for amount, _service in overspends_of(con, POUNDS)}


def test_a_table_without_heading_rows_under_a_caption_and_balances_a_figure_moves(con) -> None:
    figures = figures_of(con, OUTTURN)
    assert {
        ("reserves", 41.3e6),  # a balance on a date is no page furniture
        ("reserves", 6.25e6),  # planned use: a movement of the reserves, not a budget
        ("reserves", 2.4e6),
        ("reserves", 37.45e6),
        ("reserves", 4.8e6),  # "added to the HRA balance, taking it to"
        ("reserves", 1.1e6),  # "will fall from £5.5m at 1 April 2027 to"
    } <= figures
    assert ("budget", 6.25e6) not in figures


def test_a_lead_in_names_the_bulleted_figures_and_pay_awards_are_no_income(con) -> None:
    figures = rows_of(
        con,
        "select category, amount_gbp::double, fiscal_year from marts.financial_figures where source_file = ?",
        MTFS,
    )
    assert {
        ("funding_gap", 1.3e6, "2027/28"),
        ("funding_gap", 2.6e6, "2028/29"),
        ("funding_gap", 3.4e6, "2029/30"),
        ("budget", 14.2e6, "2026/27"),  # a net budget requirement, no savings target
    } <= figures
    shares = rows_of(con, "select category, percent from marts.financial_figures where source_file = ?", MTFS)
    assert ("other", 3.0) in shares


def test_savings_delivered_and_the_bounds_of_a_span(con) -> None:
    savings = savings_of(con, MTFS, "fiscal_year")
    assert {
        ("delivered", 2.15e6, None),  # "has delivered approximately £X of savings since 2022/23"
        ("delivered", 3.4e6, None),  # since 2021/22: no one year
        ("delivered", 4.1e6, None),  # between two years
        ("target", 1.5e6, None),  # for the three years to 2029/30
    } <= savings
    assert ("target", 14.2e6, "2026/27") not in savings
    rates = rows_of(
        con, "select percent, fiscal_year from marts.savings where source_file = ? and kind = 'rate'", MTFS
    )
    assert rates == {(85.0, "2026/27")}  # next year is the balance's, not the rate's


def test_a_section_headings_year_dates_its_table(con) -> None:
    savings = savings_of(con, TRACKER, "fiscal_year", "service_area")
    assert {
        ("target", 380e3, "2026/27", "other"),  # property rationalisation
        ("delivered", 150e3, "2026/27", "other"),
        ("target", 260e3, "2026/27", "waste"),
    } <= savings


def test_a_year_not_ended_at_the_reports_date_is_forecast(con) -> None:
    statuses = rows_of(
        con,
        "select amount_gbp::double, status, fiscal_year from marts.overspends where source_file = ?",
        MONTH9,
    )
    assert (2.1e6, "forecast", "2026/27") in statuses


def test_a_table_with_years_as_rows_of_savings_approved_and_achieved(con) -> None:
    savings = savings_of(con, YEARS, "fiscal_year")
    assert {
        ("target", 6.2e6, "2022/23"),  # approved
        ("delivered", 5.0e6, "2022/23"),
        ("target", 8.0e6, "2024/25"),
        ("delivered", 6.4e6, "2024/25"),
    } <= savings


def test_what_is_still_to_be_found_of_a_gap_and_what_must_be_saved(con) -> None:
    savings = savings_of(con, GAPS, "fiscal_year")
    assert {
        ("delivered", 11e6, None),  # "3.1 Since 2012/13": a span, the paragraph's number before it
        ("target", 3.6e6, None),  # "needs to make recurring savings totalling"
        ("unidentified", 0.4e6, "2027/28"),  # "of the 2027/28 gap still to be found"
        ("unidentified", 0.7e6, "2028/29"),  # "a gap of £0.7m in 2028/29 remains to be found"
    } <= savings
    figures = figures_of(con, GAPS)
    assert {("income", 21.6e6), ("capital_receipts", 38e6)} <= figures  # turnover; land receipts
    assert ("reserves", 3.6e6) not in figures


def test_year_lines_under_a_lead_in_ending_in_a_colon_read_its_words(con) -> None:
    figures = rows_of(
        con,
        "select category, amount_gbp::double, fiscal_year from marts.financial_figures where source_file = ?",
        MINUTE,
    )
    assert {
        ("funding_gap", 2.14e6, "2027/28"),
        ("funding_gap", 1.385e6, "2028/29"),  # a dash between the year and its figure
        ("funding_gap", 0.92e6, "2029/30"),
    } <= figures
    # the paragraph after the list ends it: the year line under it is no shortfall
    assert ("funding_gap", 6.4e6, "2027/28") not in figures


def test_a_forecast_overspend_that_has_fallen_by_a_point_in_the_year_and_why(con) -> None:
    # the whole council's overspend at period 6, not adult social care's (the actions are why it fell)
    assert {(4.1e6, None), (3.05e6, None)} <= overspends_of(con, GAPS)
