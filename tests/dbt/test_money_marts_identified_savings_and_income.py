"""Savings a council says it has identified, end to end through the real CLI: "has identified savings and
additional income of £1.7m" is a saving identified, though income is named beside it, not a target; savings "which
had been identified ... in the amount of £0.2m" over a target are identified, not the target; savings "actioned" are
delivered; new investment "estimated at" a figure is an investment, though the proposals it is under name savings;
funding "allocated to the Council" is a grant; and an allocation "from the ... provision held in central contingency" is
a contingency figure, not a budget. Near misses: savings identified against a gap or a target named before the figure,
investment income, money funded from reserves "rather than from the general contingency" and money moved from a service
to the contingency budget are none of these."""

from tests.conftest import figures_of, rows_of, savings_of

REVIEW = "brackenholt_2025_cpc-progress-review.txt"
MINUTE = "harrowdene_2026_budget-proposals-cabinet-minute.txt"
NEAR_MISSES = "greyford_2025_q2-revenue-budget-monitoring.txt"
REPORTS = {
    REVIEW: (
        "Brackenholt District Council\n"
        "Corporate Peer Challenge Progress Review\n"
        "Feedback report, October 2025\n\n"
        "Finance\n\n"
        "Since the peer challenge the council has identified savings and additional income of £1.7m towards "
        "its 2026/27 budget, which closes much of the gap the team saw.\n"
    ),
    MINUTE: (
        "Harrowdene Borough Council\n"
        "Cabinet minute: Budget proposals and monitoring\n\n"
        "Members were told of savings which had been identified in the current year in the amount of £215,000 over "
        "the required target. The forecast overspend had been reduced to £1.3m with nearly £0.8m of actioned "
        "savings. New investment under the budget proposals is estimated at around £6.2m in the revenue budget.\n\n"
        "(4) noted additional public health funding of £0.47 million been allocated in 2026/27 to the Council; and\n\n"
        "(5) noted a budget allocation of £250,000 to fund winter gritting from the pay provision held in central "
        "contingency.\n"
    ),
    NEAR_MISSES: (
        "Greyford Borough Council\n"
        "Cabinet\n"
        "12 November 2025\n"
        "Revenue Budget Monitoring 2025/26 - Quarter 2\n\n"
        "Savings\n\n"
        "Savings have been identified to address the remaining part of the budget gap of £3.4m.\n\n"
        "Efficiency savings have been identified against the corporate target of £2,500,000 set in February.\n\n"
        "Treasury management\n\n"
        "Total investment income is forecast at £2.1m for the year.\n\n"
        "Reserves\n\n"
        "The pressure of £3.2m will be funded from earmarked reserves rather than from the general contingency.\n\n"
        "A budget of £450,000 was transferred from the Finance directorate to the corporate contingency budget.\n"
    ),
}


def test_savings_and_income_a_council_has_identified_are_identified(con) -> None:
    savings = rows_of(
        con,
        "select kind, round(amount_gbp, 2)::double from marts.savings where source_file = ?",
        REVIEW,
    )
    assert ("identified", 1.7e6) in savings
    assert ("target", 1.7e6) not in savings


def test_savings_identified_over_a_target_are_identified_not_the_target(con) -> None:
    savings = savings_of(con, MINUTE)
    assert ("identified", 215000.0) in savings
    assert ("target", 215000.0) not in savings


def test_actioned_savings_are_delivered(con) -> None:
    assert ("delivered", 800000.0) in savings_of(con, MINUTE)


def test_new_investment_estimated_under_proposals_is_an_investment_not_a_saving(con) -> None:
    assert ("investment", 6200000.0) in figures_of(con, MINUTE)
    assert not {row for row in savings_of(con, MINUTE) if row[1] == 6200000.0}


def test_funding_allocated_to_the_council_is_a_grant(con) -> None:
    assert ("grant", 470000.0) in figures_of(con, MINUTE)


def test_an_allocation_from_a_provision_held_in_contingency_is_contingency(con) -> None:
    figures = figures_of(con, MINUTE)
    assert ("contingency", 250000.0) in figures
    assert ("budget", 250000.0) not in figures


def test_savings_identified_against_a_gap_or_a_target_named_before_the_figure_are_not_identified(con) -> None:
    """The figure after "identified ... the budget gap of" or "the corporate target of" is the gap or the target."""
    assert not {row for row in savings_of(con, NEAR_MISSES) if row[0] == "identified"}


def test_total_investment_income_is_not_an_investment(con) -> None:
    assert ("investment", 2100000.0) not in figures_of(con, NEAR_MISSES)


def test_money_funded_rather_than_from_contingency_or_moved_from_a_service_is_not_contingency(con) -> None:
    figures = figures_of(con, NEAR_MISSES)
    assert ("contingency", 3200000.0) not in figures
    assert ("contingency", 450000.0) not in figures
