"""More forms of performance reports (invented texts for fictional councils): a header word split over two lines at a
hyphen ('Slip-' over 'ping'), 'Slipping' as amber, and a block per measure whose 'Status:' line names no period, with
last quarter's status in brackets."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("objective", "period", "status").rows()


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


SPLIT_HEADS = """\
BARSETSHIRE VALE COUNCIL
Delivery Report - Quarter 4 2024/25

                        Status at Q4                 Trend
Theme              On      Slip-     Off       ↑       →       ↓
                   track   ping      track
-----------------------------------------------------------------
Greener Vale         3       2         0        1       3       1
Fairer Vale          1       1         2        2       1       1
-----------------------------------------------------------------
All measures         4       3         2        3       4       2
"""


def test_a_header_word_split_at_a_hyphen_over_two_lines_is_one_column() -> None:
    assert _summary(SPLIT_HEADS) == [
        ("Greener Vale", 3, 2, 0, 1, 3, 1),
        ("Fairer Vale", 1, 1, 2, 2, 1, 1),
        ("Totals", 4, 3, 2, 3, 4, 2),
    ]


STATUS_BLOCKS = """\
BARSETSHIRE VALE COUNCIL
Delivery Report - Quarter 1 2025/26

GREENER VALE

G1  Street trees planted (cumulative)
    Target 400  |  Actual 310
    Status: Slipping   (last quarter: Off track)
    Trend: ↑

G2  Parks with a Green Flag award
    Target 5  |  Actual 5
    Status: On track   (previous quarter: On track)
    Trend: →
    Two further parks will apply in the spring.
"""


def test_a_status_line_gives_the_reports_quarter_and_the_bracket_the_quarter_before() -> None:
    assert _rag(STATUS_BLOCKS) == [
        ("Street trees planted (cumulative)", "Q4", "R"),
        ("Street trees planted (cumulative)", "Q1", "A"),
        ("Parks with a Green Flag award", "Q4", "G"),
        ("Parks with a Green Flag award", "Q1", "G"),
    ]


def test_a_status_line_in_a_report_naming_no_quarter_gives_no_row() -> None:
    text = STATUS_BLOCKS.replace("Delivery Report - Quarter 1 2025/26", "Delivery Report, summer 2025")
    assert _rag(text) == []
