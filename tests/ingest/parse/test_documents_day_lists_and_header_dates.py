"""Visit and report dates in further printed forms: a list of days, a header table's report date, a reporting
period in brackets under the title (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_visit_days_printed_as_a_list() -> None:
    text = (
        "                    Corporate Peer Challenge\n                    Wyvern District Council\n"
        "                    3rd, 4th and 5th June 2025\n\n"
        "1. Summary\n\nThe peers found a council that knows its place well.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 6, 3), D(2025, 6, 5))


def test_report_date_in_a_peer_reports_header_table() -> None:
    text = (
        "# Finance Peer Challenge: Borsetshire County Council\n\n*Feedback report*\n\n| | |\n|---|---|\n"
        "| On site | Monday 3 to Wednesday 5 March 2025 |\n| Report date | 22 April 2025 |\n\n"
        "## 1. Why the council asked for this review\n\nThe council asked the LGA for a finance peer challenge.\n"
    )
    facts = _facts(text)
    assert facts["document_date"] == D(2025, 4, 22)
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 3, 3), D(2025, 3, 5))


def test_reporting_period_in_brackets_under_the_title() -> None:
    text = (
        "AMBRIDGE DISTRICT COUNCIL                                   Cabinet 14 November 2024\n\n"
        "REVENUE BUDGET MONITORING – PERIOD 6\n(1 APRIL TO 30 SEPTEMBER 2024)\n\n"
        "1. Purpose\n\nThis report sets out the forecast position for the year.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 4, 1), D(2024, 9, 30))
