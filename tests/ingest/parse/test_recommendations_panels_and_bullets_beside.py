"""Recommendations an assessment panel made, read out in a meeting's minutes; a tight list above a resolution
numbered anew; bullets in a table's column beside the recommendation (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_panels_recommendations_that_cabinet_was_asked_to_accept() -> None:
    text = (
        "Wyvernmoor County Council\nMinutes – Cabinet\n\n5. Panel Performance Assessment\n\n"
        "The assessment panel visited in May and reported in June.\n\n"
        "The panel made these recommendations, which Cabinet was asked to agree:\n\n"
        "(1) Set out a ten-year plan for the coast.\n"
        "(2) Review the housing allocations policy.\n\n"
        "The Leader thanked the panel.\n\nResolved:\n(i) to note the report;\n(ii) to agree the response.\n"
    )
    assert _listed(text) == [
        (1, "Set out a ten-year plan for the coast.", 0),
        (2, "Review the housing allocations policy.", 0),
    ]


def test_a_scrutiny_panels_recommendations_to_cabinet_are_no_peers_list() -> None:
    text = (
        "Report of the Housing Scrutiny Panel\n\nThe panel made the following recommendations, which Cabinet "
        "was asked to agree:\n\n(1) Extend the repairs contract.\n(2) Report voids monthly.\n"
    )
    assert _listed(text) == []


def test_cabinet_asked_to_accept_its_own_recommendations_is_no_panels_list() -> None:
    text = (
        "Report to Cabinet\n\nCabinet is asked to accept the following recommendations:\n\n"
        "(1) Note the outturn.\n(2) Approve the carry-forwards.\n"
    )
    assert _listed(text) == []


def test_a_tight_list_ends_at_the_paragraph_below_it_though_a_resolution_is_numbered_after_it() -> None:
    text = (
        "Members were reminded that the peers had made three recommendations:\n\n"
        "(i)   agree a plan for the harbour;\n(ii)  review the fleet; and\n(iii) publish a workforce plan.\n\n"
        "The Chief Executive reported progress on each.\n\nMembers raised the following points:\n\n"
        "- Councillor Dunn asked about the harbour.\n- Councillor Pryce asked about the fleet.\n\n"
        "RESOLVED that:\n\n(1) the feedback be noted;\n(2) a working group be set up.\n"
    )
    assert [row[0::2] for row in _listed(text)] == [(1, 0), (2, 0), (3, 0)]


def test_bullets_in_a_tables_column_beside_the_recommendation_are_its_sub_actions() -> None:
    text = (
        "## 4. Recommendations\n\n| No. | Recommendation | What it could involve |\n|---|---|---|\n"
        "| 1 | Agree a vision for Wyvern to 2040. | • a cross-party workshop • a public statement |\n"
        "| 2 | Review the fleet. | – |\n\n"
        "| No. | Recommendation | Progress |\n|---|---|---|\n"
    )
    assert _listed(text) == [(1, "Agree a vision for Wyvern to 2040.", 2), (2, "Review the fleet.", 0)]


def test_bullets_in_a_progress_column_are_no_sub_actions() -> None:
    text = (
        "| No. | Recommendation | Progress update |\n|---|---|---|\n"
        "| 1 | Agree a vision for Wyvern to 2040. | • workshop held • statement drafted |\n"
        "| 2 | Review the fleet. | • not started |\n"
    )
    assert _listed(text) == [(1, "Agree a vision for Wyvern to 2040.", 0), (2, "Review the fleet.", 0)]
