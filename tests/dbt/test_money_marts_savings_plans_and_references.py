"""Savings a budget includes, plans behind a saving, what a refreshed plan reduces a gap or a contingency to, a
capitalisation direction, and the higher costs behind an overspend, end to end through the real CLI."""

from tests.conftest import figures_of, overspends_of, rows_of, savings_of

MINUTES = "thornbury-vale_2024_cabinet-minutes.txt"
REVIEW = "eastmere_2025_cpc-progress-review.txt"
TRACKER = "kingsholt_2025_period-6-savings-tracker.md"
REPORTS = {
    TRACKER: (
        "# Kingsholt Council – Period 6 Budget Monitoring 2025/26\n\n"
        "## 4. Savings delivery\n\n"
        "4.1 The 2025/26 budget includes savings of £9.1m. The tracker below shows delivery to date and the forecast "
        "for the year (£000).\n\n"
        "| Ref | Description | 2025/26 target | Delivered | Forecast | Shortfall |\n"
        "|---|---|---|---|---|---|\n"
        "| CS-01 | Foster carer recruitment | 1,400 | 500 | 600 | 300 |\n"
        "| HS-01 | Private sector leasing scheme | 2,600 | 900 | 1,100 | 600 |\n"
        "| RS-01 | Digital customer services | 1,900 | 700 | 800 | 400 |\n"
    ),
    MINUTES: (
        "THORNBURY VALE DISTRICT COUNCIL\n\n"
        "MINUTES OF A MEETING OF THE CABINET held on THURSDAY, 18 JULY 2024\n\n"
        "C21   BUDGET MONITORING\n\n"
        "The general fund net budget for 2024/25 was £12.9m. The council was forecasting an overspend of £480,000, "
        "mainly because of higher costs in the waste service of £210,000 for agency drivers. Savings of £0.86m had "
        "been included in the 2024/25 budget.\n"
    ),
    REVIEW: (
        "Eastmere Borough Council – Corporate Peer Challenge Progress Review, 2025\n\n"
        "1. Finance\n\n"
        "Savings plans for 2026/27 total £1.6m, of which only £0.7m is supported by detailed delivery plans. The "
        "council delivered savings and additional income of £1.3m in 2024/25. At the time of the peer challenge the "
        "strategy showed a gap of £6.2m over three years; the refreshed strategy reduces this to £2.4m. The "
        "corporate contingency of £4.0m is untouched; the proposed virement would reduce it to £3.1m. The council "
        "has applied for a capitalisation direction of up to £20.0m.\n"
    ),
}


def test_savings_included_in_a_budget_and_higher_costs_behind_an_overspend(con) -> None:
    assert ("target", 0.86e6) in savings_of(con, MINUTES)
    assert ("budget", 0.86e6) not in figures_of(con, MINUTES)
    assert (210e3, "waste") in overspends_of(con, MINUTES)


def test_a_savings_plan_total_the_part_with_plans_behind_it_and_savings_delivered_with_income(con) -> None:
    kinds = savings_of(con, REVIEW)
    assert {("target", 1.6e6), ("identified", 0.7e6), ("delivered", 1.3e6)} <= kinds
    assert ("target", 1.3e6) not in kinds


def test_what_a_refreshed_plan_reduces_a_gap_or_a_contingency_to(con) -> None:
    figures = figures_of(con, REVIEW)
    assert {("funding_gap", 2.4e6), ("contingency", 3.1e6)} <= figures


def test_a_capitalisation_direction_is_no_saving(con) -> None:
    assert ("other", 20e6) in figures_of(con, REVIEW)
    assert 20e6 not in {amount for _kind, amount in savings_of(con, REVIEW)}


def test_a_savings_tracker_forecast_column_is_what_is_still_expected(con) -> None:
    rows = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, service_area from marts.savings where source_file = ?",
        TRACKER,
    )
    assert {
        ("target", 600e3, "childrens_services"),
        ("target", 1.1e6, "housing"),
        ("target", 800e3, "corporate_services"),
        ("delivered", 500e3, "childrens_services"),
        ("unidentified", 400e3, "corporate_services"),
    } <= rows
    assert ("other", 1.1e6) not in figures_of(con, TRACKER)
