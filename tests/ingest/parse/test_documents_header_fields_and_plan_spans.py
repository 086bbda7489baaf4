"""Document facts from header lines with several fields ('**Feedback report** · On-site: ... · Published ...',
'On site: ... | Report issued: ...', '... · Report to the Executive, <date>'), an 'Onsite <days>' line without a
colon, a 'Return visit:' field, a monitoring period's number with its last day, a plan's span of years (no
report period) and a fire authority named in capitals (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_feedback_header_in_emphasis_with_on_site_and_published_fields() -> None:
    text = (
        "# Wyvern District Council — Corporate Peer Challenge\n\n"
        "**Feedback report** · On-site: 3rd to 5th June 2025 · Published 24 July 2025\n\n"
        "## Executive summary\n\nThe council is ambitious.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 6, 3), D(2025, 6, 5))
    assert facts["document_date"] == D(2025, 7, 24)


def test_an_onsite_line_without_a_colon_heads_a_peer_report() -> None:
    text = (
        "Wyvern District Council\nCorporate Peer Challenge: findings and recommendations\n"
        "Onsite Tuesday 3 June to Thursday 5 June 2025\n\nWHAT WE FOUND\n\nThe council is ambitious.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 6, 3), D(2025, 6, 5))


def test_a_return_visit_field_heads_a_progress_review() -> None:
    text = (
        "Wyvern District Council\nLGA Corporate Peer Challenge – Progress Review\nReturn visit: 9 July 2025\n\n"
        "Introduction\n\nThe original challenge ran from 4 to 6 November 2024.\n"
    )
    assert _facts(text)["doc_type"] == "progress_review"


def test_report_issued_after_another_field_on_the_header_line() -> None:
    text = (
        "Local Government Association\nFINANCE PEER CHALLENGE\nTarnby City Council\n"
        "On site: 4–6 March 2024 | Report issued: 17 May 2024\n\n1. Background\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "finance_peer_challenge"
    assert facts["document_date"] == D(2024, 5, 17)


def test_the_meeting_after_the_period_on_a_performance_reports_header_line() -> None:
    text = (
        "# Wyvern District Council\n## Corporate Performance Dashboard — Quarter 2, 2025/26\n\n"
        "*Period covered: 1 July to 30 September 2025 · Report to the Executive, 3 November 2025*\n\n"
        "Most measures are on target.\n"
    )
    facts = _facts(text)
    assert (facts["period_end"], facts["document_date"]) == (D(2025, 9, 30), D(2025, 11, 3))


def test_a_monitoring_periods_number_with_its_last_day() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL\nCabinet, 14 November 2024\n\nBudget Forecast 2024/25 at Period 6 (September)\n\n"
        "1.1 This report sets out the forecast revenue outturn for the General Fund for 2024/25 as at the end of "
        "period 6 (30 September 2024), and the savings.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, D(2024, 9, 30))


def test_a_plans_span_of_years_is_no_report_period() -> None:
    text = (
        "Wyvern District Council\nMedium Term Financial Strategy\n\n"
        "The strategy sets the budget for the period 1 April 2024 to 31 March 2028, with savings each year.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, None)


def test_a_fire_authority_named_in_capitals_is_the_reports_council() -> None:
    text = (
        "ROYAL WESSEX FIRE AUTHORITY\nManagement Committee – 5 February 2025\n"
        "Item 7: Revenue Monitoring, Quarter 3 2024/25\n\nThe Authority forecasts a small overspend.\n"
    )
    assert _facts(text)["council"] == "Royal Wessex Fire Authority"
