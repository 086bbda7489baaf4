"""Document facts in more forms: a peer report's header in emphasis with a middle dot, an integrated performance
and finance report's title, a return visit's day named before "for the progress review" (invented texts,
fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_markdown_peer_report_header_in_emphasis_with_a_middle_dot() -> None:
    text = (
        "# Wyvern District Council — Corporate Peer Challenge\n\n*Feedback report · site visit 3–5 June 2024*\n\n"
        "---\n\n## 1. About this peer challenge\n\nThe council invited the LGA in spring 2024.\n"
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"], facts["period_end"]) == (
        "peer_challenge",
        dt.date(2024, 6, 3),
        dt.date(2024, 6, 5),
    )


def test_an_integrated_performance_and_finance_report_for_a_quarter() -> None:
    text = (
        "# Wyvern District Council\n\n## Integrated Performance and Finance Report — Quarter 2 2024/25\n\n"
        "**Decision-maker:** Cabinet\n\n### 1. Purpose\n\nThis report sets out performance and the budget.\n"
    )
    assert _facts(text)["doc_type"] == "performance_report"


def test_a_progress_review_letter_whose_day_is_named_before_the_review() -> None:
    text = (
        "Jo Bloggs\nChief Executive\nWyvern District Council\n\n3 October 2024\n\nDear Jo,\n\n"
        "Wyvern District Council - Corporate Peer Challenge Progress Review\n\n"
        "Thank you for welcoming us back on Tuesday 10 September 2024 for the progress review of the "
        "corporate peer challenge that the council hosted in January 2024.\n"
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"], facts["period_end"], facts["document_date"]) == (
        "progress_review",
        dt.date(2024, 9, 10),
        dt.date(2024, 9, 10),
        dt.date(2024, 10, 3),
    )
