"""Document facts: an LGA report's header 'Review dates:', '*Peer team on site ...*' and a title ending
'– feedback'; the months alone on a line under a quarter's title; a meeting body and its date apart by a bar;
a 'Meeting date:' printed at a report's end (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_finance_peer_challenge_headed_by_its_review_dates() -> None:
    text = (
        "LGA FINANCE PEER CHALLENGE\nWyvern District Council\nReview dates: 2-4 June 2025\n\n"
        "Peers: Ann Bell (lead peer, Director of Finance, Fenby Council).\n\nPART A - KEY FINDINGS\n"
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"], facts["period_end"]) == (
        "finance_peer_challenge",
        dt.date(2025, 6, 2),
        dt.date(2025, 6, 4),
    )


def test_a_peer_challenge_titled_feedback_after_a_dash() -> None:
    text = (
        "# Wyvern District Council\n## Corporate Peer Challenge – feedback\n\nThis is the team's account.\n"
    )
    assert _facts(text)["doc_type"] == "peer_challenge"


def test_a_peer_challenge_headed_by_the_team_on_site() -> None:
    text = (
        "# Wyvern District Council\n## Corporate Peer Challenge\n\n*Peer team on site 8 to 10 May 2024*\n\n"
        "This is the team's account.\n"
    )
    assert _facts(text)["doc_type"] == "peer_challenge"


def test_the_months_alone_under_a_quarters_title_start_its_period() -> None:
    text = (
        "# Wyvern District Council\n\n## Council Plan performance report: Quarter 3 2024/25\n\n"
        "*October to December 2024*\n\n1. Background\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (dt.date(2024, 10, 1), dt.date(2024, 12, 31))


def test_a_meeting_body_and_its_date_apart_by_a_bar() -> None:
    text = "WYVERN DISTRICT COUNCIL\nCabinet  |  12 March 2025\n\nQuarterly Performance Report\n"
    assert _facts(text)["document_date"] == dt.date(2025, 3, 12)


def test_a_meeting_date_printed_at_the_reports_end() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL\n\nCOUNCIL EXECUTIVE\n\nBUDGET STRATEGY UPDATE\n\nA. PURPOSE OF REPORT\n\n"
        + "The council must close its gap. " * 80
        + "\n\nMeeting date: 4 March 2025\n"
    )
    assert _facts(text)["document_date"] == dt.date(2025, 3, 4)
