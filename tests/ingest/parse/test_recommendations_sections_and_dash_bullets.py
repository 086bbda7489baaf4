"""An assessment panel's recommendations only in the section about its visit (a scrutiny panel's in a minute's
next item are none), and bullets of any common mark in a table's column on how to carry a recommendation out
(invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs
from tests.ingest.parse.test_peer_team_sections_and_peer_labels import MINUTES


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_scrutiny_panels_recommendations_in_the_item_after_a_panel_assessment_are_none() -> None:
    assert _listed(MINUTES) == []


def test_dash_bullets_in_a_column_on_what_a_recommendation_involves() -> None:
    text = (
        "## 4. Recommendations\n\n| No. | Recommendation | What it could involve |\n|---|---|---|\n"
        "| 1 | Agree a vision for Wyvern to 2040. | - a cross-party workshop - a public statement |\n"
        "| 2 | Review the fleet. | * a fleet audit * a replacement plan * a green fleet target |\n"
    )
    assert _listed(text) == [(1, "Agree a vision for Wyvern to 2040.", 2), (2, "Review the fleet.", 3)]


def test_bullets_in_an_evidence_column_are_no_sub_actions() -> None:
    text = (
        "| No. | Recommendation | Evidence |\n|---|---|---|\n"
        "| 1 | Agree a vision for Wyvern to 2040. | • staff survey • residents' panel |\n"
        "| 2 | Review the fleet. | • fleet audit |\n"
    )
    assert _listed(text) == [(1, "Agree a vision for Wyvern to 2040.", 0), (2, "Review the fleet.", 0)]
