"""Recommendations under a heading in the peers' voice ('WHAT WE RECOMMEND') with 'R1.' labels and dash
sub-bullets, and a table cell whose title wraps with line breaks ('<br>'); which lines could head a recommendations table (invented texts, fictional councils)."""

import re

import pytest

from ingest.parse.recommendation_table import MAYBE_HEADER
from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_r_labels_under_a_what_we_recommend_heading() -> None:
    text = (
        "Fenby District Council\nCorporate Peer Challenge\n\nWHAT WE FOUND\n\nThe council is well run.\n\n"
        "WHAT WE RECOMMEND\n\n"
        "R1. Set a balanced budget for the harbour account.\n"
        "   – commission a survey of the quay\n"
        "   – report costs monthly\n\n"
        "R2. Refresh the member-officer protocol.\n\n"
        "R3. Publish a plan for the town centre.\n"
    )
    assert _listed(text) == [
        (1, "Set a balanced budget for the harbour account.", 2),
        (2, "Refresh the member-officer protocol.", 0),
        (3, "Publish a plan for the town centre.", 0),
    ]


def test_line_breaks_inside_a_table_cell_are_spaces_of_its_title() -> None:
    text = (
        "## Action plan\n\n"
        "| No. | Recommendation | Response |\n"
        "|---|---|---|\n"
        "| 1 | Agree a plan for<br>the harbour quarter | Accepted |\n"
        "| 2 | Train every<br/>scrutiny chair | Accepted |\n"
    )
    assert _listed(text) == [
        (1, "Agree a plan for the harbour quarter", 0),
        (2, "Train every scrutiny chair", 0),
    ]


@pytest.mark.parametrize(
    ("line", "could_head"),
    [
        ("| No. | Recommendation | Response |", True),
        ("| # | Peer challenge recommendation (as printed) | Lead | Status |", True),
        ("Ref  What the peers recommended in May 2024   RAG", True),
        ("Recommendation\tStatus", True),
        ("No.    Recommendation", True),
        ("The peer team made eight recommendations", False),
        ("## Recommendations", False),
        ("The council accepted all of the recommendations  and set up a board.", False),
    ],
)
def test_only_a_line_that_could_head_a_recommendations_table_is_looked_at(
    line: str, could_head: bool
) -> None:
    assert bool(re.search(MAYBE_HEADER, line)) is could_head
