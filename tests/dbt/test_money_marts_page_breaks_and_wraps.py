"""Money tables broken by a page footer or with a row name wrapped over two lines, and money told with a colon,
per week, over a net budget, approved "of which", or as a part "of this", end to end through the real CLI."""

from tests.conftest import figures_of, rows_of

OUTTURN = "kestle_2026_revenue-outturn-2025-26.txt"
MONITORING = "wraybridge_2026_q2-budget-monitoring.txt"
REPORTS = {
    OUTTURN: (
        "Kestle Council\n"
        "Revenue Outturn 2025/26\n\n"
        "3. Outturn by service\n\n"
        "                                    Revised       Actual        Variance\n"
        "Service                             Budget        Outturn       Over/(Under)\n"
        "                                    £000          £000          £000\n"
        "Children's Services                 88,120        90,410         2,290\n"
        "Environment and Streets             44,260        43,980          (280)\n"
        "\n"
        "Kestle Council | Cabinet 16 June 2026 | Item 7 | Page 3 of 9\n"
        "\n"
        "Leisure and Culture                 12,730        12,395          (335)\n"
        "Resources                           26,400        26,950           550\n\n"
        "4. Balances\n\n"
        "The general fund balance at 31 March 2026 is £9,210k, within the council's policy range of 3% to 5% of "
        "net budget.\n\n"
        "5. Capital\n\n"
        "Capital programme 2025/26 (£m)      Budget     Actual     Slippage\n"
        "Harbour works                         14.2       11.9        2.3\n"
        "Housing grants                         4.4        3.1        1.3\n"
    ),
    MONITORING: (
        "Wraybridge Borough Council\n"
        "Revenue Budget Monitoring 2026/27: Quarter 2 (to 30 September 2026)\n\n"
        "1.1 The council is forecasting spend of £131.9m against a net budget of £129.5m: an adverse variance of "
        "£2.4m. The council now expects to finish the year £2.4m over its net budget. Looked after children's "
        "placements account for £1.7m of this. Placements now cost an average of £6,300 per week.\n\n"
        "1.2 The table below summarises the position (£m).\n\n"
        "| Directorate | Budget | Forecast | Variance |\n"
        "|---|---|---|---|\n"
        "| People | 64.2 | 66.6 | 2.4 |\n"
        "| Place (incl. waste,\n"
        "parks and highways) | 33.7 | 33.2 | (0.5) |\n"
        "| Total | 97.9 | 99.8 | 1.9 |\n\n"
        "2. Savings\n\n"
        "The council has put together a 2026/27 savings programme of £5.2m, £3.5m of which the Cabinet has "
        "already approved.\n\n"
        "3. Savings status\n\n"
        "Status        £m      Share\n"
        "Delivered     3.1     60%     Green\n\n"
        "4. Performance scorecard - Q2 2026/27\n\n"
        "Measure                              Target     Actual     Status\n"
        "Council tax collected (year to date)  56.0%      55.2%      🟠\n"
        "Business rates collected              57.5%      58.1%      Green\n\n"
        "5. Reserves\n\n"
        "The general fund balance stood at £11.4m on 1 April 2026. If the forecast overspend is not contained it "
        "would fall to £8.6m by 31 March 2027, below the £9.0m minimum set in the medium term financial plan.\n"
    ),
}


def test_a_page_footer_inside_a_table_does_not_end_it(con) -> None:
    figures = figures_of(con, OUTTURN)
    # the rows after the footer keep their columns (budget, outturn) and the table's unit
    assert {("budget", 12.73e6), ("other", 12.395e6), ("budget", 26.4e6), ("other", 26.95e6)} <= figures
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", OUTTURN
    )
    assert {(2.29e6,), (0.55e6,)} <= overspends


def test_a_bar_table_row_whose_name_wraps_onto_the_next_line(con) -> None:
    figures = figures_of(con, MONITORING)
    assert {("budget", 33.7e6), ("other", 33.2e6), ("other", 0.5e6)} <= figures


def test_a_colon_a_net_budget_a_weekly_cost_and_a_part_of_this(con) -> None:
    figures = figures_of(con, MONITORING)
    # the budget before the colon is no overspend; a weekly cost is a unit cost
    assert {("budget", 129.5e6), ("other", 6300.0)} <= figures
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        MONITORING,
    )
    assert (129.5e6, None) not in overspends
    assert {(2.4e6, None), (1.7e6, "childrens_services")} <= overspends


def test_savings_approved_of_which(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", MONITORING
    )
    assert {("target", 5.2e6), ("identified", 3.5e6)} <= savings


def test_a_slippage_column_and_a_reserves_policy_range(con) -> None:
    figures = figures_of(con, OUTTURN)
    # slippage is neither an investment nor a grant, though the table is a capital programme with grants
    assert {("other", 2.3e6), ("other", 1.3e6), ("budget", 14.2e6)} <= figures
    percents = rows_of(
        con,
        "select category, round(percent, 1)::double from marts.financial_figures where source_file = ? "
        "and percent is not null",
        OUTTURN,
    )
    assert {("reserves", 3.0), ("reserves", 5.0)} <= percents


def test_a_scorecard_rows_target_and_actual_are_no_money_but_a_savings_share_is(con) -> None:
    percents = rows_of(
        con,
        "select round(percent, 1)::double from marts.financial_figures where source_file = ? and percent is not null",
        MONITORING,
    )
    assert not {(56.0,), (55.2,), (57.5,), (58.1,)} & percents
    rates = rows_of(
        con,
        "select round(percent, 1)::double from marts.savings where source_file = ? and kind = 'rate'",
        MONITORING,
    )
    assert (60.0,) in rates


def test_a_balance_that_would_fall_below_its_minimum(con) -> None:
    # "it" is the balance of the sentence before, in a section on reserves: not the overspend its clause names
    assert {("reserves", 8.6e6), ("reserves", 9.0e6)} <= figures_of(con, MONITORING)
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", MONITORING
    )
    assert not {(8.6e6,), (9.0e6,)} & overspends
