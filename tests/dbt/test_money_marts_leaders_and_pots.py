"""Money set out with dot leaders (close, spaced or three before a figure), told with new verbs, or named as a part of a pot, end to end through the real
CLI: a savings status list whose labels run to their figures over dot leaders (with a share column), overspends
told as a service that "overran its budget" or will "exceed its allocation", reserves called "(unallocated)",
savings "built in" to a budget, a part of a contingency or of a reserve, an improvement on an earlier position,
a unit cost, a contribution to a city deal and regeneration schemes."""

from tests.conftest import rows_of

MONITORING = "ashbourne-vale_2026_q2-budget-monitoring.txt"
FEEDBACK = "corrow_2026_cpc-feedback-report.txt"
REPORTS = {
    MONITORING: (
        "Ashbourne Vale District Council\n"
        "Revenue Budget Monitoring: Quarter 2 2026/27\n\n"
        "1. Savings\n\n"
        "The 2026/27 budget included savings of £12.0 million. Progress at the half year:\n\n"
        "    Achieved ......................... £6.0m   50%\n"
        "    On track to be achieved . . . . . £3.6m   30%\n"
        "    Will not be achieved this year ... £2.4m   20%\n\n"
        "2. Position\n\n"
        "The forecast is a £2.6m overspend. This is a £0.5m improvement on the £3.1m adverse position reported "
        "at Quarter 1. Home care hours are bought at an average weekly cost of £640 per package. The forecast "
        "includes the release of £0.8m of the £2.0m corporate contingency, and £1.5m of the £6.0m general "
        "reserve is set aside for the pay award.\n\n"
        "3. Balances\n\n"
        "General (unallocated) reserves stand at £7.2m at 30 September.\n"
    ),
    FEEDBACK: (
        "Corrow Borough Council\n"
        "LGA Corporate Peer Challenge: feedback report\n"
        "On site: 3-5 November 2026\n\n"
        "Finance\n\n"
        "Adult social care overran its budget by £4.4m in 2025/26, and the service is expected to exceed its "
        "allocation again this year, by £3.9m. The 2026/27 budget was set with £8.5m of savings built in. "
        "The council's contribution to the Tamar Valley City Deal in 2025/26 was £0.75m. The capital strategy "
        "already holds £6.2m for the Eastgate regeneration scheme, and the peers saw the £300m harbour "
        "regeneration programme.\n"
    ),
}


def test_a_savings_status_list_over_dot_leaders_with_a_share_column(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double, round(percent, 1)::double from marts.savings "
        "where source_file = ?",
        MONITORING,
    )
    # each label reaches its own figure across the leaders; the percentage beside it is its share (a rate)
    assert {
        ("delivered", 6.0e6, None),
        ("target", 3.6e6, None),
        ("unidentified", 2.4e6, None),
        ("rate", None, 50.0),
        ("rate", None, 30.0),
        ("rate", None, 20.0),
    } <= savings
    quotes = {
        row[0] for row in rows_of(con, "select quote from marts.savings where source_file = ?", MONITORING)
    }
    assert any(quote.startswith("Achieved ....") for quote in quotes)


def test_parts_of_a_pot_an_improvement_a_unit_cost_and_unallocated_reserves(con) -> None:
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        MONITORING,
    )
    assert {
        ("contingency", 0.8e6),
        ("contingency", 2.0e6),
        ("reserves", 1.5e6),
        ("reserves", 6.0e6),
        ("reserves", 7.2e6),
        ("other", 0.5e6),
        ("other", 640.0),
    } <= figures
    savings = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.savings where source_file = ?", MONITORING
    )
    assert (7.2e6,) not in savings
    overspends = rows_of(
        con, "select round(amount_gbp, 2)::double from marts.overspends where source_file = ?", MONITORING
    )
    assert {(2.6e6,), (3.1e6,)} <= overspends
    assert (0.5e6,) not in overspends


def test_overran_and_exceed_its_allocation_are_overspends(con) -> None:
    overspends = rows_of(
        con,
        "select round(amount_gbp, 2)::double, fiscal_year, status, service_area from marts.overspends "
        "where source_file = ?",
        FEEDBACK,
    )
    assert {
        (4.4e6, "2025/26", "actual", "adult_social_care"),
        (3.9e6, "2026/27", "forecast", "adult_social_care"),
    } <= overspends


def test_savings_built_in_a_city_deal_contribution_and_regeneration_schemes(con) -> None:
    savings = rows_of(
        con, "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?", FEEDBACK
    )
    assert ("target", 8.5e6) in savings
    figures = rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        FEEDBACK,
    )
    assert {("investment", 0.75e6), ("investment", 6.2e6), ("investment", 300e6)} <= figures
    assert ("budget", 8.5e6) not in figures
    assert ("grant", 0.75e6) not in figures
