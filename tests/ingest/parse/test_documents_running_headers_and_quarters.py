"""Documents: a quarter's performance report named in its title, a meeting date in the right-hand column of a
running header, a quarter named after 'at', and a visit dated by the days a team spent (invented texts,
fictional councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


@pytest.mark.parametrize(
    "title",
    [
        "CORPORATE PLAN PERFORMANCE: QUARTER 1 2024/25 (APRIL – JUNE 2024)",
        "Portfolio Performance and Risk – Q3 2023/24",
    ],
)
def test_a_quarters_performance_report_named_in_its_title(title: str) -> None:
    text = f"Wexcombe Borough Council\n\n{title}\n\n1. Summary\n\nTwelve measures are reported.\n"
    assert _facts(text)["doc_type"] == "performance_report"


def test_a_budget_reports_financial_performance_in_a_quarter_is_no_performance_report() -> None:
    text = "Wexcombe Borough Council\n\nFinancial Performance 2024-25 – Position at Quarter 2\n\n1. Purpose\n"
    assert _facts(text)["doc_type"] == "other"


def test_a_meeting_date_in_the_right_hand_column_of_the_running_header() -> None:
    text = (
        "Wexcombe Borough Council                            Cabinet – 11 March 2025\n\nBudget Monitoring\n"
    )
    assert _facts(text)["document_date"] == D(2025, 3, 11)


def test_a_quarter_named_after_at_and_its_months_printed_as_days() -> None:
    text = (
        "Wexcombe Borough Council\n\nRevenue Monitoring 2025-26: Forecast Outturn at Quarter 2\n\n"
        "This report sets out the forecast for the six months from 1 April to 30 September 2025.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 4, 1), D(2025, 9, 30))


def test_a_council_pages_visit_dated_by_the_days_the_team_spent() -> None:
    text = (
        "# Our Corporate Peer Challenge\n\n## What happened\n\n"
        "From **3 to 5 June 2024** a team of councillors and officers from other councils spent three days "
        "with us at the Guildhall.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 6, 3), D(2024, 6, 5))
