"""Documents: a forecast over- or underspend "as at" a day or a month, an outturn title's two-digit year, a
report's "Date to <body>" label, a quarter's months printed before its year at a later mention, and an issue
page's meeting with no record under it, or the one whose item repeats the page's title (invented texts, fictional
councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The projected revenue overspend stood at £2.315m as at October 2021.", D(2021, 10, 31)),
        (
            "Wyvern is projecting a net underspend of £0.8m (was £1.2m) as at 31 August 2019, a small gain.",
            D(2019, 8, 31),
        ),
    ],
)
def test_a_forecast_over_or_underspend_as_at_a_month_or_a_day(sentence: str, expected: dt.date) -> None:
    text = f"Agenda item\n\nThe Resources Panel received the revenue monitoring report.\n\n{sentence}\n"
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, expected)


def test_a_date_to_label_with_its_body_as_an_acronym_in_a_flattened_header() -> None:
    text = (
        "1 Senior Leadership Team Date to SLT 14 March 2019 Title February Budget Monitor Author A Person "
        "Purpose of report This report presents the revenue position of Wyvern District Council.\n"
    )
    assert _facts(text)["document_date"] == D(2019, 3, 14)


def test_a_quarters_months_printed_before_its_year_at_a_later_mention() -> None:
    text = (
        "Issue - meetings\n\nQuarterly Performance Report (Q3 2020/21)\n\nMeeting: 11/02/2021 - Executive (Item 6)\n\n"
        "A report was submitted on the performance of Wyvern District Council for Quarter 3 (October to "
        "December) of 2020/21.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2020, 10, 1), D(2020, 12, 31))


def test_an_issue_pages_meeting_with_no_record_under_it_gives_way_to_the_next() -> None:
    text = (
        "Issue - meetings\n\nBudget Monitoring Report 2021-22 Quarter 3\n\n"
        "Meeting: 08/02/2022 - Audit Committee (Item 7.)\n\n7. Budget Monitoring Report 2021-22 Quarter 3 PDF 90 KB\n\n"
        "Additional documents:\n\nMeeting: 14/10/2021 - Audit Committee (Item 4)\n\n"
        "4 Budget Monitoring Report 2021-22 (Quarter 1) PDF 88 KB\n\n"
        "The Committee noted the report on the first quarter's spending against the budget of Wyvern District "
        "Council.\n"
    )
    assert _facts(text)["document_date"] == D(2021, 10, 14)


def test_an_outturn_title_with_its_year_in_two_digits_ends_that_year() -> None:
    text = (
        "Issue - meetings\n\nGeneral Fund Outturn 23/24 and Reserves Review\n\nMeeting: 09/07/2024 - Cabinet (Item 5)\n\n"
        "That Cabinet noted the provisional outturn of Wyvern District Council.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, D(2024, 3, 31))


@pytest.mark.parametrize(
    "sentence",
    [
        "Wyvern is forecasting an overspend of £2.1m, which would reduce the General Fund balance as at 31 March "
        "2026 to £9.8m.",
        "The forecast outturn variance as at 31 March 2026 is an overspend of £3.2m.",
        "The forecast overspend will be met from the risk reserve, which stood at £4m as at 1 April 2025.",
    ],
)
def test_a_balance_or_a_year_end_as_at_a_date_beside_a_forecast_is_no_period_end(sentence: str) -> None:
    text = f"Agenda item\n\nThe Resources Panel received the revenue monitoring report.\n\n{sentence}\n"
    assert _facts(text)["period_end"] not in (D(2026, 3, 31), D(2025, 4, 1))


def test_a_monitoring_month_says_the_period_before_a_figures_as_at() -> None:
    text = (
        "Revenue Budget Monitoring – Month 6 (September 2025)\n\n"
        "The council is projecting an overspend of £2.1m as at 31 August 2025, down from month 4.\n"
    )
    assert _facts(text)["period_end"] == D(2025, 9, 30)


@pytest.mark.parametrize(
    "line",
    ["Service   Budget 25/26   Forecast Outturn 25/26   Variance", "Revenue outturn summary   Page 12/13"],
)
def test_a_forecast_column_heading_or_a_page_footer_is_no_outturn_title(line: str) -> None:
    text = f"Wyvern District Council\n\n{line}\n\nThe Cabinet noted the position.\n"
    assert _facts(text)["period_end"] not in (D(2026, 3, 31), D(2013, 3, 31))


def test_an_issue_pages_meeting_with_numbered_resolutions_under_it_keeps_its_date() -> None:
    text = (
        "Issue - meetings\n\nRevenue Budget Monitoring\n\nMeeting: 12/03/2026 - Cabinet (Item 7)\n\n"
        "7. Revenue Budget Monitoring Report\n\n1. That the forecast overspend of £2.1m be noted.\n\n"
        "2. That the use of reserves be approved.\n\nMeeting: 20/02/2026 - Scrutiny Committee (Item 5)\n\n"
        "5 Revenue Budget Monitoring Report\n"
    )
    assert _facts(text)["document_date"] == D(2026, 3, 12)


def test_an_issue_pages_date_is_the_meeting_whose_item_repeats_its_title() -> None:
    text = (
        "Issue - meetings\n\nQuarter 2 Revenue Spending 2030/31\n\n"
        "Meeting: 19/12/2030 - Full Council (Item 41)\n\n41 Revised Capital Programme (Minute EX 30 refers) PDF 60 KB\n\n"
        "Minutes:\n\nThe Council approved Wyvern District Council’s revised capital programme.\n\n"
        "Meeting: 28/11/2030 - Executive (Item 30)\n\n30 Quarter 2 Revenue Spending 2030/31 PDF 120 KB\n\n"
        "Minutes:\n\nThe Executive noted spending against the revenue budget to 30 September 2030.\n"
    )
    assert _facts(text)["document_date"] == D(2030, 11, 28)
