"""Space-aligned performance tables as PDF text prints them (invented reports for fictional councils): a summary
header over two lines with its status columns in words, and indicator names that wrap onto a second line."""

from ingest.parse.performance import parse_performance_summary
from tests.fixtures.docs import make_docs

SUMMARY = """\
     Theme                         On       Slightly   Significantly   Better   Maintaining   Worse
                                   target   adrift     adrift
     Thriving Wyvern                 7        2            1             5          3           2
     Green Borsetshire               4        1            0             2          2           1
     Total                          11        3            1             7          5           3
"""


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "row_kind", "green", "amber", "red", "up", "stable", "down").rows()


def test_a_summary_header_over_two_lines_names_its_status_columns_in_words() -> None:
    assert _summary(SUMMARY) == [
        ("Thriving Wyvern", "segment", 7, 2, 1, 5, 3, 2),
        ("Green Borsetshire", "segment", 4, 1, 0, 2, 2, 1),
        ("Totals", "total", 11, 3, 1, 7, 5, 3),
    ]


def test_an_abbreviated_status_word_under_a_stacked_header_is_its_colour() -> None:
    text = SUMMARY.replace("Significantly", "Signif.      ")
    assert [row[:5] for row in _summary(text)][0] == ("Thriving Wyvern", "segment", 7, 2, 1)
