import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("Corporate Peer Challenge Brackenshire County Council\n\nFeedback Report", "peer_challenge"),
        (
            "LGA Corporate Peer Challenge – Progress Review\nBrackenshire County Council\nFeedback: 4 May 2021",
            "progress_review",
        ),
        (
            "Corporate Peer Challenge follow up visit: Brackenshire County Council\n1. Introduction",
            "progress_review",
        ),
        (
            "Finance Peer Review\nBrackenshire County Council\nFeedback report: 3-5 May 2021",
            "finance_peer_challenge",
        ),
        ("Corporate Performance Report – End of June (Q1) 2021/22", "performance_report"),
        ("Annual Performance Improvement Self-Assessment Report 2022-23", "performance_report"),
        ("Annual Statement of Accounts 2020/21", "other"),
        ("Wyvern District Council\n\nQuarterly Performance Summary: Quarter 1 2022/23", "performance_report"),
        ("Wyvern District Council\n\nCorporate Scorecard: Quarter 4 2022/23", "performance_report"),
        ("Wyvern District Council\n\nCouncil Plan Delivery Update - Quarter 2 2023/24", "performance_report"),
        ("Wyvern District Council\n\nKPI Report - Quarter 3 2021/22", "performance_report"),
        (
            "AMBRIDGE COUNCIL\n\nReport title:  Corporate Plan Progress - Quarter 4 2024/25",
            "performance_report",
        ),
        ("Wyvern District Council\n\nMinutes of Cabinet, 4 May 2023\n\n7. Corporate Peer Challenge", "other"),
        ("News\n\nPeer challenge praises Wyvern's performance report", "other"),
    ],
)
def test_doc_type_comes_from_the_title(title: str, doc_type: str) -> None:
    assert _facts(title + "\n\nSome text.")["doc_type"] == doc_type


@pytest.mark.parametrize(
    "opening",
    [
        "Corporate Peer Challenge 2019\n\nIn May 2019 we invited the LGA to carry out a corporate peer challenge.",
        "Wyvern District Council welcomes peer challenge report\n\nThe peer challenge report, released today, praises the council.",
        "Agenda item\n\nCorporate Peer Challenge - Feedback Report\n\nMinutes:\n\nThe Cabinet received the feedback report.",
        "Issue - meetings\n\nQuarter 3 Performance Report 2019/20\n\nMeeting: 13/02/2020 - Cabinet (Item 7)",
        "Decision details\n\nFinance Peer Challenge Action Plan\n\nDecision Maker: Cabinet",
        "RESOLVED: That the Quarter 1 performance report be noted.",
        "Meeting of Cabinet, Wednesday, 26th March, 2025 (Item 4)\n\nCorporate Performance Report Quarter 3",
        "The Cabinet considered a report of the Director on corporate performance for the second quarter.",
        "CORVEN COUNCIL\n\nMINUTE of MEETING of the POLICY COMMITTEE held on 3 May 2024\n\n4. Corporate Performance Report",
    ],
)
def test_a_page_news_item_or_minute_about_a_report_is_other(opening: str) -> None:
    assert _facts(opening)["doc_type"] == "other"


def test_an_lga_feedback_letter_is_a_peer_challenge() -> None:
    text = "Jo Bloggs\nChief Executive\nWyvern District Council\n\n3rd May 2019\n\nDear Jo\n\nCorporate Peer Challenge\n\nOn behalf of the peer team, thank you."
    facts = _facts(text)
    assert (facts["doc_type"], facts["council"], facts["document_date"]) == (
        "peer_challenge",
        "Wyvern District Council",
        dt.date(2019, 5, 3),
    )


def test_council_is_the_full_name_in_the_title_even_when_the_text_abbreviates_it() -> None:
    text = "Corporate Peer Challenge Brackenshire County Council\n\nBCC has improved. The Council agreed."
    assert _facts(text)["council"] == "Brackenshire County Council"


@pytest.mark.parametrize(
    "title",
    [
        "Corporate Peer Challenge\nLondon Borough of Elmwick",
        "Corporate Peer Challenge: London Borough of Elmwick",
    ],
)
def test_council_named_as_a_london_borough(title: str) -> None:
    assert _facts(title)["council"] == "London Borough of Elmwick"


