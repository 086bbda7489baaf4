"""Money marts on forms met in reports of councils we had not seen: a PDF's table printed column by column (the rows'
names, then each column's heading over its figures), savings listed as dotted-leader lines with their BRAG rating
("£0.30m (Green)", "(Blue - delivered)"), the rating totals ("Blue £0.45m (15%)"), an achievement rate, "the
undelivered £X" of a year, proposals and what is left to find after a gap, the year of a savings programme's report,
a "Savings identified" table row, a gap's part that came from efficiencies, grant funding named by its funder, and
income a budget relies on. Invented councils; every report runs through the real `councilwh refresh`."""

from __future__ import annotations

from tests.conftest import figures_of, overspends_of, rows_of, savings_of

BLOCKS = "pellingham_2026_q2-revenue-monitoring.txt"
PROGRAMME = "corvey_2026_savings-programme-update.txt"
MTFP = "ashbridge_2026_mtfp-update.md"
REVIEW = "lowmarsh_2026_cpc-feedback-report.txt"

REPORTS = {
    BLOCKS: (
        "PELLINGHAM BOROUGH COUNCIL\n\n"
        "Cabinet: 18 November 2026\n"
        "Subject: REVENUE BUDGET MONITORING 2026/27 - QUARTER 2\n\n"
        "2.1 The forecast by service is shown in Table 1.\n\n"
        "Table 1: General Fund forecast by service (£000)\n\n"
        "Service\n"
        "Leisure and Culture\n"
        "Street Scene\n"
        "Corporate Support\n"
        "Total General Fund\n\n"
        "Approved Budget\n"
        "£000\n"
        "2,410\n"
        "5,130\n"
        "3,275\n"
        "10,815\n\n"
        "Forecast Outturn\n"
        "£000\n"
        "2,655\n"
        "5,090\n"
        "3,301\n"
        "11,046\n\n"
        "Variance\n"
        "£000\n"
        "245\n"
        "(40)\n"
        "26\n"
        "231\n\n"
        "Brackets denote an underspend.\n\n"
        "4.1 Releasing the contingency to meet the leisure pressure would reduce the net forecast overspend "
        "to £131k.\n"
    ),
    PROGRAMME: (
        "CORVEY DISTRICT COUNCIL\n"
        "Cabinet - 2 December 2026\n\n"
        "SAVINGS PROGRAMME 2026/27: DELIVERY UPDATE\n\n"
        "1  DELIVERY BY PROPOSAL\n\n"
        "Leisure\n"
        "   Pool heating controls ...................................... £0.30m (Green)\n"
        "   Reception desk merger ...................................... £0.45m (Blue - delivered)\n\n"
        "Housing\n"
        "   Void turnaround review ..................................... £1.80m (Amber)\n"
        "   Garage site disposals ...................................... £0.45m (Red)\n\n"
        "2  SUMMARY\n\n"
        "Blue £0.45m (15%), Green £0.30m (10%), Amber £1.80m (60%) and Red £0.45m (15%).\n\n"
        "3  LAST YEAR\n\n"
        "In 2025/26 the Council delivered £2.7m of savings against a target of £3.1m, an achievement rate "
        "of 87%. The undelivered £0.4m was covered from the contingency.\n\n"
        "4  NEXT YEAR\n\n"
        "The financial plan shows a gap of £4.4m for 2027/28. Proposals worth £2.9m have been put forward, "
        "leaving £1.5m still to be found before February.\n"
    ),
    MTFP: (
        "# Ashbridge Borough Council\n\n"
        "## Cabinet - 8 December 2026\n\n"
        "### Medium Term Financial Plan 2027/28 to 2029/30\n\n"
        "| £m | 2027/28 | 2028/29 | 2029/30 |\n"
        "|---|---:|---:|---:|\n"
        "| Annual gap | 5.2 | 3.0 | 2.6 |\n"
        "| Savings identified to date | (3.1) | (1.4) | (0.5) |\n\n"
        "The plan requires further savings of £0.9m in 2030/31. Options worth £0.6m have been drawn up, leaving "
        "£0.3m to be found.\n\n"
        "The Ashbridge Quays scheme is supported by £12.5m of Homes England housing funding. Ashbridge's share "
        "of the Marchfield Combined Authority skills funding was £3.6m.\n"
    ),
    REVIEW: (
        "Corporate Peer Challenge\n"
        "Lowmarsh District Council\n"
        "14 - 17 April 2026\n"
        "Feedback report\n\n"
        "1. Executive summary\n\n"
        "The council set a balanced budget for 2026/27. To do so it had to close a gap of £9.2m, of which "
        "£4.1m came from service efficiencies and the rest from council tax. The peers heard that this "
        "year's budget relies on £0.8m of one-off income from land charges. For 2027/28 about £0.5m of the "
        "remaining gap is expected to be closed through higher income from the council's markets.\n"
    ),
}


