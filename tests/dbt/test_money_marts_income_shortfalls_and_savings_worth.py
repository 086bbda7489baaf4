"""Forms of money figures end to end through the real CLI: an income source falling short is income, not a
funding gap; savings "worth" or "to the value of" a sum are a savings target, not the budget they are for; a
budget pressure is no budget; a target that will "increase by" a sum is a movement; funding committed is investment; a
threshold crossed is no figure of its own; a budget's net sum after its gross one is a budget too (invented texts,
fictional councils)."""

from tests.conftest import rows_of

SHORTFALLS = "fenmarsh_2025_q2-revenue-monitoring-news.txt"
SAVINGS = "pellow_2025_savings-progress-minute.txt"
PRESSURE = "rookham_2025_mtfs-update-decision.txt"
DECISION = "ashwell_2025_budget-gap-decision.txt"
THRESHOLD = "wyvern_2025_projected-overspend-news.txt"
GROSS_NET = "lindow_2025_q2-forecast-outturn.txt"
REPORTS = {
    SHORTFALLS: (
        "Fenmarsh Council warns of income shortfalls\n\n"
        "Fenmarsh Council is forecasting an overspend of £1.2m for 2025/26. "
        "Car parking income is expected to fall short of its budget by £240,000, while business rates are "
        "predicted to have a £95,000 shortfall. The council still faces a funding gap of £3.4m next year.\n"
    ),
    SAVINGS: (
        "Minutes of the Governance Committee\n\n"
        "The Head of Finance reported that £2.6 million worth of savings were profiled for the 2025/26 budget, "
        "made up of savings to the value of £400k approved this year and £2.2 million approved in earlier years.\n"
    ),
    PRESSURE: (
        "Rookham Borough Council\nMedium Term Financial Strategy update 2025/26\n\n"
        "That it be noted that in the second quarter of 2025/26 there is a budget pressure of £0.85m, much of "
        "which will carry into 2026/27.\n"
    ),
    DECISION: (
        "On 8 July 2025, Cabinet:-\n"
        "(i) Noted that the savings target for 2026/27 will need to increase by £12.5m to a total of £60.0m;\n"
        "(ii) Approved the extension of the Growth Fund to 2029/30, committing additional total funding of "
        "£3.250m.\n"
    ),
    THRESHOLD: (
        "Wyvern Council's projected overspend for 2025/26 has crossed the £1million threshold. The forecast "
        "overspend now stands at £1.24m.\n"
    ),
    GROSS_NET: (
        "Lindow Council\nForecast outturn, quarter 2 2025/26\n\n"
        "The forecast overspend of £2.1m is against a budget of £310,000,000 (gross) £120,500,000 (net).\n"
    ),
}


def test_an_income_source_falling_short_is_income_and_a_funding_gap_stays_one(con) -> None:
    figures = rows_of(
        con,
        "select round(amount_gbp)::bigint, category from marts.financial_figures where source_file = ? "
        "order by 1",
        SHORTFALLS,
    )
    assert figures == {(95_000, "income"), (240_000, "income"), (3_400_000, "funding_gap")}


def test_savings_worth_or_to_the_value_of_a_sum_are_a_savings_target(con) -> None:
    savings = rows_of(
        con,
        "select round(amount_gbp)::bigint, kind from marts.savings where source_file = ? order by 1",
        SAVINGS,
    )
    assert (400_000, "target") in savings
    assert (2_600_000, "target") in savings
    budgets = rows_of(
        con,
        "select amount_gbp from marts.financial_figures where source_file = ? and category = 'budget'",
        SAVINGS,
    )
    assert budgets == set()


def test_a_budget_pressure_is_no_budget(con) -> None:
    figures = rows_of(
        con,
        "select round(amount_gbp)::bigint, category from marts.financial_figures where source_file = ?",
        PRESSURE,
    )
    assert figures == {(850_000, "other")}


def test_a_target_that_will_increase_by_a_sum_is_a_movement_and_committed_funding_an_investment(con) -> None:
    savings = rows_of(
        con, "select round(amount_gbp)::bigint, kind from marts.savings where source_file = ?", DECISION
    )
    assert savings == {(60_000_000, "target")}
    figures = rows_of(
        con,
        "select round(amount_gbp)::bigint, category from marts.financial_figures where source_file = ?",
        DECISION,
    )
    assert figures == {(12_500_000, "other"), (3_250_000, "investment")}


def test_a_threshold_crossed_is_no_figure_of_its_own(con) -> None:
    overspends = rows_of(
        con, "select round(amount_gbp)::bigint from marts.overspends where source_file = ?", THRESHOLD
    )
    assert overspends == {(1_240_000,)}


def test_a_budgets_net_sum_after_its_gross_one_is_a_budget_too(con) -> None:
    figures = rows_of(
        con,
        "select round(amount_gbp)::bigint, category from marts.financial_figures where source_file = ?",
        GROSS_NET,
    )
    assert figures == {(310_000_000, "budget"), (120_500_000, "budget")}
