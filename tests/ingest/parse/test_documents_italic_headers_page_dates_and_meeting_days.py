"""Document facts in more forms: a meeting header line in italics with who reports after its date, a web page's
"Page last reviewed" date, a minute whose meeting "was held on" a day before the visit's dates, a budget
monitoring report titled "Financial Performance Monitoring Report", and a page's date label written year first
("date 2031-05-14") (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_meeting_header_line_in_italics_with_who_reports_after_the_date() -> None:
    text = (
        "**Tarnby City Council**\n\n# Council Plan Delivery Report – Quarter 1, 2025/26\n\n"
        "*Executive, 9 September 2025 – Report of the Director of Strategy*\n\n"
        "Reporting period: 1 April 2025 to 30 June 2025\n\n## 1. Purpose\n\nThis report sets out progress.\n"
    )
    assert _facts(text)["document_date"] == dt.date(2025, 9, 9)


def test_a_web_pages_last_reviewed_date_near_its_top() -> None:
    text = (
        "Wyvern District Council\nHome > Your council > Peer challenge\n\nOur peer challenge\n\n"
        "Page last reviewed: 11 April 2025\n\nThe peers visited us from 3 to 5 February 2025.\n"
    )
    assert _facts(text)["document_date"] == dt.date(2025, 4, 11)


def test_a_minutes_meeting_held_on_a_day_is_not_the_visit() -> None:
    text = (
        "BORCHESTER BOROUGH COUNCIL\n\nCABINET\n\nA meeting of the Cabinet was held on Tuesday 2 December 2025.\n\n"
        "PRESENT: Councillor A Vane (Chair)\n\n41  LGA CORPORATE PEER CHALLENGE\n\n"
        "The Chief Executive presented the feedback from the corporate peer challenge, which took place from "
        "7 to 9 October 2025.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"], facts["document_date"]) == (
        dt.date(2025, 10, 7),
        dt.date(2025, 10, 9),
        dt.date(2025, 12, 2),
    )


def test_a_financial_performance_monitoring_report_is_no_performance_report() -> None:
    text = (
        "# Brackenshire County Council\n\n## Cabinet – 4 November 2025\n\n"
        "### Financial Performance Monitoring Report: Quarter 2 2025/26\n\n"
        "### 1. Purpose\n\n1.1 This report sets out the forecast revenue outturn for the year.\n"
    )
    assert _facts(text)["doc_type"] == "other"


def test_a_pages_date_label_written_year_first() -> None:
    text = (
        " date 2031-05-14 Wyvern District Council expects to overspend its budget this year, a report says.\n\n"
        "The council's cabinet will discuss the first quarter's figures next week.\n"
    )
    assert _facts(text)["document_date"] == dt.date(2031, 5, 14)


def test_a_pages_updated_label_written_year_first_does_not_beat_the_meetings_date() -> None:
    text = (
        "Wyvern District Council\nUpdated: 2035-06-02\nCabinet report\nDate of meeting: 14 March 2031\n\n"
        "Revenue Budget Monitoring 2030/31 Quarter 3\n"
    )
    assert _facts(text)["document_date"] == dt.date(2031, 3, 14)
