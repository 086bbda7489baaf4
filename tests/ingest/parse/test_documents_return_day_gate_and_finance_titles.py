"""Document facts: a day named before "for a follow-up ..." is a visit's only in a text about the return visit,
and an integrated report's title names finance and performance in either order (invented texts, fictional
councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_peer_challenge_reports_later_return_day_is_not_its_visit() -> None:
    text = (
        "Wyvern District Council\nCorporate Peer Challenge\nFeedback Report\n\n1. Introduction\n\n"
        "The peers will stay in touch, and we will return on 5 May 2026 for a follow-up conversation with the "
        "leadership team.\n\nThe peer team was on site from 3 to 5 March 2026 and spoke to 90 people.\n"
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"], facts["period_end"]) == (
        "peer_challenge",
        dt.date(2026, 3, 3),
        dt.date(2026, 3, 5),
    )


@pytest.mark.parametrize(
    "title",
    [
        "Integrated Finance and Performance: Quarter 3 2025/26",
        "Integrated Performance and Finance: Quarter 3 2025/26",
    ],
)
def test_an_integrated_finance_and_performance_title_in_either_order(title: str) -> None:
    text = f"Wyvern District Council\n\n{title}\n\nCabinet, 9 February 2026\n\n1. Purpose\n\nThis report sets out the quarter.\n"
    assert _facts(text)["doc_type"] == "performance_report"
