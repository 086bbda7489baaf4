"""More forms of performance reports (invented texts for fictional councils): a trend column whose words begin
like a month's short name, a table of colours and one of directions of travel merged per segment, and a
block per coded measure with a line of its statuses per period."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("objective", "period", "status").rows()


TREND_WORDS = """\
| Measure | Q1 2025/26 | Q2 2025/26 | Trend |
|---|---|---|---|
| Wyvern library loans per head | On target | Off target | Declining |
| Borsetshire bus punctuality | Within tolerance | On target | Marginal |
"""


def test_a_trend_word_that_starts_like_a_month_does_not_make_a_row_a_header() -> None:
    assert _rag(TREND_WORDS) == [
        ("Wyvern library loans per head", "Q1 2025/26", "G"),
        ("Wyvern library loans per head", "Q2 2025/26", "R"),
        ("Borsetshire bus punctuality", "Q1 2025/26", "A"),
        ("Borsetshire bus punctuality", "Q2 2025/26", "G"),
    ]


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


TWO_TABLES = """\
Table A - Wyvern indicators by status

Service\tGreen\tAmber\tRed\tTotal
Highways\t5\t2\t1\t8
Leisure\t3\t1\t2\t6
Total\t8\t3\t3\t14

Table B - Wyvern indicators by direction of travel

Service\tBetter\tSame\tWorse\tTotal
Highways\t4\t3\t1\t8
Leisure\t2\t2\t2\t6
Total\t6\t5\t3\t14
"""


def test_colours_and_directions_in_two_tables_are_one_row_per_segment() -> None:
    assert _summary(TWO_TABLES) == [
        ("Highways", 5, 2, 1, 4, 3, 1),
        ("Leisure", 3, 1, 2, 2, 2, 2),
        ("Totals", 8, 3, 3, 6, 5, 3),
    ]


BLOCKS = """\
MEASURES OFF TARGET

AMB-11  Borsetshire bus services running on time
    Target: 92%    Result Q3 2025/26: 85%    Trend: Worse
    Status Q2 2025/26: Amber    Status Q3 2025/26: Red

AMB-14  Ambridge allotments let
    Target: 300    Result Q3 2025/26: 240
    Status Q2 2025/26: New; Status Q3 2025/26: Off target
"""


def test_blocks_of_a_coded_measure_then_its_status_per_period_are_rag_rows() -> None:
    assert _rag(BLOCKS) == [
        ("Borsetshire bus services running on time", "Q2 2025/26", "A"),
        ("Borsetshire bus services running on time", "Q3 2025/26", "R"),
        ("Ambridge allotments let", "Q3 2025/26", "R"),
    ]
