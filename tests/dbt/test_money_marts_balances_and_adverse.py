"""Money in a table of balances, told as "adverse", received as funding, of the working balance, falling to a
level, of a service the sentence before names, dated right after it, or taken out of cost; balances raised to a level,
met from or topped up by a figure, money held back for bids, grants used, an investment the noun after a figure
names, and the service of a chief executive's office or of an aside; unused contingency, underspends rolled forward
within reserves and a minimum level of balances; money taken from reserves to balance a budget, a rollover of
capital budgets, a budget shortfall and the part "of which" a year's, and overspends of a minute whose opening says
which year's outturn it projects (spending above its budget profile to date actual), end to end through the real CLI. Near misses: a rollover of a
grant or of a model, spending that will be above its profile at year end, and a budget shortfall in income."""

from tests.conftest import figures_of, rows_of, savings_of

MONITORING = "pellbrook_2026_q2-budget-monitoring.txt"
FEEDBACK = "tallowford_2026_cpc-feedback-report.txt"
GUARDS = "ornmouth_2026_revenue-outturn-and-reserves.txt"
OUTTURN = "brackley-vale_2026_provisional-outturn-2025-26.txt"
SCRUTINY = "kelderby_2026_revenue-monitoring-scrutiny-reference.txt"
NEAR_MISSES = "greyford_2025_q2-grants-and-capital-monitoring.txt"
REPORTS = {
    NEAR_MISSES: (
        "Greyford Borough Council\n"
        "Cabinet\n"
        "12 November 2025\n"
        "Revenue Budget Monitoring 2025/26 - Quarter 2\n\n"
        "Grants\n\n"
        "Cabinet approved the rollover of £2.3m of unspent Public Health grant into 2026/27.\n\n"
        "Following the roll-over of the MTFS model, the council tax base is £98.4m.\n\n"
        "Capital\n\n"
        "The scheme will be £0.5m above the budget profile at year end unless works are re-phased.\n\n"
        "Income\n\n"
        "Leisure services are reporting a projected budget shortfall of £240,000 in membership income.\n"
    ),
    MONITORING: (
        "Pellbrook District Council\n"
        "Revenue Budget Monitoring 2026/27: Quarter 2 (to 30 September 2026)\n\n"
        "1. Position\n\n"
        "1.1 The council is forecasting spend of £88.4m against a net budget of £86.1m, an adverse variance of "
        "£2.3m. Most of the pressure sits in housing (£1.5m adverse), with waste collection alone £0.8m adverse.\n"
        "1.2 The directorate has received £0.9m of winter resilience funding from the integrated care board.\n\n"
        "2. Reserves\n\n"
        "Reserves (£m)          1 Apr 2026    Forecast use    31 Mar 2027\n"
        "General Fund balance       9.6           (2.3)            7.3\n"
        "Earmarked                 31.2           (4.4)           26.8\n"
    ),
    SCRUTINY: (
        "Agenda Item No.\n\n"
        "The projected outturn for the 2026/27 Revenue Budget was set out in Appendix 1 and showed a balanced "
        "position overall. Home to school transport was projected to overspend by £412,000. By the end of "
        "December, revenue spending was £0.35m above the budget profile. Whilst the council "
        "was close to budget, £0.9m had been taken from reserves to ensure a balanced budget. Members approved the "
        "rollover of capital budgets of £3.415m. Members were told of an estimated budget shortfall of around "
        "£8.2m over the next three years of which £2.7m related to the 2027/28 financial year.\n"
    ),
    FEEDBACK: (
        "Tallowford Borough Council\n"
        "LGA Corporate Peer Challenge: feedback report\n"
        "On site: 6-8 October 2026\n\n"
        "Finance\n\n"
        "Since 2012 the council has taken out £48 million of cost. Adult social care is the largest pressure. "
        "The service overspent by £3.4m in 2025/26. Social Work Services overspent by £0.6m in 2025/26. The "
        "medium term plan assumes a gap of £9.1m a year by 2029/30 and sets a savings target of £2.2m for "
        "2026/27. The council had delivered savings of £1.7 million in 2025/26 but still needed to find a "
        "further £2.6 million by 2028/29. The 2026/27 budget used £1.1m of the working balance. If the "
        "overspend is not brought back, the general fund balance at 31 March 2027 would fall to about £4.2m.\n"
    ),
    GUARDS: (
        "Ornmouth District Council\n"
        "Revenue Outturn and Use of Reserves 2025/26\n\n"
        "3. Revenue outturn and use of reserves\n\n"
        "Service (£000)          Budget     Outturn     Variance\n"
        "Communities             21,400      22,150          750\n"
        "General Fund            61,900      62,650          750\n\n"
        "4. Savings\n\n"
        "Savings (£000)             Target\n"
        "Delivered                   1,240\n"
        "Balance to be identified      460\n\n"
        "5. Other matters\n\n"
        "The Public Health Grant of £14.2m is ring-fenced for public health; any underspend goes to an earmarked "
        "reserve. £0.5m of one-off funding from reserves was allocated to potholes. Over the budget period the "
        "council must save £24m. Of this, £4m is in adults. In 2024/25 the council needed to find £12m and "
        "delivered £10.5m.\n"
    ),
    OUTTURN: (
        "Brackley Vale Borough Council\n"
        "Provisional Revenue Outturn 2025/26\n\n"
        "2. Outturn and balances\n\n"
        "2.1 The year's underspend will increase general balances to about £3.46million by the year end.\n"
        "2.2 An estimated closing balance as at 31st March 2027 of £2.085m is now forecast.\n"
        "2.3 Cabinet approved extra spending of £1.7m on winter pressures to be met from the General Fund "
        "(£1.24m) and from partner contributions.\n"
        "2.4 Cabinet approved the transfer of £0.9m of the 2025/26 revenue underspend to top up two earmarked "
        "reserves.\n"
        "2.5 Cabinet also agreed to hold back £275k for unforeseen bids over the winter months.\n"
        "2.6 The budget now includes the use of carried forward grants (those unspent at 31 March) of £0.52m.\n"
        "2.7 The harbour will be rebuilt with a £19m Towns Fund investment over four years.\n"
        "2.8 The Chief Executive's Office is anticipating an overspend of £184k for the year.\n"
        "2.9 In total, the outturn on all services (including schools non-delegated budget overspend of £95k) was "
        "an overspend of £438k.\n"
        "2.10 There is a corporate underspend of £1.3m, which consists of £0.65m from staffing underspends, £0.45m of "
        "unused contingency budget and £0.2m of other lines.\n"
        "2.11 £0.6m from budget and grant underspends is to be rolled forward within earmarked reserves.\n"
        "2.12 The capital programme shows an underspend of £14m, which consisted of £11m on the General Fund and "
        "£3m on the HRA.\n"
        "2.13 The minimum level of general fund balances advised by the Section 151 Officer when the budget was set "
        "was £2.5m.\n"
        "2.14 The minimum level of reserves was last reviewed in February, when the forecast overspend was £4.2m.\n"
    ),
}


