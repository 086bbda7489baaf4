"""Recommendations in a progress review's pipe table with a rule and wrapped rows, "Rec N:" lines a reader joined,
an unnumbered list introduced by a sentence that points back, and titles wrapped under a hanging indent
(invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_pipe_table_without_outer_pipes_under_a_heading_with_a_note_and_a_rule() -> None:
    text = (
        "3. Progress so far\n\n"
        " Ref | Recommendation (as printed in the 2024 report)   | RAG   | Comment\n"
        "-----+---------------------------------------------------+-------+-----------------\n"
        " R1  | Publish a five-year plan for the harbour quarter   | GREEN | Adopted.\n"
        "     | and its car parks.                                 |       |\n"
        " R2  | Close the budget gap for 2026/27.                  | RED   | Gap of £2m.\n"
        " R3  | Train every scrutiny chair.                        | AMBER | Half done.\n\n"
        "Peers welcomed the plan.\n"
    )
    assert _listed(text) == [
        (1, "Publish a five-year plan for the harbour quarter and its car parks.", 0),
        (2, "Close the budget gap for 2026/27.", 0),
        (3, "Train every scrutiny chair.", 0),
    ]


def test_rec_n_lines_a_reader_joined_into_one_line() -> None:
    text = (
        "Members noted that the peers had made three recommendations:\n\n"
        "  Rec 1: Refresh the Marshby Plan. Rec 2: Review the leisure contract. Rec 3: Grow the digital team.\n\n"
        "RESOLVED to note the report.\n"
    )
    assert _listed(text) == [
        (1, "Refresh the Marshby Plan.", 0),
        (2, "Review the leisure contract.", 0),
        (3, "Grow the digital team.", 0),
    ]


def test_bullets_after_a_sentence_that_points_back_at_the_recommendations() -> None:
    text = (
        "## Next steps\n\n"
        "The peers made three recommendations. We have agreed to all of them:\n\n"
        "- Set a ten-year vision for Wexcombe\n"
        "- Keep a grip on commercial risk\n"
        "- Improve our website\n\n"
        "An action plan will follow in the spring.\n"
    )
    assert _listed(text) == [
        (1, "Set a ten-year vision for Wexcombe", 0),
        (2, "Keep a grip on commercial risk", 0),
        (3, "Improve our website", 0),
    ]


def test_a_title_wrapped_under_a_hanging_indent_before_a_capitalised_word() -> None:
    text = (
        "2. Key recommendations\n\n"
        "1. Explain what the shared service means for North\n"
        "   Tarnby residents, in plain words.\n"
        "2. Close the gap before the budget is set.\n\n"
        "3. About the challenge\n"
    )
    assert _listed(text) == [
        (1, "Explain what the shared service means for North Tarnby residents, in plain words.", 0),
        (2, "Close the gap before the budget is set.", 0),
    ]
