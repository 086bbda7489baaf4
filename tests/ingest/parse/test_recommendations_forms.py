"""Forms of the recommendations list not seen in the development corpus (invented texts, fictional councils)."""

import pytest

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


# R1: a PDF's list: short numbered titles, each followed by explanation lines, no blank lines.
PDF_LIST = (
    "Corporate Peer Challenge\nQuarrington Borough Council\n1. Executive summary\n"
    "Quarrington is a compact borough with a strong sense of place.\n"
    "{section}. Key recommendations\n"
    "The peers' key recommendations to the council are:\n"
    "1. Close the gap in the later years of the budget\n"
    "Savings plans should cover every year of the strategy and rely less on\n"
    "reserves.\n"
    "2. Focus on fewer corporate priorities\n"
    "Cabinet should choose which priorities come first.\n"
    "3. Add capacity to the programme office\n"
    "Managers need time for strategic work.\n"
    "{tail}"
)


def test_numbered_titles_with_explanation_lines_between_them() -> None:
    text = PDF_LIST.format(
        section=2, tail="3. How the peer challenge was run\nThe team spent four days on site.\n"
    )
    assert _listed(text) == [
        (1, "Close the gap in the later years of the budget", 0),
        (2, "Focus on fewer corporate priorities", 0),
        (3, "Add capacity to the programme office", 0),
    ]


def test_the_next_section_heading_after_the_list_is_no_item() -> None:
    # the report's section 3 follows a list of two: "3." continues the sections, not the list
    text = (
        "1. Summary\nThe council is ambitious.\n2. Key recommendations\nThe peer team recommends:\n"
        "1. Agree a workforce plan\nThe plan should cover recruitment.\n"
        "2. Publish a digital strategy\nResidents want to transact online.\n"
        "3. How the peer challenge was run\nThe peers read many documents.\n4. Feedback\nText.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a workforce plan"),
        (2, "Publish a digital strategy"),
    ]


def test_the_next_section_heading_after_a_loose_list_of_two_is_no_item() -> None:
    text = (
        "1. Summary\n\nThe council is ambitious.\n\n2. Key recommendations\n\nThe peer team recommends:\n\n"
        "1. Agree a workforce plan\n\n2. Publish a digital strategy\n\n"
        "3. How the peer challenge was run\n\nThe peers read many documents.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a workforce plan"),
        (2, "Publish a digital strategy"),
    ]


def test_a_list_item_numbered_like_the_next_section_is_an_item_when_the_section_comes_later() -> None:
    text = (
        "2. Key recommendations\nThe peer team recommends:\n"
        "1. Agree a workforce plan\nThe plan should cover recruitment.\n"
        "2. Publish a digital strategy\nResidents want to transact online.\n"
        "3. Review the estate\nSome buildings are empty.\n"
        "3. Summary of the approach\nThe peers read many documents.\n"
    )
    assert [r[0] for r in _listed(text)] == [1, 2, 3]


@pytest.mark.parametrize(
    "tail", ["7. Appendix\nThe council is well regarded.\n", "5. Next steps\n1. A plan.\n"]
)
def test_a_numbered_line_out_of_sequence_ends_the_list(tail: str) -> None:
    assert [r[0] for r in _listed(PDF_LIST.format(section=4, tail=tail))] == [1, 2, 3]


# R2: an introduction with a paragraph number, as committee reports print them.
def test_paragraph_numbered_introduction() -> None:
    text = (
        "5. Background\n\n5.1 The peer team was made up of four peers.\n\n"
        "5.2 The feedback report makes three key recommendations:\n\n"
        "1) Agree a vision for the town with partners.\n"
        "2) Put the capital programme on a firm footing.\n"
        "3) Review how the council manages projects.\n\n"
        "6. Legal implications\n\n6.1 None.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a vision for the town with partners."),
        (2, "Put the capital programme on a firm footing."),
        (3, "Review how the council manages projects."),
    ]


def test_a_committee_reports_own_numbered_recommendations_are_not_the_peers() -> None:
    text = (
        "2. Recommendations\n\n2.1 That Cabinet notes the feedback report.\n\n"
        "2.2 That Cabinet approves the action plan.\n\n3. Background\n\n3.1 The visit took place in May.\n"
    )
    assert _listed(text) == []
