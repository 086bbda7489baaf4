"""RAG grids that print each year once over its quarters (invented texts, fictional councils): a quarter column's
period takes the year printed over it, however the years are aligned and whatever separates the columns."""

import pytest

from ingest.parse.performance import parse_performance_rag
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("objective", "period", "status").rows()


UPTON_GRIDS = {
    "flush_left_with_a_rule": (
        "                                       2023/24  |  2024/25\n"
        "   Indicator                           Q4       |  Q1    Q2    Q3\n"
        "     Fly-tipping cleared in 48 hours   G        |  A     R     –\n"
        "     Rent collected                    A        |  G     G     –\n"
    ),
    "centred": (
        "                                       2023/24          2024/25\n"
        "   Indicator                           Q4        Q1      Q2      Q3\n"
        "     Fly-tipping cleared in 48 hours   G         A       R       –\n"
        "     Rent collected                    A         G       G       –\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(UPTON_GRIDS))
def test_a_quarter_takes_the_year_printed_over_it(layout: str) -> None:
    assert _rag(UPTON_GRIDS[layout]) == [
        ("Fly-tipping cleared in 48 hours", "Q4 2023/24", "G"),
        ("Fly-tipping cleared in 48 hours", "Q1 2024/25", "A"),
        ("Fly-tipping cleared in 48 hours", "Q2 2024/25", "R"),
        ("Rent collected", "Q4 2023/24", "A"),
        ("Rent collected", "Q1 2024/25", "G"),
        ("Rent collected", "Q2 2024/25", "G"),
    ]


def test_quarters_under_one_year_take_it() -> None:
    text = "\t\t2025/26\nMeasure\tQ1\tQ2\nHomes built\tG\tA\n"
    assert _rag(text) == [("Homes built", "Q1 2025/26", "G"), ("Homes built", "Q2 2025/26", "A")]


def test_quarters_under_no_year_row_stay_as_printed() -> None:
    text = "Measure\tQ1\tQ2\nHomes built\tG\tA\n"
    assert _rag(text) == [("Homes built", "Q1", "G"), ("Homes built", "Q2", "A")]
