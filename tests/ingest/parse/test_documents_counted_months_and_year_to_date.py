"""Document facts: the months counted before the days a report covers, a financial year "to <day>", a budget
monitoring report titled by its financial performance, and a monitoring month printed with its name but no year
("Period 9 (December)"), in the one financial year the text names (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_the_months_counted_before_the_days_a_report_covers() -> None:
    text = (
        "# Wyvern District Council\n\n## Revenue Monitoring 2025/26 – Period 9\n\n"
        "1.1 To set out the forecast position, based on spending for the nine months from 1 April to "
        "31 December 2025 (Period 9).\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 4, 1), D(2025, 12, 31))


def test_a_financial_year_to_a_day_ends_there() -> None:
    text = (
        "BORSETSHIRE COUNTY COUNCIL\n\nREVENUE MONITORING AS AT MONTH 8 2025/26\n\n"
        "1.1  To report spending against the budget for the first eight months of 2025/26, to 30 November 2025.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, D(2025, 11, 30))


def test_a_report_titled_by_its_financial_performance_is_no_performance_report() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL\n\nCABINET\n\nFINANCIAL PERFORMANCE MONITORING: QUARTER 3\n\n"
        "1.1  The General Fund is forecast to overspend by £1.2m.\n"
    )
    assert _facts(text)["doc_type"] == "other"


def test_a_named_monitoring_month_without_a_year_ends_in_the_one_year_the_text_names() -> None:
    text = (
        "Borsetshire County Council\n\nAgenda item\n\nBUDGET MONITORING: PERIOD 9 (DECEMBER)\n\n"
        "Resolved:\n\n(1) noted the forecast position of the revenue budget at period 9;\n\n"
        "(2) noted a grant of £0.4m received in 2026/27 for school transport.\n"
    )
    assert _facts(text)["period_end"] == D(2026, 12, 31)


def test_a_named_monitoring_month_says_no_period_where_the_text_names_two_years() -> None:
    text = (
        "Borsetshire County Council\n\nAgenda item\n\nBUDGET MONITORING: PERIOD 9 (DECEMBER)\n\n"
        "Resolved:\n\n(1) noted the forecast position for 2026/27 and the draft budget for 2027/28.\n"
    )
    assert _facts(text)["period_end"] is None


def test_a_named_monitoring_month_ends_no_later_than_the_reports_own_date() -> None:
    text = (
        "Borsetshire County Council\n\nCabinet 10 December 2025\n\nBudget Monitoring: Month 7 (October)\n\n"
        "The report also sets out the draft budget proposals for 2026/27.\n"
    )
    assert _facts(text)["period_end"] is None