def test_council_found_in_the_body_when_the_title_lacks_it() -> None:
    text = "Corporate Performance Report – End of June (Q1) 2021/22\n\nThis report of Tarnby City Council covers..."
    assert _facts(text)["council"] == "Tarnby City Council"


@pytest.mark.parametrize(
    ("printed", "start", "end"),
    [
        ("12 -15 March 2018", dt.date(2018, 3, 12), dt.date(2018, 3, 15)),
        ("3rd-6th June 2019", dt.date(2019, 6, 3), dt.date(2019, 6, 6)),
        (
            "4<sup>th</sup> September – 7<sup>th</sup> September 2018",
            dt.date(2018, 9, 4),
            dt.date(2018, 9, 7),
        ),
        ("30 November – 2 December 2019", dt.date(2019, 11, 30), dt.date(2019, 12, 2)),
        ("30 December 2019 - 2 January 2020", dt.date(2019, 12, 30), dt.date(2020, 1, 2)),
        ("9th to 11th July 2022", dt.date(2022, 7, 9), dt.date(2022, 7, 11)),
    ],
)
def test_visit_dates_in_every_printed_form(printed: str, start: dt.date, end: dt.date) -> None:
    facts = _facts(f"Corporate Peer Challenge Brackenshire County Council\n\n{printed}\n\nFeedback report")
    assert (facts["period_start"], facts["period_end"]) == (start, end)


def test_performance_report_period_end_and_meeting_date() -> None:
    text = (
        "Corporate Performance Report – End of September (Q2) 2020/21\n\n- Thursday 03 December 2020\n\n"
        "This report covers information available in the period up until 30th September 2020."
    )
    facts = _facts(text)
    assert facts["period_start"] is None
    assert facts["period_end"] == dt.date(2020, 9, 30)
    assert facts["document_date"] == dt.date(2020, 12, 3)


def test_previous_challenge_month_and_year() -> None:
    text = "Corporate Peer Challenge Brackenshire County Council\n\nSince its last corporate peer challenge (CPC) in May 2016 the council has..."
    assert _facts(text)["previous_challenge"] == "2016-05"


def test_engagement_figures_with_bold_markup_and_commas() -> None:
    text = (
        "Corporate Peer Challenge Brackenshire County Council\n\n"
        "- Spoke to **more than 1,150 people** including staff\n- gathered views from more than 55 meetings\n"
        "- Collectively spent more than 380 hours to determine their findings – the equivalent of one person "
        "spending more than 10 weeks in Brackenshire."
    )
    facts = _facts(text)
    assert (facts["people"], facts["meetings"], facts["hours"], facts["weeks_equivalent"]) == (
        1150,
        55,
        380,
        10,
    )


def test_a_progress_review_letter_its_day_and_its_date() -> None:
    text = (
        "Jo Bloggs\nChief Executive\nWyvern District Council\n\n14th June 2023\n\nDear Jo,\n\n"
        "Corporate Peer Challenge – Progress Review, 2 June 2023\n\nThank you for having us back."
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"], facts["period_end"], facts["document_date"]) == (
        "progress_review",
        dt.date(2023, 6, 2),
        dt.date(2023, 6, 2),
        dt.date(2023, 6, 14),
    )


def test_the_title_names_the_kind_before_the_introduction_does() -> None:
    text = (
        "LGA Corporate Peer Challenge\nWyvern District Council\nFeedback report: 3 – 5 May 2022\n\n"
        "1. Introduction\nThe council's first challenge was in 2016 and had a progress review\n"
        "the year after, and a follow-up visit later on."
    )
    assert _facts(text)["doc_type"] == "peer_challenge"


def test_a_feedback_report_title_on_one_line() -> None:
    assert _facts("Corporate Peer Challenge – Feedback Report\n\nSome text.")["doc_type"] == "peer_challenge"


def test_a_written_date_of_meeting() -> None:
    text = "Quarter 2 Performance Report 2022/23\n\nReport to: Cabinet\nDate of meeting: 8th November 2022\n"
    assert _facts(text)["document_date"] == dt.date(2022, 11, 8)


def test_engagement_figures_across_a_line_break() -> None:
    text = "Corporate Peer Challenge\n\nThe peers held more than\n40 meetings and spoke to over\n130 people."
    facts = _facts(text)
    assert (facts["people"], facts["meetings"]) == (130, 40)


