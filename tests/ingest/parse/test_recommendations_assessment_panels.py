"""Recommendations an assessment panel made, read out in a meeting's minutes (invented texts, fictional
councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_panels_recommendations_that_cabinet_was_asked_to_accept() -> None:
    text = (
        "Wyvernmoor County Council\nMinutes – Cabinet\n\n5. Panel Assessment\n\n"
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


def test_cabinet_asked_to_accept_its_own_recommendations_is_no_panels_list() -> None:
    text = (
        "Report to Cabinet\n\nCabinet is asked to accept the following recommendations:\n\n"
        "(1) Note the outturn.\n(2) Approve the carry-forwards.\n"
    )
    assert _listed(text) == []
