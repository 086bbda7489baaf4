"""Money marts on forms met in reports of councils we had not seen: a table's rows under a group title, savings
delivered against a target named beside them, a span a sentence opens with, shares after a comma or "which was",
footnote numbers after a sentence's stop, a space before a decimal point, and the words that name reserves,
capital programmes, income and what is still to find. Invented councils; every report runs through the real
`councilwh refresh`."""

from __future__ import annotations

from tests.conftest import figures_of, overspends_of, rows_of, savings_of

MTFS = "brackenmoor_2026_mtfs-savings-proposals.txt"
UPDATE = "quarrington_2026_savings-programme-update.txt"
REVIEW = "wetherfold_2026_cpc-feedback-report.txt"
OUTTURN = "saltmarsh_2026_revenue-outturn.txt"
MONITORING = "glenrothay_2026_revenue-budget-month-6.txt"
CONSULTATION = "harbury_2026_budget-consultation.md"
BALANCES = "tidewell_2026_revenue-outturn-2025-26.txt"

REPORTS = {
    MTFS: (
        "Brackenmoor County Council\n"
        "Cabinet, 14 October 2026\n\n"
        "3. Savings proposals\n\n"
        "3.1 Directorates have drawn up the proposals below. Figures are in £000.\n\n"
        "Table 2: Savings proposals by directorate (£000)\n\n"
        "                                 2027/28   2028/29     Total\n"
        "Gap before savings                 9,400     7,100    16,500\n"
        "Savings proposals\n"
        "  Adult Services                   2,300     1,700     4,000\n"
        "  Waste and Recycling                800       600     1,400\n"
        "Gap still to close                 6,300     4,800    11,100\n\n"
        "4. Reserves\n\n"
        "4.1 The General Fund reserve stands at £8.4m, 3.2% of the net revenue budget. The Treasury Reserve holds "
        "£2.2m, and a further £1.3m is held in the Pay and Grading Equalisation Reserve. The minimum level of "
        "£6.0m set by the Section 151 Officer is met.\n\n"
        "5. Capital\n\n"
        "5.1 The capital programme of £64.5m over four years is affordable. The £12m capital programme for "
        "highways will be reviewed. Actual spend was £9.8m in the first half of the year.\n"
    ),
    UPDATE: (
        "Quarrington Borough Council\n\n"
        "Our savings programme\n\n"
        "Last updated: 10 September 2026\n\n"
        "Over the three years from 2025/26 to 2027/28 the council needs to save £5.2m. So far we have delivered "
        "£2.4m of the £5.2m required. In 2025/26 we delivered £1.15 million, which was 92% of the £1.25m we had "
        "planned to save during the year.\n\n"
        "So far this year we have banked £0.7m of the £1.9m target set in the budget. For 2027/28 we need to "
        "find £2.2 million, and we still need to find £0.4m of it. Letting the old depot is bringing in £85,000 a year "
        "in rent.\n"
    ),
    REVIEW: (
        "Wetherfold District Council\n"
        "Corporate Peer Challenge: feedback report\n\n"
        "Finance\n\n"
        "At the time of the challenge the budget gap for 2027/28 was put at £2.9m. Since then the council has "
        "identified proposals worth £1.8 million against that gap. Around £1.1m is still to be found before the "
        "budget is set in February 2027. The MTFS shows a cumulative funding gap of £4 .6m over the period to "
        "2029/30. The council's own figures show a budget gap of £1.9m in 2027/28 rising to £3.1m in 2028/29.2 "
        "Reserves have been used to balance the budget twice. The council has been successful in securing £9m+ "
        "from the North Shire Combined Authority for the town centre.\n\n"
        "Savings delivery\n\n"
        "At Quarter 2, £6.1m (70%) are on track, £1.8m (21%) are rated at risk and £0.8m (9%) are not expected to "
        "be delivered this year. The full-year forecast is £7.2m. Approved budget reductions for 2026/27 total "
        "£8.7 million.\n"
    ),
    OUTTURN: (
        "Saltmarsh Council\n"
        "Revenue outturn 2025/26\n\n"
        "Table 1: Outturn by service (£000)\n\n"
        "Service                     Budget     Outturn    Variance\n"
        "Car Parks                      640         712          72\n"
        "Contingency (1)                300           -       (300)\n"
        "Total                          940         712       (228)\n\n"
        "Investment interest earned in the year was £1,412,300, which is £612,300 more than budgeted.\n\n"
        "- Children's services overspent by £0.9m, mostly on agency social workers. Home to school transport adds "
        "a further £0.35m.\n"
    ),
    MONITORING: (
        "Glenrothay Council\n"
        "Revenue budget monitoring: month 6, 2026/27\n\n"
        "D.7 Budget reductions\n\n"
        "Approved budget reductions for 2026/27 total £6.4 million. At month 6, £4.9 million has been delivered and "
        "a further £1.0 million is on track for delivery by the end of the year. Of the rest, £0.5 million has yet to "
        "be identified.\n"
    ),
    CONSULTATION: (
        "Harbury Borough Council\n\n"
        "## Where the money goes\n\n"
        "This year we are spending £142.6 million on day-to-day services. Most of it goes on care:\n\n"
        "- adult social care – £58.1 million\n"
        "- children's services – £27.4 million\n"
    ),
    BALANCES: (
        "Tidewell Borough Council\n"
        "Revenue and capital outturn 2025/26\n\n"
        "Service                          Budget £        Outturn £\n"
        "Investment income (2)            (250,000)       (371,400)\n\n"
        "After meeting the overspend, the balance at 31 March 2026 is £1,612,880. A further overspend would reduce "
        "the balance to £0.9m. The favourable variance includes the release of the £450k general contingency. "
        "Capital expenditure in 2025/26 was £2,947,310. Car parking income is running £0.30m above budget. The "
        "council secured £1.8m from the Coastal Towns Recovery Fund. Since the challenge it has closed £1.2m of that "
        "gap. External borrowing stands at around £412 million1, most of it for housing.\n"
    ),
}


