"""Money marts on forms met in reports of councils we had not seen: a PDF's table with each cell on a line of its own,
a table in whole pounds named so by its caption ("all figures in £"), a reserve's share of the net budget and its
minimum, income above budget, an underspend added to a balance or moved into named funds, a savings requirement set
out as "Year 1 (2027/28): £2.6m" lines, what is still to be met of a year's requirement, the end of a span that opens a sentence, "for the
current year", a shortfall a plan projects over years and the savings against it, grant funding ("is funded by the
... Combined Authority", the Better Care Fund), a savings tracker with a RAG column, and a medium-term table whose rows
are years under "Net Revenue Expenditure £m", "General Fund Reserve £m" (or "GF balance") and "Reserve as % of NRE".
Invented councils; every report runs through the real `councilwh refresh`."""

from __future__ import annotations

from tests.conftest import figures_of, overspends_of, rows_of, savings_of

STACKED = "marrowby_2026_month-7-financial-monitoring.txt"
POUNDS = "halverton_2027_revenue-outturn-2026-27.txt"
MTFS = "fennick_2026_financial-strategy-2027-31.txt"
TRACKER = "oakhurst_2027_savings-tracker-q3.md"
FUNDS = "glenmorrow_2026_budget-monitoring-news.txt"
YEAR_ROWS = "thornwick_2026_budget-and-mtfs-2026-27.txt"
YEAR_ROWS_BARS = "thornwick_2026_reserves-strategy.md"

