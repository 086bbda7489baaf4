"""Performance reports giving one short paragraph per measure (invented texts for fictional councils): the measure
labelled on its first line, target and actual on the next, then its rating for the report's own quarter, with a
direction of travel after a dash."""

from ingest.parse.performance import parse_performance_rag
from tests.fixtures.docs import make_docs


def _rag(text: str) -> list[tuple]:
    rows = parse_performance_rag(make_docs(text)).collect()
    return rows.select("objective", "period", "status").rows()


RATING_PARAGRAPHS = """\
REPORT TO: POLICY COMMITTEE ON 3 MARCH 2026

SUBJECT: COUNCIL PLAN INDICATORS – QUARTER 3 (1 OCTOBER TO 31 DECEMBER 2025)

1. EXCEPTIONS

Measure: Wyvern bus shelters repaired within 14 days
Target: 90%   Actual: 71%
Rating: Red – worsening
Comment: Two contractors left the framework in November.

Measure: Borsetshire library visits per 1,000 residents
Target: 400   Actual: 388
Rating: Amber – no change
"""


def test_a_rating_paragraph_gives_the_report_quarter_as_worded_without_its_direction() -> None:
    assert _rag(RATING_PARAGRAPHS) == [
        ("Wyvern bus shelters repaired within 14 days", "Quarter 3", "R"),
        ("Borsetshire library visits per 1,000 residents", "Quarter 3", "A"),
    ]
