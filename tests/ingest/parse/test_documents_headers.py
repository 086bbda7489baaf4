"""Document facts printed in header fields and other forms: a visit's dates after a 'Dates on site' or 'Visit'
label, the report cues of an LGA report without a 'Feedback report' header, 'Report issued', a meeting's date
under or after its body, and months counted to a monitoring date (invented texts, fictional councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_dates_on_site_in_a_markdown_peer_report() -> None:
    text = (
        "# Corporate Peer Challenge: Wyvern District Council\n\n*Dates on site: 4–6 March 2024*\n\n"
        "## Executive summary\n\nThe council is ambitious. It last had a peer challenge in May 2018.\n\n"
        "On site the peers gathered evidence from over 110 people through 40 meetings. In total they spent "
        "almost 300 hours on the challenge – the equivalent of eight weeks of one person's working time.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 3, 4), D(2024, 3, 6))
    assert (facts["people"], facts["meetings"], facts["hours"]) == (110, 40, 300)


def test_a_progress_review_headed_by_its_own_visit_not_the_original_challenge() -> None:
    text = (
        "# Borsetshire County Council\n## LGA Corporate Peer Challenge – Progress Review\n\n"
        "**Visit:** 2 and 3 June 2025  \n**Lead peer:** Hal Denton\n\n---\n\n"
        "### 1. Why a progress review?\n\nThe council's corporate peer challenge took place from 10 to 12 "
        "September 2024.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "progress_review"
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 6, 2), D(2025, 6, 3))
    assert facts["previous_challenge"] == "2024-09"


def test_a_finance_peer_challenge_reported_by_the_peer_team() -> None:
    text = (
        "AMBRIDGE DISTRICT COUNCIL\nLGA FINANCE PEER CHALLENGE\n\n"
        "Report of the peer team following the on-site visit, 5 to 7 March 2024\n\n"
        "PART A – SCOPE\n\nA1. The council asked for this challenge.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "finance_peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 3, 5), D(2024, 3, 7))


def test_report_issued_is_a_peer_reports_date() -> None:
    text = (
        "Wyvern Council\nCorporate Peer Challenge – Feedback Report\n"
        "On-site: Tuesday 3 September to Thursday 5 September 2024\nReport issued: 21 October 2024\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["document_date"]) == (D(2024, 9, 3), D(2024, 10, 21))


@pytest.mark.parametrize(
    "header",
    [
        "Report to   Cabinet                                    Item\n            9 April 2025"
        "                               7\nReport of   Director of Resources\n",
        "**Report of the Cabinet Member for Finance, Assets and Property to the Budget Scrutiny Panel – 9 April "
        "2025**\n",
    ],
)
def test_a_meetings_date_under_or_after_the_body(header: str) -> None:
    text = f"Borsetshire County Council\n\n{header}\nRevenue outturn 2024/25\n\nThe council overspent.\n"
    assert _facts(text)["document_date"] == D(2025, 4, 9)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("REPORT ON:   REVENUE MONITORING 2024/25 – 4 MONTHS TO 31 JULY 2024", D(2024, 4, 1), D(2024, 7, 31)),
        ("Revenue monitoring 2025/26: the six months ended 30 September 2025", D(2025, 4, 1), D(2025, 9, 30)),
        (
            "Revenue monitoring 2024/25 – position for the ten months to 31 January",
            D(2024, 4, 1),
            D(2025, 1, 31),
        ),
    ],
)
def test_months_counted_to_a_monitoring_date(line: str, start: dt.date, end: dt.date) -> None:
    text = f"WYVERN DISTRICT COUNCIL\n\n{line}\n\nThe General Fund is forecast to underspend.\n"
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (start, end)


@pytest.mark.parametrize(
    "sentence",
    [
        "The report of the peer team can be read below and goes to Cabinet on 3 March.",
        "The council has published the feedback report from the peer challenge team's visit in May 2024.",
    ],
)
def test_a_council_pages_sentence_on_the_peer_teams_report_is_no_report_cue(sentence: str) -> None:
    text = f"Wyvern District Council\n\nCorporate peer challenge\n\n{sentence}\n"
    assert _facts(text)["doc_type"] == "other"


def test_an_older_lga_report_titled_above_its_visit_dates_with_stray_ordinals() -> None:
    text = (
        "Corporate Peer Challenge\n\nWyvern District Council\n\nst th 3 to 6 March 2015\n\nReport\n\n"
        "1. Background and scope of the peer challenge\n\nWe were pleased to be invited to Wyvern. "
        "Peer challenges are managed and delivered by experienced elected member and officer peers.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == (D(2015, 3, 3), D(2015, 3, 6))


def test_an_lga_report_title_page_flattened_onto_one_line() -> None:
    text = (
        "Corporate Peer Challenge Tarnby City Council 7 th to 10th October 2019 Feedback Report "
        "1. Executive Summary Tarnby City Council knows its place well and has ambitious plans.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == (D(2019, 10, 7), D(2019, 10, 10))


def test_a_peer_challenge_final_report_right_above_its_executive_summary() -> None:
    text = (
        "Peer Challenge\n\nLast updated on: 02-Feb-2021\n\n1. Peer Challenge Final Report\n\nExecutive Summary\n\n"
        "The peer team found Wyvern to be a well-led council with sound finances.\n"
    )
    assert _facts(text)["doc_type"] == "peer_challenge"


def test_feedback_slides_titled_from_the_peer_challenge_team_with_the_visit() -> None:
    text = (
        "Wyvern District Council Corporate Peer Challenge Feedback from the peer challenge team\n\n"
        "2 – 5 December 2022\n\nThe peer challenge team\n\n• Jo Bloggs, Chief Executive Peer\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == (D(2022, 12, 2), D(2022, 12, 5))


def test_a_council_page_naming_the_peer_challenge_report_and_the_teams_feedback_is_other() -> None:
    text = (
        "Peer Challenge\n\nPeer Challenge Report\nThe feedback report from the Local Government Association\n\n"
        "The leader welcomed the feedback from the peer challenge team and thanked staff.\n"
    )
    assert _facts(text)["doc_type"] == "other"


@pytest.mark.parametrize(
    "text",
    [
        "Wyvern District Council news\n\nThe Leader welcomed the feedback from the peer challenge team\n"
        "and thanked staff for their work.\n",
        "Wyvern District Council\n\nAgenda\n\nAppendix A – LGA Corporate Peer Challenge Feedback Report "
        "Introduction and Action Plan\n",
    ],
)
def test_a_council_pages_wrapped_sentence_or_appendix_title_on_the_feedback_is_no_report_cue(
    text: str,
) -> None:
    assert _facts(text)["doc_type"] == "other"
