"""Savings a council says it has identified, end to end through the real CLI: "has identified savings and
additional income of £1.7m" is a saving identified, though income is named beside it, not a target."""

from tests.conftest import rows_of

REVIEW = "brackenholt_2025_cpc-progress-review.txt"
REPORTS = {
    REVIEW: (
        "Brackenholt District Council\n"
        "Corporate Peer Challenge Progress Review\n"
        "Feedback report, October 2025\n\n"
        "Finance\n\n"
        "Since the peer challenge the council has identified savings and additional income of £1.7m towards "
        "its 2026/27 budget, which closes much of the gap the team saw.\n"
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