def test_a_table_printed_column_by_column_is_read_as_its_rows(con) -> None:
    figures = figures_of(con, BLOCKS)
    budgets = {amount for category, amount in figures if category == "budget"}
    assert {2_410_000.0, 5_130_000.0, 3_275_000.0, 10_815_000.0} <= budgets
    # the forecast outturn column, and an underspend of the variance column
    assert {("other", 2_655_000.0), ("other", 11_046_000.0), ("other", 40_000.0)} <= figures
    assert {(245_000.0, "other"), (26_000.0, "corporate_services")} <= overspends_of(con, BLOCKS)


def test_the_whole_councils_overspend_after_a_services_pressure_has_no_service(con) -> None:
    assert (131_000.0, None) in overspends_of(con, BLOCKS)


def test_a_moved_figures_offset_is_its_place_in_the_reports_text(con) -> None:
    offsets = rows_of(
        con,
        "select char_offset from marts.financial_figures where source_file = ? and amount_gbp = 5090000",
        BLOCKS,
    )
    assert offsets == {(REPORTS[BLOCKS].index("5,090"),)}


def test_dotted_leader_savings_with_their_rating(con) -> None:
    savings = savings_of(con, PROGRAMME, "fiscal_year")
    assert {
        ("target", 0.30e6, "2026/27"),
        ("delivered", 0.45e6, "2026/27"),
        ("target", 1.80e6, "2026/27"),  # amber
        ("target", 0.45e6, "2026/27"),  # red: at risk, still of the plan
    } <= savings


def test_rating_totals_and_their_shares(con) -> None:
    savings = savings_of(con, PROGRAMME)
    assert {("delivered", 0.45e6), ("target", 0.30e6), ("target", 1.80e6)} <= savings
    rates = rows_of(
        con, "select percent from marts.savings where source_file = ? and kind = 'rate'", PROGRAMME
    )
    assert {(15.0,), (10.0,), (60.0,)} <= rates


def test_an_achievement_rate_and_the_undelivered_part_of_a_year(con) -> None:
    rates = rows_of(
        con,
        "select percent, fiscal_year from marts.savings where source_file = ? and kind = 'rate'",
        PROGRAMME,
    )
    assert (87.0, "2025/26") in rates
    assert ("unidentified", 0.4e6, "2025/26") in savings_of(con, PROGRAMME, "fiscal_year")


def test_proposals_and_what_is_left_to_find_take_the_gaps_year(con) -> None:
    assert ("unidentified", 1.5e6, "2027/28") in savings_of(con, PROGRAMME, "fiscal_year")


def test_what_is_left_to_find_of_a_requirement_takes_its_year(con) -> None:
    assert ("unidentified", 0.3e6, "2030/31") in savings_of(con, MTFP, "fiscal_year")


def test_a_savings_identified_row_of_a_gap_table(con) -> None:
    savings = savings_of(con, MTFP, "fiscal_year")
    assert {("identified", 3.1e6, "2027/28"), ("identified", 1.4e6, "2028/29")} <= savings
    assert not {kind for kind, _amount, _year in savings} & {"delivered"}


def test_grant_funding_named_by_its_funder(con) -> None:
    assert {("grant", 12.5e6), ("grant", 3.6e6)} <= figures_of(con, MTFP)


def test_a_gaps_part_from_efficiencies_and_income_a_budget_relies_on(con) -> None:
    assert ("target", 4.1e6) in savings_of(con, REVIEW)
    assert ("income", 0.8e6) in figures_of(con, REVIEW)
    assert ("funding_gap", 4.1e6) not in figures_of(con, REVIEW)


def test_a_part_of_a_gap_closed_through_income_is_income(con) -> None:
    assert ("income", 0.5e6) in figures_of(con, REVIEW)