REPORTS = {
    STACKED: (
        "Marrowby Council\n"
        "Cabinet\n"
        "12 November 2026\n\n"
        "CORPORATE FINANCIAL MONITORING 2026/27 - MONTH 7\n\n"
        "2.2 The forecast by directorate is set out in Table 2.\n\n"
        "Table 2 - Forecast outturn 2026/27 at month 7\n"
        "Directorate\nBudget\n£m\nForecast\n£m\nVariance\n£m\n"
        "Place and Environment\n52.10\n53.30\n1.20\n"
        "Corporate Resources\n18.45\n18.05\n(0.40)\n"
        "Marrowby Council - Cabinet 12 November 2026        Page 4 of 9\n"
        "Total\n70.55\n71.35\n0.80\n\n"
        "3. Reserves\n\n"
        "3.1 The general fund reserve is £9.4m, which is 4.1% of the net budget and above the 3% minimum "
        "agreed by Council.\n\n"
        "4. Capital\n\n"
        "4.1 The capital programme for 2026/27 is £88.0m, of which £31.5m is funded by the Northvale Combined "
        "Authority and other external grants. The adults forecast assumes £1.4m of Better Care Fund support.\n"
    ),
    POUNDS: (
        "HALVERTON DISTRICT COUNCIL\n\n"
        "CABINET - 17 JUNE 2027\n\n"
        "REVENUE OUTTURN 2026/27\n\n"
        "2.2 The outturn by service is shown below (all figures in £).\n\n"
        "  Service                   Revised Budget        Actual      Variance\n"
        "  Street Scene                   3,204,500     3,310,200       105,700\n"
        "  Community Services             1,880,250     1,822,000      (58,250)\n"
        "                                ----------    ----------    ----------\n"
        "  Net Cost of Services           5,084,750     5,132,200        47,450\n\n"
        "2.3 Rental income was £84,000 higher than budgeted. After carry-forwards, the remaining £36,550 "
        "will be transferred to the General Fund balance.\n\n"
        "2.4 Interest income, which was £21,000 higher than budgeted, is held centrally. Using the resilience "
        "reserve to cover the £30,000 leisure shortfall would leave a balance of £410,000.\n"
    ),
    MTFS: (
        "Fennick Council\n"
        "Policy and Resources Committee, 10 December 2026\n"
        "Financial Strategy 2027/28 to 2030/31\n\n"
        "1.2 Officers estimate that the Council must make the following\n"
        "savings to balance its budget:\n\n"
        "    Year 1 (2027/28): £2.6m\n"
        "    Year 2 (2028/29): £1.9m\n\n"
        "1.3 Options of £3.1m have been identified. This would leave £0.4m of the 2027/28 requirement still "
        "to be met.\n\n"
        "2.1 Over the four years to 2030/31 the total savings requirement is estimated at £7.2m.\n\n"
        "2.2 Between 2022/23 and 2026/27 the Council has delivered £14.5m of savings, and 91% of the savings "
        "approved for the current year are expected to be achieved by 31 March 2027.\n\n"
        "3.1 The medium-term plan projects a shortfall of £14.2m over the three years to 2029/30, of which "
        "£5.1m has been matched by savings proposals. The financial strategy shows a cumulative gap of £9.9m by "
        "2030/31, and only £2.4m of savings has so far been identified against it.\n\n"
        "3.2 For 2026/27 a further £0.9m of savings is planned, and £0.6m of that (67 per cent) has been delivered "
        "to date. The Council must identify the remaining £3.3m of savings needed by 2029/30.\n"
    ),
    TRACKER: (
        "# Oakhurst Borough Council\n\n"
        "Cabinet, 11 February 2027\n\n"
        "## Savings tracker 2026/27\n\n"
        "| Ref | Proposal | Saving £k | RAG |\n"
        "|---|---|---:|:---:|\n"
        "| P1 | Review of garden waste charges | 120 | G |\n"
        "| P2 | Fleet telematics | 45 | A |\n"
        "| **Total** | | **165** | |\n"
    ),
    YEAR_ROWS: (
        "THORNWICK DISTRICT COUNCIL\n\n"
        "EXECUTIVE                                        9 February 2026\n\n"
        "BUDGET 2026/27 AND MEDIUM TERM FINANCIAL STRATEGY\n\n"
        "5. RESERVES\n\n"
        "5.1 The table below sets out the planned net spending and the general fund balance over the plan.\n\n"
        "Year        Net Revenue Expenditure £m    General Fund Reserve £m    Reserve as % of NRE\n"
        "2026/27     38.40                         4.80                       12.5%\n"
        "2027/28     39.95                         4.20                       10.5%\n"
        "2028/29     41.10                         3.70                       9.0%\n\n"
        "5.2 Members are asked to note the position.\n"
    ),
    YEAR_ROWS_BARS: (
        "# Thornwick District Council\n\n"
        "## Reserves strategy 2026/27\n\n"
        "| Year | NRE £000 | GF balance £000 | Balance as % of NRE |\n"
        "|---|---:|---:|---:|\n"
        "| 2029/30 | 42,350 | 3,390 | 8.0% |\n"
        "| 2030/31 | 43,600 | 3,050 | 7.0% |\n"
    ),
    FUNDS: (
        "Glenmorrow Council forecasts an underspend\n\n"
        "The council expects to end the year £9 million under budget. Members will be asked next week to move "
        "£1.8 million to the Repairs Fund and £2.6 million to the Invest to Save Fund, leaving the rest with "
        "services.\n\n"
        "The council was awarded £4 million from the government's Towns Fund.\n"
    ),
}


def _percents(con, source_file: str) -> set[tuple]:
    """A file's percentage figures as (category, percent)."""
    return rows_of(
        con,
        "select category, percent from marts.financial_figures where source_file = ? and percent is not null",
        source_file,
    )


def _yearly(con, source_file: str) -> set[tuple]:
    """A file's financial figures as (category, amount in pounds, percent, fiscal year)."""
    return rows_of(
        con,
        "select category, round(amount_gbp, 2)::double, percent, fiscal_year from marts.financial_figures "
        "where source_file = ?",
        source_file,
    )


def test_a_table_with_each_cell_on_a_line_of_its_own(con) -> None:
    figures = figures_of(con, STACKED)
    assert {("budget", 52.1e6), ("other", 53.3e6), ("other", 0.4e6), ("budget", 70.55e6)} <= figures
    assert {1.2e6, 0.8e6} <= {amount for amount, _service in overspends_of(con, STACKED)}


def test_a_reserves_share_of_the_net_budget_and_its_minimum(con) -> None:
    assert {("reserves", 4.1), ("reserves", 3.0)} <= _percents(con, STACKED)


