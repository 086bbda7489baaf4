"""Document facts in more printed forms: engagement counts written '-plus' or as bulleted figures, meetings
called sessions or interviews, a publication date (after a news page's time, or month first), a header's date in a
column, the months a monitoring report covers, a performance review's type, an indicators report's titled months, a
period ending a performance report, a month's end review or the spending counted to date (not a forecast's days
nor ahead of a counted month) (invented texts, fictional councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date
PEER = "Corporate Peer Challenge\nFeedback report: 3 to 6 June 2024\n\n"


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


@pytest.mark.parametrize(
    ("sentence", "people", "meetings"),
    [
        ("During the visit the team met 95-plus people in 30-plus meetings and visits.", 95, 30),
        ("The peers spoke to 52 people across 17 sessions, including the Leader.", 52, 17),
        ("The team talked with about 70 people in 24 interviews and workshops.", 70, 24),
        (
            "- **120+** people met – staff, councillors and partners\n- **38+** meetings, visits and focus groups held",
            120,
            38,
        ),
        ("The review team:\n\n- 85 people interviewed\n- 26 meetings and focus groups", 85, 26),
    ],
)
def test_engagement_counts_in_more_forms(sentence: str, people: int, meetings: int) -> None:
    facts = _facts(PEER + sentence)
    assert (facts["people"], facts["meetings"]) == (people, meetings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Around 4,000 people met the criteria for the Wyvern warmer homes grant.",
        "The council ran 12 sessions for residents on the local plan.",
        # a count inside a sentence of the council's own, or a year
        "The Wyvern food festival drew crowds and 1,500 residents engaged.",
        "Since 2019 members met, every quarter, with the town's business forum.",
    ],
)
def test_people_meeting_criteria_and_the_councils_own_sessions_are_no_engagement(sentence: str) -> None:
    facts = _facts(PEER + sentence)
    assert (facts["people"], facts["meetings"]) == (None, None)


def test_a_peer_reports_printed_publication_date() -> None:
    text = "Wyvern District Council\nCorporate peer challenge\nPublished 14 August 2024\n\nFeedback report: 3 to 6 June 2024\n"
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"], facts["document_date"]) == (
        D(2024, 6, 3),
        D(2024, 6, 6),
        D(2024, 8, 14),
    )


def test_a_header_lines_meeting_date_set_apart_in_a_column() -> None:
    text = "Public report\n\nCabinet                                      9 September 2025\n\nTitle: Budget update\n"
    assert _facts(text)["document_date"] == D(2025, 9, 9)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Subject: Revenue Monitoring 2025/26 – Month 7 (October 2025)\n\nThis report covers the seven "
            "months from April to October 2025.",
            D(2025, 4, 1),
            D(2025, 10, 31),
        ),
        (
            "Subject: Borsetshire Revenue Monitoring – Month 4 (July 2024)\n\nThe overspend is £2m.",
            None,
            D(2024, 7, 31),
        ),
        (
            "Title: Winter pressures report\n\nThe position covering November to February 2025 is set out.",
            D(2024, 11, 1),
            D(2025, 2, 28),
        ),
    ],
)
def test_the_months_a_monitoring_report_covers(text: str, start: D | None, end: D) -> None:
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (start, end)


def test_a_performance_review_report_is_a_performance_report() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL\n\nREPORT TO CABINET\n\n14 May 2025\n\nREPORT TITLE:   Finance and Performance "
        "Review Report – Fourth Quarter 2024/25\n\nPurpose of the Report\n\nTo report the Council Plan "
        "indicators for the fourth quarter.\n"
    )
    assert _facts(text)["doc_type"] == "performance_report"


@pytest.mark.parametrize(
    "text",
    [
        "# Wyvern District Council\n\n## Cabinet\n\n| | |\n|---|---|\n| Date of meeting | 18 March 2025 |\n"
        "| Date of publication | 10 March 2025 |\n\n# Revenue Monitoring – Quarter 3 2024/25\n",
        "# Wyvern District Council\n\n**Reporting period:** 1 October 2024 to 31 December 2024\n"
        "**Meeting:** Cabinet, 18 March 2025\n\n### 1. Purpose\n",
    ],
)
def test_a_meeting_date_in_a_markdown_table_cell_or_after_a_meeting_label(text: str) -> None:
    assert _facts(text)["document_date"] == D(2025, 3, 18)


def test_a_peer_report_opening_at_its_approach_section() -> None:
    text = (
        "## 4. Summary of the peer challenge approach\n\n### 4.1 The peer team\n\nThe team was drawn from "
        "similar councils.\n\n### 4.2 The process\n\nThe team was on site at Wyvern Hall from Monday 9 to "
        "Wednesday 11 June 2025, and met more than 90 people.\n"
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"], facts["period_end"]) == (
        "peer_challenge",
        D(2025, 6, 9),
        D(2025, 6, 11),
    )


def test_a_feedback_report_header_with_its_visit_dates_after_a_space() -> None:
    text = (
        "Marsh District Council: LGA Corporate Peer Challenge\n\nFeedback report 14–16 March 2023\n\n"
        "Executive summary\n\nThe council has had a new Leader since the elections in May 2022.\n"
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"], facts["period_end"]) == (
        "peer_challenge",
        D(2023, 3, 14),
        D(2023, 3, 16),
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "News | Jo Pennant - Local Democracy Reporter | Published: 09:42, Tuesday March 4th, 2025.",
            D(2025, 3, 4),
        ),
        ("Published: 16:05, Friday 14 February 2025", D(2025, 2, 14)),
    ],
)
def test_a_news_pages_publication_date_after_its_time_or_month_first(line: str, expected: D) -> None:
    text = f"Fenby Gazette\n\nCouncil warns of a widening budget gap\n\n{line}\n\nThe council expects a shortfall.\n"
    assert _facts(text)["document_date"] == expected


def test_a_month_first_date_without_a_publication_label_is_no_page_date() -> None:
    text = (
        "Fenby Gazette\n\nCouncil warns of a widening budget gap\n\nBy Jo Pennant\n\nThe council meeting on "
        "Tuesday March 4th, 2025 heard that a shortfall is expected.\n"
    )
    assert _facts(text)["document_date"] is None


def test_an_indicators_report_titled_with_its_months_is_a_performance_report_for_them() -> None:
    text = (
        "Performance Indicators Report July 2024 – June 2025\n\nThis page shows progress on the indicators "
        "that measure how the council is doing.\n\nRecycling rate\n\nStatus: Amber\n"
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"], facts["period_end"]) == (
        "performance_report",
        D(2024, 7, 1),
        D(2025, 6, 30),
    )


def test_a_titles_months_over_more_than_a_year_are_no_reporting_period() -> None:
    text = "Performance Indicators Report April 2023 – March 2025\n\nThis page shows the indicators' trend.\n"
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, None)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [
        (
            "The Head of Finance presented the Quarter 2 Council Performance Report to 30th September 2025.",
            None,
            D(2025, 9, 30),
        ),
        ("REVENUE BUDGET 2025/26 - END OF OCTOBER 2025 REVIEW", None, D(2025, 10, 31)),
        (
            "This represents general fund expenditure from the 1 April 2025 to the 26 July 2025.",
            D(2025, 4, 1),
            D(2025, 7, 26),
        ),
    ],
)
def test_a_period_ending_a_performance_report_a_months_end_review_or_the_spending_counted(
    sentence: str, start: D | None, end: D
) -> None:
    text = f"Agenda item\n\n{sentence}\n\nMembers noted the report.\n"
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (start, end)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Performance Report to Cabinet on 14 October 2025 was deferred.",
        "Members noted the end of October 2025 deadline for the review of fees.",
        "Capital expenditure from the 1 April 2025 to the 31 March 2028 is planned.",
        "Capital spending from 1 April 2025 to 31 March 2026 is forecast at £12m.",
        "Revenue expenditure from the 1 April 2025 to the 30 September 2025 is projected to be £4.1m.",
        "Expenditure from the 1 April 2025 to the 31 August 2025 will be reported to Cabinet.",
    ],
)
def test_a_report_sent_to_a_meeting_a_deadline_or_a_plans_years_end_no_period(sentence: str) -> None:
    text = f"Agenda item\n\n{sentence}\n\nMembers noted the report.\n"
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, None)


def test_a_forecast_for_the_years_end_in_prose_is_no_review_end() -> None:
    text = (
        "Fenby Borough Council\nRevenue Budget Monitoring Quarter 2 2025/26\n\n"
        "The forecast end of March 2026 position is an overspend of £1.2m.\n"
    )
    assert _facts(text)["period_end"] == D(2025, 9, 30)


def test_months_in_a_sentence_after_performance_are_no_titled_months() -> None:
    text = (
        "Fenby Borough Council\nRevenue Budget Monitoring 2025/26\n\n"
        "Collection performance in April 2024 to March 2025 was 97.1%.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "end"),
    [
        # the spending counted to a day after the text's own date: no period
        (
            "Agenda item\n\nDate: 4 June 2025\n\n"
            "General fund expenditure from the 1 April 2025 to the 26 July 2025 stands at £3.2m.\n",
            None,
        ),
        # a monitoring month the title counts comes first
        (
            "Fenby Borough Council\nRevenue budget monitoring 2025/26 as at Period 6\n\n"
            "General fund expenditure from the 1 April 2025 to the 31 August 2025 was £3.2m.\n",
            D(2025, 9, 30),
        ),
    ],
)
def test_the_spending_counted_after_the_texts_date_or_beside_a_counted_month_is_no_period(
    text: str, end: D | None
) -> None:
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, end)
