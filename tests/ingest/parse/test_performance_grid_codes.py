"""RAG grids whose objectives are codes under a group printed once per block (invented texts): the code column
named as labels ("Outcome"), continuation rows with a blank first cell, in each table layout the parser reads."""

import pytest

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("segment", "objective", "period", "status").rows()


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red").rows()


BORSETSHIRE_GRIDS = {
    "tabs": (
        "Ambition\tOutcome\tQ2\tQ3\n"
        "Thriving rural villages\t1.1\tG\tA\n"
        "\t1.2\t\u0410\tR\n"
        "Safer roads\t2.1\t–\tG\n"
    ),
    "pipes": (
        "| Ambition | Outcome | Q2 | Q3 |\n|---|---|---|---|\n"
        "| Thriving rural villages | 1.1 | G | A |\n"
        "| | 1.2 | \u0410 | R |\n"
        "| Safer roads | 2.1 | – | G |\n"
    ),
    "spaces": (
        "Ambition                   Outcome   Q2   Q3\n"
        "Thriving rural villages    1.1       G    A\n"
        "                           1.2       \u0410    R\n"
        "Safer roads                2.1       –    G\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(BORSETSHIRE_GRIDS))
def test_a_column_of_outcome_codes_names_the_objectives_under_their_group(layout: str) -> None:
    assert _rag(BORSETSHIRE_GRIDS[layout]) == [
        ("Thriving rural villages", "1.1", "Q2", "G"),
        ("Thriving rural villages", "1.1", "Q3", "A"),
        ("Thriving rural villages", "1.2", "Q2", "A"),
        ("Thriving rural villages", "1.2", "Q3", "R"),
        ("Safer roads", "2.1", "Q3", "G"),
    ]


def test_a_grid_row_of_status_letters_after_a_code_heads_no_summary_table() -> None:
    text = (
        "Ambition\tGreen\tAmber\tRed\nThriving rural villages\t1\t1\t0\n\n"
        "Ambition\tOutcome\tQ2\tQ3\nThriving rural villages\t1.1\tA\tR\n\t1.2\tG\tA\n\t1.3\t–\tG\n"
    )
    assert _summary(text) == [("Thriving rural villages", 1, 1, 0)]


def test_a_grid_row_naming_a_figure_and_a_status_is_no_prose_count() -> None:
    text = (
        "Of the 12 Wyvern measures, 8 were green, 3 amber and 1 red.\n\n"
        "| Priority | Measure | Q4 | Q1 |\n|---|---|---|---|\n"
        "| Clean streets | Fly-tips cleared within 14 days | Amber | Green |\n"
        "| Clean streets | Bins per 1,000 homes missed | n/a | Red |\n"
    )
    assert _summary(text) == [("Wyvern measures", 8, 3, 1)]


def test_codes_with_a_prefix_of_their_own_in_each_group_block_name_the_objectives() -> None:
    text = (
        "Safe streets\n"
        "  Ref   Measure                              Q3          Q4\n"
        "  SS1   Street lights repaired in 5 days     On target   Off target\n"
        "  SS2   Graffiti removed within a week       Off target  On target\n"
        "\n"
        "Green spaces\n"
        "  Ref   Measure                              Q3          Q4\n"
        "  GS1   Play areas inspected monthly         On target   On target\n"
    )
    assert [row[1:] for row in _rag(text)] == [
        ("SS1", "Q3", "G"),
        ("SS1", "Q4", "R"),
        ("SS2", "Q3", "R"),
        ("SS2", "Q4", "G"),
        ("GS1", "Q3", "G"),
        ("GS1", "Q4", "G"),
    ]
