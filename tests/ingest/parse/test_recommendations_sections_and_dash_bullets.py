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


def test_a_counted_heading_over_flattened_dash_bullets_each_with_a_paragraph_below() -> None:
    text = (
        "The four recommendations\n"
        "- Agree a plan for Marsh town centre\n"
        "Marsh has no shared view of what its centre is for. A plan would give partners a lead. - Review the fleet\n"
        "The vans are old and costly to run. - Invest in the housing service's digital tools\n"
        "Tenants wait too long for repairs to be booked. - Set one set of values for all staff\n"
        "Each team has its own values at present.\n"
    )
    assert _listed(text) == [
        (1, "Agree a plan for Marsh town centre", 0),
        (2, "Review the fleet", 0),
        (3, "Invest in the housing service's digital tools", 0),
        (4, "Set one set of values for all staff", 0),
    ]


def test_bullets_after_a_paragraph_that_introduces_other_points_are_not_the_recommendations() -> None:
    text = (
        "Key recommendations\n"
        "- Agree a plan for Marsh town centre\n"
        "- Review the fleet\n"
        "The team also noted:\n"
        "- the council's good work with schools\n"
    )
    assert _listed(text) == [(1, "Agree a plan for Marsh town centre", 0), (2, "Review the fleet", 0)]
