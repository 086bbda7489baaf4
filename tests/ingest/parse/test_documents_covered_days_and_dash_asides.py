"""Documents: the days a report covers printed as "Covering the period <first> to <last day>", a monitoring month
printed up to its last day ("Month 6 (to 30 September 2025)"), and a team's hours in a sentence with a dash
aside that opens a wrapped line (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_quarters_report_covering_the_period_of_its_days() -> None:
    text = (
        "Wexcombe Borough Council\nCabinet - 2 September 2025\n\n"
        "QUARTER 1 FINANCE AND PERFORMANCE REPORT 2025/26\n"
        "Covering the period 1 April to 30 June 2025\n\n"
        "1  Introduction\n\n1.1  This report tracks the key performance measures for 2025/26.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 4, 1), D(2025, 6, 30))


def test_a_monitoring_month_up_to_its_last_day() -> None:
    text = (
        "Wexcombe Borough Council\nCabinet - 5 November 2025\n\n"
        "REVENUE MONITORING 2025/26 – MONTH 6 (TO 30 SEPTEMBER 2025)\n\n"
        "1. Summary\n\n1.1 The council forecasts an overspend of £2.1m.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, D(2025, 9, 30))


def test_hours_after_a_dash_aside_on_a_wrapped_line() -> None:
    text = (
        "Wexcombe Borough Council\nCorporate Peer Challenge - Feedback Report\n\n"
        "2. What the team did\n\n"
        "Over three days the team sat in on 30 meetings, heard from more than 110 people\n"
        "- tenants, traders and staff - and put more than 220 hours into the borough.\n"
    )
    assert _facts(text)["hours"] == 220