def test_a_table_of_balances_is_reserves_in_every_column(con) -> None:
    figures = figures_of(con, MONITORING)
    # the rows name a balance under a "Reserves" heading: opening, use and closing are all reserves, though
    # "Forecast use" would make a cell an outturn in a budget table
    assert {(("reserves", amount)) for amount in (9.6e6, 2.3e6, 7.3e6, 31.2e6, 4.4e6, 26.8e6)} <= figures


def test_adverse_after_a_figure_and_funding_received(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        MONITORING,
    )
    assert {(1.5e6, "housing"), (0.8e6, "waste")} <= overspends
    assert ("grant", 0.9e6) in figures_of(con, MONITORING)


def test_savings_cost_taken_out_a_year_right_after_and_still_to_find(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, fiscal_year from marts.savings where source_file = ?",
        FEEDBACK,
    )
    assert {
        ("delivered", 48e6, None),
        # the gap runs to 2029/30, but the target's own year follows it
        ("target", 2.2e6, "2026/27"),
        ("delivered", 1.7e6, "2025/26"),
        ("unidentified", 2.6e6, None),
    } <= savings


def test_the_service_of_the_sentence_before_social_work_and_balances(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, service_area from marts.overspends where source_file = ?",
        FEEDBACK,
    )
    assert {(3.4e6, "2025/26", "adult_social_care"), (0.6e6, "2025/26", "adult_social_care")} <= overspends
    assert {("reserves", 1.1e6), ("reserves", 4.2e6)} <= figures_of(con, FEEDBACK)


def test_rows_and_words_near_reserves_that_are_not_reserves(con) -> None:
    figures = figures_of(con, GUARDS)
    # a section on reserves does not make a budget table's "General Fund" row a reserve, nor a savings row
    # "Balance to be identified"; a ring-fenced grant is a grant; funding from reserves is reserves
    assert {("budget", 61.9e6), ("grant", 14.2e6), ("reserves", 0.5e6)} <= figures
    assert not {("reserves", 61.9e6), ("reserves", 62.65e6), ("reserves", 0.46e6), ("grant", 0.5e6)} & figures
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", GUARDS
    )
    # over the budget period is no overspend
    assert (0.75e6,) in overspends and (4e6,) not in overspends
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", GUARDS
    )
    # what a council needed to find in a past year was its target, not a sum still unidentified
    assert ("unidentified", 12e6) not in savings