def test_rows_under_a_group_title_are_rows_of_the_table(con) -> None:
    savings = savings_of(con, MTFS, "fiscal_year", "service_area")
    # "Savings proposals" over indented rows is the title of those rows: they stay in the £000 table, under its years
    assert {
        ("identified", 2.3e6, "2027/28", "adult_social_care"),
        ("identified", 1.7e6, "2028/29", "adult_social_care"),
        ("identified", 0.8e6, "2027/28", "waste"),
        ("identified", 4.0e6, None, "adult_social_care"),
        ("unidentified", 6.3e6, "2027/28", None),
    } <= savings
    assert {("funding_gap", 9.4e6), ("funding_gap", 16.5e6)} <= figures_of(con, MTFS)


def test_reserves_minimum_levels_and_capital_programmes(con) -> None:
    figures = figures_of(con, MTFS)
    assert {
        ("reserves", 8.4e6),
        ("reserves", 2.2e6),
        ("reserves", 1.3e6),  # held in a named reserve
        ("reserves", 6.0e6),  # the minimum level
        ("investment", 64.5e6),  # a capital programme's size is what the council will invest
        ("investment", 12e6),
        ("other", 9.8e6),  # what was actually spent
    } <= figures
    # the share after a comma restates the reserve: no budget of 3.2%
    shares = rows_of(con, "select category, percent from marts.financial_figures where source_file = ?", MTFS)
    assert ("budget", 3.2) not in shares


