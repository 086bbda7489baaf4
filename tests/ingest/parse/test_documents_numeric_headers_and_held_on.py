"""Document facts in further printed forms: a visit's numeric dates in its header field, meetings counted in
words with the people met "in sessions with", a minute's "HELD ON" line under its title, a whole year "from 1
April until 31 March", a "Reporting period:" label over months; an earlier meeting's minutes linked as an item
(an agenda's PDF link on the heading's line) give no date, a minutes page's own heading naming its file keeps it
(invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_visit_dates_printed_as_numbers_in_the_header() -> None:
    text = (
        "# Corporate Peer Challenge: Wyvern District Council\n\n**Dates of visit:** 03/06/2025 – 05/06/2025\n\n"
        "## Summary\n\nThe peers found a council that knows its place well.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 6, 3), D(2025, 6, 5))


def test_meetings_counted_in_words_and_people_met_in_sessions() -> None:
    text = (
        "LGA Corporate Peer Challenge progress review\nBorsetshire County Council\n\n"
        "The review was a one-day visit, in which the peers held seven sessions with around 40 councillors, "
        "officers and partners.\n"
    )
    facts = _facts(text)
    assert (facts["people"], facts["meetings"]) == (40, 7)


def test_a_minutes_held_on_line_under_its_title() -> None:
    text = (
        "AMBRIDGE DISTRICT COUNCIL\n\nMINUTES OF THE CABINET\n\n"
        "HELD ON Tuesday, 14th October 2025 at 7.00 pm, Council Offices, Ambridge\n\n"
        "PRESENT:   Councillor A. Grundy (Chair)\n"
    )
    assert _facts(text)["document_date"] == D(2025, 10, 14)


def test_a_whole_year_from_april_until_march() -> None:
    text = (
        "Wyvern District Council\n\nProvisional revenue outturn 2024/25\n\n"
        "This report sets out the outturn for 2024/25 (the year from 1 April 2024 until 31 March 2025).\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 4, 1), D(2025, 3, 31))


def test_a_reporting_period_label_over_months() -> None:
    text = (
        "# Borsetshire County Council\n\n## Corporate Performance Report – Quarter 3 2024/25\n\n"
        "Reporting period: October – December 2024\n\nMost measures are on target.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 10, 1), D(2024, 12, 31))


def test_a_minutes_held_at_a_place_on_a_date_line_in_capitals() -> None:
    text = (
        "BORSETSHIRE COUNTY COUNCIL\n\nMINUTES OF A MEETING OF THE EXECUTIVE\n"
        "HELD IN THE SHIRE HALL, FELPERSHAM ON WEDNESDAY 8 OCTOBER 2025 AT 6.00 PM\n\n"
        "Present: Councillor A. Grundy (Chair)\n\n12/25  APOLOGIES\n       None.\n"
    )
    assert _facts(text)["document_date"] == D(2025, 10, 8)


def test_an_earlier_meetings_minutes_linked_as_an_item_give_no_date() -> None:
    text = (
        "Apologies for Absence\n\nApologies were received from Councillor Ida Roe.\n\n"
        "Minutes of the Meeting held on 4 March 2025 pdf icon PDF 312 KB\n\nResolved –\n\n"
        "That the Minutes of the meeting held on 4 March 2025 be confirmed as a correct record.\n"
    )
    assert _facts(text)["document_date"] is None


def test_a_minutes_heading_line_with_its_place_keeps_its_date() -> None:
    text = (
        "Minutes of the meeting held on Tuesday 3 June 2025 at the Town Hall, Fenby\n\nPresent: Councillor "
        "Ida Roe (Chair)\n\n1. Apologies\n\nNone were received.\n"
    )
    assert _facts(text)["document_date"] == D(2025, 6, 3)


def test_a_minutes_pages_own_heading_naming_its_file_keeps_its_date() -> None:
    text = (
        "Fenby Borough Council\nMinutes of the meeting held on 4 March 2025 (PDF, 120KB)\n\n"
        "Present: Councillors Ida Roe and Tom Reed.\n"
    )
    assert _facts(text)["document_date"] == D(2025, 3, 4)
