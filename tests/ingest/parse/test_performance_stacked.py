"""Space-aligned performance tables as PDF text prints them (invented reports for fictional councils): a summary
header over two lines with its status columns in words, indicator names that wrap onto a second line, and a summary
table a web page prints one cell a line, each closed by a bar."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs

SUMMARY = """\
     Theme                         On       Slightly   Significantly   Better   Maintaining   Worse
                                   target   adrift     adrift
     Thriving Wyvern                 7        2            1             5          3           2
     Green Borsetshire               4        1            0             2          2           1
     Total                          11        3            1             7          5           3
"""

GRID = """\
     Measure                                            Q1 2025-26   Q2 2025-26
     Residents satisfied with the way the council        On target    Slightly adrift
       runs things
     Missed bins per 100,000 collections                Slightly adrift   Significantly adrift
"""


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "row_kind", "green", "amber", "red", "up", "stable", "down").rows()


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("objective", "period", "status").rows()


def test_a_summary_header_over_two_lines_names_its_status_columns_in_words() -> None:
    assert _summary(SUMMARY) == [
        ("Thriving Wyvern", "segment", 7, 2, 1, 5, 3, 2),
        ("Green Borsetshire", "segment", 4, 1, 0, 2, 2, 1),
        ("Totals", "total", 11, 3, 1, 7, 5, 3),
    ]


def test_an_abbreviated_status_word_under_a_stacked_header_is_its_colour() -> None:
    text = SUMMARY.replace("Significantly", "Signif.      ")
    assert [row[:5] for row in _summary(text)][0] == ("Thriving Wyvern", "segment", 7, 2, 1)


def test_a_wrapped_indicator_name_is_joined_to_its_row() -> None:
    assert _rag(GRID) == [
        ("Residents satisfied with the way the council runs things", "Q1 2025-26", "G"),
        ("Residents satisfied with the way the council runs things", "Q2 2025-26", "A"),
        ("Missed bins per 100,000 collections", "Q1 2025-26", "A"),
        ("Missed bins per 100,000 collections", "Q2 2025-26", "R"),
    ]


def test_a_line_indented_no_further_than_its_row_is_no_wrapped_name() -> None:
    text = GRID.replace("       runs things", "     Street lights repaired")
    assert [row[0] for row in _rag(text)][:2] == ["Residents satisfied with the way the council"] * 2


def test_a_numbered_paragraph_is_no_count_of_its_status_key() -> None:
    text = "4.3  Key: On target = Green; Slightly adrift = Amber; Significantly adrift = Red.\n"
    rows = parse_performance_summary(make_docs(text, doc_type="performance_report")).collect()
    assert rows.height == 0


PIPE_CELLS = """\
Quarter 3 scorecard
Status |
Green |
Amber |
Red |
Not due |
Total |
Measures |
14 |
3 |
2 |
4 |
23 |
Measure |
Result |
Target |
Bins emptied on the day planned |
97% |
95% |
"""


def test_a_summary_table_of_one_cell_a_line_closed_by_bars_is_read_as_rows() -> None:
    assert _summary(PIPE_CELLS) == [("Measures", "segment", 14, 3, 2, None, None, None)]


def test_cells_of_one_a_line_under_a_header_naming_no_colour_count_nothing() -> None:
    text = "Key |\nGreen |\nOn target |\nRed |\nOff target |\nMeasure |\nResult |\nHomes built |\n212 |\nRepairs done |\n640 |\n"
    assert _summary(text) == []


def test_sums_and_shares_of_one_cell_a_line_count_no_measures() -> None:
    savings = "Savings delivery 2026/27 (£m)\nDirectorate |\nGreen |\nAmber |\nRed |\nAdults |\n1.2 |\n0.4 |\n0.3 |\n"
    shares = "Share of measures\nGreen |\nAmber |\nRed |\nHousing |\n45% |\n30% |\n25% |\n"
    assert _summary(savings) == []
    assert _summary(shares) == []


def test_whole_figures_of_one_cell_a_line_under_a_heading_in_pounds_count_no_measures() -> None:
    text = "Savings delivery 2026/27 (£m)\nDirectorate |\nGreen |\nAmber |\nRed |\nAdults |\n12 |\n4 |\n3 |\n"
    assert _summary(text) == []