def test_savings_against_the_target_beside_them_and_a_span_the_sentence_opens_with(con) -> None:
    savings = savings_of(con, UPDATE, "fiscal_year")
    assert {
        ("target", 5.2e6, None),  # over the three years from 2025/26: no one year
        ("delivered", 2.4e6, None),  # "needs to save" in the sentence before
        ("delivered", 1.15e6, "2025/26"),
        ("target", 1.25e6, "2025/26"),
        ("delivered", 0.7e6, "2026/27"),  # "So far this year", against the page's date
        ("target", 1.9e6, "2026/27"),
        ("target", 2.2e6, "2027/28"),  # what the council needs to find is its requirement
    } <= savings
    assert ("target", 5.2e6, "2025/26") not in savings
    assert ("unidentified", 0.4e6) in {
        (kind, amount) for kind, amount, _year in savings
    }  # what it still needs
    rates = rows_of(con, "select kind, percent from marts.savings where source_file = ?", UPDATE)
    assert ("rate", 92.0) in rates  # "which was 92% of"
    assert ("income", 85e3) in figures_of(con, UPDATE)


def test_years_of_a_gap_named_back_and_of_the_budget_still_to_be_set(con) -> None:
    savings = savings_of(con, REVIEW, "fiscal_year")
    assert ("identified", 1.8e6, "2027/28") in savings  # proposals against that gap
    assert ("unidentified", 1.1e6, "2027/28") in savings  # before the budget is set in February 2027


def test_a_space_before_a_decimal_point_a_footnote_number_and_funding_won(con) -> None:
    figures = figures_of(con, REVIEW)
    assert {("funding_gap", 4.6e6), ("funding_gap", 3.1e6), ("grant", 9e6)} <= figures
    assert ("reserves", 3.1e6) not in figures
    assert ("funding_gap", 4.0) not in figures


def test_shares_in_brackets_forecasts_and_budget_reductions_of_a_savings_programme(con) -> None:
    savings = savings_of(con, REVIEW)
    # each part's own words after it (and after its share in brackets), not the part's before it
    assert {("target", 1.8e6), ("unidentified", 0.8e6), ("target", 7.2e6), ("target", 8.7e6)} <= savings
    assert ("target", 0.8e6) not in savings
    assert ("budget", 8.7e6) not in figures_of(con, REVIEW)


def test_a_contingency_row_car_parks_and_income_above_its_budget(con) -> None:
    figures = figures_of(con, OUTTURN)
    assert ("contingency", 300e3) in figures
    assert {("income", 1412300.0), ("other", 612300.0)} <= figures
    overspends = overspends_of(con, OUTTURN)
    assert (72e3, "transport") in overspends
    assert (0.35e6, "transport") in overspends  # more of the overspend the sentence before states
    # more income than budgeted is no overspend
    assert 612300.0 not in {amount for amount, _service in overspends}


def test_budget_reductions_are_savings_and_what_has_yet_to_be_identified(con) -> None:
    savings = savings_of(con, MONITORING)
    assert {("target", 6.4e6), ("delivered", 4.9e6), ("target", 1.0e6), ("unidentified", 0.5e6)} <= savings


def test_what_a_council_is_spending_this_year_and_on_what(con) -> None:
    assert {("budget", 142.6e6), ("budget", 58.1e6), ("budget", 27.4e6)} <= figures_of(con, CONSULTATION)


def test_balances_at_a_date_contingencies_released_capital_spent_income_and_grants_won(con) -> None:
    figures = figures_of(con, BALANCES)
    assert {
        ("income", 250e3),  # an investment income row with a footnote's number
        ("reserves", 1612880.0),  # the balance at a date
        ("reserves", 0.9e6),  # what an overspend would reduce the balance to
        ("contingency", 450e3),
        ("other", 2947310.0),  # capital spent in the year
        ("income", 0.3e6),  # income above its budget is no overspend
        ("grant", 1.8e6),  # won from a named fund
        ("debt", 412e6),  # a footnote's number after "million" is no part of the figure
    } <= figures
    assert overspends_of(con, BALANCES) == set()
    assert ("identified", 1.2e6) in savings_of(con, BALANCES)  # closed part of the gap
