"""Performance reports giving each measure a heading set in bold (or a markdown heading) with its status on the line
under it, no blank line between one measure and the next (invented texts for fictional councils): the status line
goes on after a bar, a semicolon or a wider space with other labelled parts ("Status: Red | Trend: Worse"), its
label perhaps in bold ("**Status:** Red"), and the status is the report's own quarter's, as its title prints it
with the financial year after it ("Quarter 3 2025/26")."""

from ingest.parse.performance import parse_performance_rag
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("objective", "period", "status").rows()


BOLD_HEADS = """\
# Thornbury Vale District Council

## Corporate Performance: Quarter 3 2025/26 (October to December 2025)

### Clean and safe streets
**CS1 Litter bins emptied on schedule**
Status: Green | Trend: Better
Round changes bedded in during October.
**CS2 Graffiti removed within five days**
Status: Red | Trend: Worse
A van was off the road for six weeks.

### Homes
**HM1 Empty homes brought back into use**
Status: Amber; Trend: Same
Nine homes against a target of ten.
"""


def test_each_bold_heading_names_the_measure_of_the_status_line_under_it() -> None:
    assert _rag(BOLD_HEADS) == [
        ("CS1 Litter bins emptied on schedule", "Quarter 3 2025/26", "G"),
        ("CS2 Graffiti removed within five days", "Quarter 3 2025/26", "R"),
        ("HM1 Empty homes brought back into use", "Quarter 3 2025/26", "A"),
    ]


HEADING_MEASURES = """\
# Ashcombe Borough Council

## Council Plan Performance: Quarter 1 2026/27

### Greener Ashcombe
#### GA1 Trees planted on council land
**Status:** Amber    **Trend:** Better
Planting season started late.
#### GA2 Street lights converted to LED
**Status:** Green
All conversions in the first phase are done.
"""


def test_each_markdown_heading_names_the_measure_of_the_bold_status_label_under_it() -> None:
    assert _rag(HEADING_MEASURES) == [
        ("GA1 Trees planted on council land", "Quarter 1 2026/27", "A"),
        ("GA2 Street lights converted to LED", "Quarter 1 2026/27", "G"),
    ]
