"""Summary tables and per-measure statuses laid out in other ways (invented reports for fictional councils): a
status table with a column per directorate whose rows give each status its meaning and its directions of travel,
statuses per measure in bullets or after dotted leaders under group headings, and a row label wrapped over two
lines."""

from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs

BY_DIRECTORATE = """\
Twenty measures had targets in Quarter 2. The table puts the directorates across the top.

| | Place | People | Resources | All services | Share |
|---|---:|---:|---:|---:|---:|
| Green – target met | 5 | 4 | 3 | 12 | 60% |
| Amber – within tolerance | 1 | 2 | 1 | 4 | 20% |
| Red – target missed | 2 | 1 | 1 | 4 | 20% |
| Improved since the previous quarter | 4 | 3 | 2 | 9 | 45% |
| No change | 2 | 2 | 1 | 5 | 25% |
| Worse than the previous quarter | 2 | 2 | 2 | 6 | 30% |
"""

BULLETS = """\
### Measures off target

**Borsetshire Highways**
- *Potholes repaired within 28 days* — Q2 2025/26: Amber; Q3 2025/26: Red
- *Street lights fixed within 5 days* — Q2 2025/26: Green; Q3 2025/26: Amber

**Ambridge Leisure**
- *Swimming visits per 1,000 residents* — first reported; Q3 2025/26: Red
"""

WRAPPED_LABEL = """\
Table 4: Wyvern priorities by status

                             Rating                 Trend
     Priority                G     A     R          ▲     ►     ▼
     ------------------------------------------------------------
     Thriving towns          6     2     1          4     3     2
     Resilient and
       connected villages    3     1     2          2     2     2
     ------------------------------------------------------------
     Total                   9     3     3          6     5     4
"""


def _summary(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text)).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


def test_a_status_table_by_directorate_reads_statuses_with_their_meaning_and_directions() -> None:
    assert _summary(BY_DIRECTORATE) == [
        ("Place", 5, 1, 2, 4, 2, 2),
        ("People", 4, 2, 1, 3, 2, 2),
        ("Resources", 3, 1, 1, 2, 1, 2),
        ("Totals", 12, 4, 4, 9, 5, 6),
        ("As Percentage", 60, 20, 20, 45, 25, 30),
    ]


def test_bullets_giving_a_measure_its_status_per_period_are_rag_rows() -> None:
    rows = parse_performance_rag(make_docs(BULLETS)).collect()
    assert rows.select("segment", "objective", "period", "status").rows() == [
        ("Borsetshire Highways", "Potholes repaired within 28 days", "Q2 2025/26", "A"),
        ("Borsetshire Highways", "Potholes repaired within 28 days", "Q3 2025/26", "R"),
        ("Borsetshire Highways", "Street lights fixed within 5 days", "Q2 2025/26", "G"),
        ("Borsetshire Highways", "Street lights fixed within 5 days", "Q3 2025/26", "A"),
        ("Ambridge Leisure", "Swimming visits per 1,000 residents", "Q3 2025/26", "R"),
    ]


def test_a_row_label_wrapped_over_two_lines_is_one_segment() -> None:
    assert _summary(WRAPPED_LABEL) == [
        ("Thriving towns", 6, 2, 1, 4, 3, 2),
        ("Resilient and connected villages", 3, 1, 2, 2, 2, 2),
        ("Totals", 9, 3, 3, 6, 5, 4),
    ]


DOTTED_LEADERS = """\
CONTENTS
Indicators rated amber or red ......................... 4

GREENER WYVERN

Trees planted on council land ...................... Q1 2026/27: NOT RATED   Q2 2026/27: AMBER  (Same)
Street lights converted to LED ..................... Q1 2026/27: GREEN       Q2 2026/27: RED    (Worse)

A CONNECTED WYVERN

Bus shelters repaired within 10 days . . . . . . . . Q1 2026/27: RED         Q2 2026/27: AMBER  (Better)
"""


def test_lines_of_a_measure_a_dotted_leader_then_its_status_per_period_are_rag_rows() -> None:
    rows = parse_performance_rag(make_docs(DOTTED_LEADERS)).collect()
    assert rows.select("segment", "objective", "period", "status").rows() == [
        ("GREENER WYVERN", "Trees planted on council land", "Q2 2026/27", "A"),
        ("GREENER WYVERN", "Street lights converted to LED", "Q1 2026/27", "G"),
        ("GREENER WYVERN", "Street lights converted to LED", "Q2 2026/27", "R"),
        ("A CONNECTED WYVERN", "Bus shelters repaired within 10 days", "Q1 2026/27", "R"),
        ("A CONNECTED WYVERN", "Bus shelters repaired within 10 days", "Q2 2026/27", "A"),
    ]