def test_balances_raised_closing_met_from_the_general_fund_or_topped_up_are_reserves(
    con,
) -> None:
    figures = figures_of(con, OUTTURN)
    # raising the balances to a level, the closing balance at a date "of" a figure, the general fund that meets a
    # cost (its share in brackets after it), and the part of an underspend moved to top up reserves
    assert {("reserves", amount) for amount in (3.46e6, 2.085e6, 1.24e6, 0.9e6)} <= figures


def test_money_held_back_for_unforeseen_bids_is_a_contingency(con) -> None:
    assert ("contingency", 275e3) in figures_of(con, OUTTURN)


def test_a_figure_of_unused_contingency_is_contingency(con) -> None:
    # "£0.45m of unused contingency budget", a part of an underspend: what the figure is of names its category
    assert ("contingency", 0.45e6) in figures_of(con, OUTTURN)


def test_underspends_rolled_forward_within_reserves_and_a_minimum_level_of_balances_are_reserves(con) -> None:
    figures = figures_of(con, OUTTURN)
    # "£0.6m from ... underspends ... rolled forward within earmarked reserves"; "the minimum level of general fund
    # balances advised ... when the budget was set was £2.5m": the balances, not the budget
    assert {("reserves", 0.6e6), ("reserves", 2.5e6)} <= figures
    # ... but a figure in a later clause of that sentence is not the minimum level ("was last reviewed in
    # February, when the forecast overspend was £4.2m")
    assert ("reserves", 4.2e6) not in figures


def test_the_parts_an_underspend_consisted_of_share_its_category(con) -> None:
    figures = figures_of(con, OUTTURN)
    # "an underspend of £14m, which consisted of £11m ... and £3m ...": parts of an underspend, not investment
    assert {("other", 14e6), ("other", 11e6), ("other", 3e6)} <= figures
    assert not {("investment", 11e6), ("investment", 3e6)} & figures


def test_the_use_of_carried_forward_grants_is_grant_and_the_noun_after_a_figure_says_investment(con) -> None:
    figures = figures_of(con, OUTTURN)
    # "a £19m Towns Fund investment": the fund names where the money comes from, the noun what it is
    assert {("grant", 0.52e6), ("investment", 19e6)} <= figures


def test_a_chief_executives_office_is_corporate_and_an_aside_gives_the_whole_no_service(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        OUTTURN,
    )
    # the schools overspend in brackets is the aside's own; the whole council's overspend has no service
    assert {(184e3, "corporate_services"), (438e3, None)} <= overspends


def test_money_taken_from_reserves_a_rollover_and_a_budget_shortfall(con) -> None:
    figures = figures_of(con, SCRUTINY)
    assert {
        ("reserves", 900000.0),
        ("other", 3415000.0),
        ("funding_gap", 8200000.0),
        ("funding_gap", 2700000.0),
    } <= (figures)
    assert not {row for row in figures if row[0] == "budget"}
    assert not {row for row in savings_of(con, SCRUTINY) if row[1] in (8200000.0, 2700000.0)}


def test_an_overspend_takes_the_year_whose_projected_outturn_the_opening_names(con) -> None:
    """... and spending to date above its budget profile has happened: actual, though the year is open."""
    assert rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status from marts.overspends where source_file = ?",
        SCRUTINY,
    ) == {(412000.0, "2026/27", "forecast"), (350000.0, "2026/27", "actual")}


def test_a_rollover_of_a_grant_or_of_a_model_is_not_a_rollover_of_budgets(con) -> None:
    """Only budgets, underspends or slippage rolled over, right before the figure, make it 'other'."""
    figures = figures_of(con, NEAR_MISSES)
    assert ("other", 2300000.0) not in figures
    assert ("other", 98400000.0) not in figures


def test_spending_that_will_be_above_its_profile_at_year_end_is_not_actual(con) -> None:
    statuses = rows_of(
        con,
        "select round(amount_gbp, 2)::double, status from marts.overspends where source_file = ?",
        NEAR_MISSES,
    )
    assert (500000.0, "actual") not in statuses


def test_a_budget_shortfall_in_income_is_income_not_a_funding_gap(con) -> None:
    figures = figures_of(con, NEAR_MISSES)
    assert ("funding_gap", 240000.0) not in figures
    assert ("income", 240000.0) in figures
