"""A peer review's own date as "<document> letter issued:", and a report's date after the two bodies it goes to in
turn (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_progress_review_dated_by_its_feedback_letter_issued_line() -> None:
    text = (
        "Wyvern District Council\nCorporate Peer Challenge Progress Review\nDate of review: 2 March 2026\n"
        "Feedback letter issued: 20 March 2026\n\n1. Introduction\n\n1.1 The council hosted a corporate peer "
        "challenge in May 2025. The peer team returned for a one-day progress review.\n"
    )
    assert _facts(text)["document_date"] == dt.date(2026, 3, 20)


def test_a_report_to_a_committee_then_the_cabinet_dated_on_its_second_line() -> None:
    text = (
        "Wyvern District Council\nPolicy Overview Committee / Cabinet – 11 March 2026\n"
        "Quarterly Performance Report\nQuarter 3 2025/26\n\nPurpose\nTo report progress on the council plan.\n"
    )
    assert _facts(text)["document_date"] == dt.date(2026, 3, 11)
