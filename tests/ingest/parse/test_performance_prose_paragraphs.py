"""Prose counts of performance reports written one paragraph per objective (invented sentences for fictional
councils): years are no counts, a paragraph's lead-in names its segment, and a sentence summing the segments is
their `Totals` row."""

from ingest.parse.performance import parse_performance_summary
from tests.fixtures.docs import make_docs


def _prose(text: str) -> list[tuple]:
    rows = parse_performance_summary(make_docs(text, doc_type="performance_report")).collect()
    return rows.select("segment", "green", "amber", "red", "up", "stable", "down").rows()


def test_a_fiscal_year_with_a_hyphen_is_no_count() -> None:
    text = "The Wyvern library visits measure was green in Q1 2024-25 and has slipped to amber in Q2 2024-25."
    assert _prose(text) == []
