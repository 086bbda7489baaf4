"""Recommendations in further printed forms: an action plan's references with the review's letters ("CPC1"), a
progress review's table before its "Recommendation N." paragraphs, a list read out by the Chief Executive in
minutes (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_an_action_plans_references_with_letters() -> None:
    text = (
        "## 3. The peer recommendations and our response\n\n"
        "| Ref | Peer recommendation | What we will do | Lead | By when |\n|---|---|---|---|---|\n"
        "| PC1 | Set out a vision for Wyvern. Share it with partners. | Hold a summit | Chief Executive | May 2025 |\n"
        "| PC2 | Close the budget gap. | Agree a three-year plan | Director of Finance | Feb 2026 |\n"
        "| PC3 | Review the leisure contract. | Commission a review | Director of Place | June 2025 |\n\n"
        "## 4. Finance\n\nThere are no direct costs.\n"
    )
    assert _listed(text) == [
        (1, "Set out a vision for Wyvern.", 0),
        (2, "Close the budget gap.", 0),
        (3, "Review the leisure contract.", 0),
    ]


def test_a_progress_tables_recommendations_not_the_paragraphs_after_it() -> None:
    text = (
        "3. Progress against the recommendations\n\n"
        "No.\tRecommendation (June 2024)\tCouncil assessment\n"
        "1\tAgree three clear priorities. The plan tries to do too much.\tComplete\n"
        "2\tRebuild the Borsetshire financial plan.\tOn track\n\n"
        "Recommendation 1. The peers agree this is done. The plan is shorter.\n\n"
        "Recommendation 2. A new plan is in place.\n"
    )
    assert _listed(text) == [
        (1, "Agree three clear priorities.", 0),
        (2, "Rebuild the Borsetshire financial plan.", 0),
    ]


def test_a_list_read_out_by_the_chief_executive_in_minutes() -> None:
    text = (
        "27.  Corporate Peer Challenge\n\n"
        "The Chief Executive introduced the report. The peers had praised the council's work in Ambridge. They "
        "had made three recommendations, which the Chief Executive read out:\n\n"
        "  (1)  Agree a vision for the town. It should shape the plan.\n"
        "  (2)  Set out a medium term financial plan.\n"
        "  (3)  Strengthen the corporate centre.\n\n"
        "Members asked about the timetable.\n\nRESOLVED that the panel:\n\n"
        "(a)  notes the report; and\n(b)  endorses the action plan.\n"
    )
    assert _listed(text) == [
        (1, "Agree a vision for the town.", 0),
        (2, "Set out a medium term financial plan.", 0),
        (3, "Strengthen the corporate centre.", 0),
    ]