def test_a_follow_up_named_only_in_the_body_does_not_make_a_progress_review() -> None:
    text = (
        "Feedback report: 3 – 5 May 2022\n\n1. Introduction\n\nThe council asked the LGA for a corporate peer "
        "challenge and will be offered a follow-up visit within a year of the challenge to see how it is doing."
    )
    assert _facts(text)["doc_type"] == "peer_challenge"


def test_a_feedback_report_header_with_a_dash_before_its_dates() -> None:
    text = "Corporate Peer Challenge – Wyvern District Council\nFeedback Report – 12th-14th March 2019\n"
    facts = _facts(text)
    assert (facts["doc_type"], facts["period_start"]) == ("peer_challenge", dt.date(2019, 3, 12))


@pytest.mark.parametrize(
    ("printed", "start", "end"),
    [
        ("5 – 8 Dec 2017", dt.date(2017, 12, 5), dt.date(2017, 12, 8)),
        ("29 Sept - 1 Oct. 2021", dt.date(2021, 9, 29), dt.date(2021, 10, 1)),
    ],
)
def test_visit_dates_with_shortened_month_names(printed: str, start: dt.date, end: dt.date) -> None:
    facts = _facts(f"Corporate Peer Challenge Brackenshire County Council\n\nFeedback report: {printed}\n")
    assert (facts["period_start"], facts["period_end"]) == (start, end)


def test_a_quarter_with_its_months_shortened_and_dashed() -> None:
    facts = _facts("Corporate Performance Report\n\nQuarter 3 (Oct - Dec) 2021/22\n")
    assert (facts["period_start"], facts["period_end"]) == (dt.date(2021, 10, 1), dt.date(2021, 12, 31))


def test_a_numeric_date_line_on_a_report() -> None:
    text = "Revenue Budget Monitoring 2022/23\n\nReport to: Cabinet\nDate: 08/11/2022\n"
    assert _facts(text)["document_date"] == dt.date(2022, 11, 8)


@pytest.mark.parametrize(
    "opening",
    [
        "WYVERN DISTRICT COUNCIL\n\nReport to\tCabinet\nDate of meeting\t7 September 2023\nWards affected\tAll\n\n"
        "Corporate Peer Challenge – Feedback Report\n\n1. Introduction\n\n1.1 The LGA carried out a corporate peer "
        "challenge of the council in June 2023.",
        "Tarnby City Council\n\nCorporate Peer Challenge – Feedback Report\n\nReport to: Overview and Scrutiny "
        "Committee\n\n1. Purpose of report\n\nTo present the peer team's findings.",
        "Wyvern District Council\n\nFinance Peer Challenge: action plan\n\nKey decision: No\n\n1. Introduction\n\n"
        "The finance peer challenge took place in May 2024.",
        "LGA Corporate Peer Challenge Progress Review\n\n1. Introduction\n\nThis report updates Cabinet on the "
        "progress review.\n\nCabinet is recommended to note the progress review letter.",
    ],
)
def test_a_councils_own_report_about_a_peer_challenge_is_other(opening: str) -> None:
    assert _facts(opening)["doc_type"] == "other"


@pytest.mark.parametrize(
    ("text", "doc_type"),
    [
        (
            "Corporate Peer Challenge\nWyvern District Council\n\n12–15 March 2024\n\nFeedback Report\n\n"
            "1. Executive summary\n\nThe peer team will come back and\nreport to the council on progress next year.",
            "peer_challenge",
        ),
        (
            "Corporate Peer Challenge\nWyvern District Council\nFeedback report: 3 – 6 June 2024\n\n"
            "1. Executive summary\n\nThe council is recommended to refresh its corporate plan.",
            "peer_challenge",
        ),
        (
            "Wyvern District Council\n\nQuarter 2 Corporate Performance Report 2023/24\n\nReport to: Cabinet\n"
            "Wards affected: All\n\nCabinet is recommended to note performance at the end of September.",
            "performance_report",
        ),
    ],
)
def test_council_report_cues_leave_an_lga_report_and_a_performance_report_alone(
    text: str, doc_type: str
) -> None:
    assert _facts(text)["doc_type"] == doc_type