def test_grant_funded_parts_and_better_care_fund_support(con) -> None:
    assert {("grant", 31.5e6), ("grant", 1.4e6)} <= figures_of(con, STACKED)


def test_a_table_in_whole_pounds_by_its_caption(con) -> None:
    figures = figures_of(con, POUNDS)
    assert {("budget", 3_204_500.0), ("other", 1_822_000.0), ("budget", 5_084_750.0)} <= figures
    assert 105_700.0 in {amount for amount, _service in overspends_of(con, POUNDS)}


def test_income_above_budget_and_an_underspend_added_to_a_balance(con) -> None:
    figures = figures_of(con, POUNDS)
    assert {("income", 84_000.0), ("reserves", 36_550.0)} <= figures
    assert 84_000.0 not in {amount for amount, _service in overspends_of(con, POUNDS)}


def test_money_the_council_moves_into_a_named_fund_is_reserves(con) -> None:
    figures = figures_of(con, FUNDS)
    assert {
        ("reserves", 1.8e6),
        ("reserves", 2.6e6),
        ("grant", 4e6),
    } <= figures  # a fund paid to it is a grant
    assert ("target", 2.6e6) not in savings_of(con, FUNDS)  # "Invest to Save" names a fund, not savings


def test_a_savings_requirement_by_year_lines_and_what_is_still_to_be_met(con) -> None:
    savings = savings_of(con, MTFS, "fiscal_year")
    assert {
        ("target", 2.6e6, "2027/28"),
        ("target", 1.9e6, "2028/29"),
        ("unidentified", 0.4e6, "2027/28"),
        ("target", 7.2e6, None),  # over the four years to 2030/31: no one year
    } <= savings
    rates = rows_of(
        con, "select percent, fiscal_year from marts.savings where source_file = ? and kind = 'rate'", MTFS
    )
    assert (91.0, "2026/27") in rates  # "for the current year", in a sentence that opens with a span


def test_a_shortfall_over_years_and_the_savings_against_a_gap_by_a_year(con) -> None:
    # a part of a multi-year shortfall, and savings against a gap dated by the year that bounds it, have no year
    assert {("identified", 5.1e6, None), ("identified", 2.4e6, None)} <= savings_of(con, MTFS, "fiscal_year")
    assert ("funding_gap", 14.2e6) in figures_of(con, MTFS)  # "projects a shortfall of"


def test_income_beyond_budget_a_balance_left_and_the_remaining_savings(con) -> None:
    figures = figures_of(con, POUNDS)
    assert {("income", 21_000.0), ("reserves", 410_000.0)} <= figures
    assert 21_000.0 not in {amount for amount, _service in overspends_of(con, POUNDS)}
    savings = savings_of(con, MTFS)
    assert {
        ("delivered", 0.6e6),
        ("unidentified", 3.3e6),
    } <= savings  # "£0.6m of that (67 per cent) has been"


def test_a_savings_tracker_with_a_rag_column_is_of_planned_savings(con) -> None:
    savings = savings_of(con, TRACKER)
    assert {("target", 120e3), ("target", 45e3), ("target", 165e3)} <= savings
    assert not {kind for kind, _amount in savings} & {"identified"}


def test_a_table_of_years_gives_each_years_budget_reserve_and_its_share(con) -> None:
    figures = _yearly(con, YEAR_ROWS)
    assert {
        ("budget", 38_400_000.0, None, "2026/27"),
        ("reserves", 4_800_000.0, None, "2026/27"),
        ("reserves", None, 12.5, "2026/27"),
        ("budget", 41_100_000.0, None, "2028/29"),
        ("reserves", 3_700_000.0, None, "2028/29"),
        ("reserves", None, 9.0, "2028/29"),
    } <= figures
    barred = _yearly(con, YEAR_ROWS_BARS)
    assert {
        ("budget", 42_350_000.0, None, "2029/30"),
        ("reserves", 3_050_000.0, None, "2030/31"),
        ("reserves", None, 7.0, "2030/31"),
    } <= barred
