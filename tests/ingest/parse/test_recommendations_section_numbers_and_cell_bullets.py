"""Recommendations in further printed forms: a heading with a note in brackets after it, items numbered within
their section ("3.1" ... under "3. Recommendations"), and a table whose cells hold bullets after line breaks
(invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_heading_with_a_bracketed_note_anchors_the_list() -> None:
    text = (
        "Progress review: Marshby Borough Council\n\n"
        "THE PEERS' RECOMMENDATIONS (as agreed in March 2024)\n\n"
        "R1. Close the gap in the leisure budget before the next budget is set.\n"
        "R2. Give the Marshby Towns Board a clear delivery plan for the\n"
        "    riverside scheme and its public square.\n"
        "R3. Publish the housing repairs figures every quarter.\n\n"
        "FEEDBACK\n\nThe council has acted on most of them.\n"
    )
    assert _listed(text) == [
        (1, "Close the gap in the leisure budget before the next budget is set.", 0),
        (
            2,
            "Give the Marshby Towns Board a clear delivery plan for the riverside scheme and its public square.",
            0,
        ),
        (3, "Publish the housing repairs figures every quarter.", 0),
    ]


def test_items_numbered_within_their_section_with_lettered_sub_items() -> None:
    text = (
        "3. Recommendations\n\n"
        "The peers make the following recommendations. Each is explained in section 5.\n\n"
        "3.1 Agree a recovery plan for the harbour account by September. It should cover:\n"
        "    a. the mooring charges\n"
        "    b. a reserve for dredging\n\n"
        "3.2 Set a floor for the general reserve\n\n"
        "3.3 Name an owner for each saving in the Wyvale plan.\n\n"
        "4. How the review was done\n\n"
        "4.1 The team met over 40 people.\n"
    )
    assert _listed(text) == [
        (1, "Agree a recovery plan for the harbour account by September.", 2),
        (2, "Set a floor for the general reserve", 0),
        (3, "Name an owner for each saving in the Wyvale plan.", 0),
    ]


def test_a_sections_paragraph_numbers_under_a_numbered_list_are_no_items() -> None:
    text = (
        "2. Key recommendations\n\n"
        "2.1 The peers were asked to look at finance and place.\n\n"
        "1. Refresh the Wyvale Plan.\n"
        "2. Grip the children's budget.\n\n"
        "3. Feedback\n\nText.\n"
    )
    assert [row[:2] for row in _listed(text)] == [
        (1, "Refresh the Wyvale Plan."),
        (2, "Grip the children's budget."),
    ]


def test_bullets_inside_a_table_cell_are_sub_actions_not_the_title() -> None:
    text = (
        "## 2. Recommendations\n\n"
        "| No. | Recommendation | Theme |\n|:---:|---|---|\n"
        "| 1 | **Rebuild the Fenby medium-term plan.** It is out of date. | Finance |\n"
        "| 2 | **Give the town centre programme a single board.**<br>• chaired by the Leader<br>- with partners"
        " on it | Place |\n"
    )
    assert _listed(text) == [
        (1, "Rebuild the Fenby medium-term plan.", 0),
        (2, "Give the town centre programme a single board.", 2),
    ]


def test_a_sections_numbered_introduction_over_a_lettered_list_is_no_item() -> None:
    text = (
        "2.  Recommendations\n\n"
        "2.1  The peers make the following recommendations, each of which section 5 explains:\n\n"
        "(a) Agree a plan for the harbour account that closes its gap by 2027;\n\n"
        "(b) Set a floor for the general reserve. The finance team should own it;\n\n"
        "(c) Refresh the Wyvale Plan so residents know what the council does.\n\n"
        "3.  About the challenge\n\n"
        "3.1  The team met over 40 people.\n"
    )
    assert _listed(text) == [
        (1, "Agree a plan for the harbour account that closes its gap by 2027", 0),
        (2, "Set a floor for the general reserve.", 0),
        (3, "Refresh the Wyvale Plan so residents know what the council does.", 0),
    ]
