"""Documents: a council named "<Type> Council of <Place>", the people a team heard from in the sentence after the
one that names it ("It held ... and heard from ..."), a meeting body and its date on a running header beside its
page number or in a header's right-hand column, under the body's wrapped name, and a monitoring report titled with a
month's last day (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_council_named_borough_council_of_its_place() -> None:
    text = (
        "Home > Your council > Peer challenge\n\nBorough Council of Borchester\n\nCorporate peer challenge 2025\n\n"
        "In May 2025 a team of peers spent four days with us.\n"
    )
    assert _facts(text)["council"] == "Borough Council of Borchester"


def test_the_people_heard_from_in_the_sentence_after_the_one_naming_the_team() -> None:
    text = (
        "Corporate Peer Challenge\n\nTarnby City Council\n\nFeedback report: 3 - 6 March 2026\n\n"
        "1. Introduction\n\nThe peer team was on site at the Guildhall for four days. It held 38 interviews\n"
        "and focus groups and heard from more than 140 people, including staff and partners.\n"
    )
    facts = _facts(text)
    assert (facts["people"], facts["meetings"]) == (140, 38)


def test_a_meeting_body_and_date_on_a_running_header_beside_its_page_number() -> None:
    text = (
        "Wyvern District Council                Treasury Management Outturn 2025/26\n"
        "Cabinet 14 July 2026                                        Page 2 of 9\n\n"
        "2.  TREASURY OUTTURN\n\n2.1 Borrowing stood at £41.2m at the year end.\n"
    )
    assert _facts(text)["document_date"] == D(2026, 7, 14)


def test_a_monitoring_report_titled_with_a_months_last_day_covers_the_period_to_it() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL\n\nBUDGET MONITORING REPORT - 31 JANUARY 2026\n\n1.  SUMMARY\n\n"
        "1.1 Services forecast an overspend of £0.4m for 2025/26.\n"
    )
    assert _facts(text)["period_end"] == D(2026, 1, 31)


def test_another_day_in_a_monitoring_reports_title_is_no_period_end() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL\n\nBUDGET MONITORING REPORT - 12 FEBRUARY 2026\n\n1.  SUMMARY\n\n"
        "1.1 Services forecast an overspend of £0.4m.\n"
    )
    assert _facts(text)["period_end"] is None


def test_a_meeting_date_under_the_body_wrapped_in_the_headers_right_hand_column() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL                         AUDIT AND GOVERNANCE\n"
        "                                                COMMITTEE\n"
        "CORPORATE SERVICES                              19 MARCH 2026\n\n"
        "INTERNAL AUDIT PROGRESS REPORT\n\n1.   SUMMARY\n\n1.1  Eleven audits were completed.\n"
    )
    assert _facts(text)["document_date"] == D(2026, 3, 19)
