"""A report's period and date printed apart from its title (invented texts, fictional councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _period(text: str) -> tuple:
    facts = parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]
    return facts["period_start"], facts["period_end"], facts["document_date"]


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # the quarter's months printed at a later mention of the same quarter
        (
            "Title:  Budget Monitoring – Quarter 3 2023-24\n\nThis report covers the third quarter of 2023-24 "
            "(October to December 2023).",
            D(2023, 10, 1),
            D(2023, 12, 31),
        ),
        # the months after a quarter that follows its year
        (
            "Wyvern Finance Report 2024-25: Quarter 2 (July to September 2024)\n\nSpend is on track.",
            D(2024, 7, 1),
            D(2024, 9, 30),
        ),
        # a report as at a day, over the year its forecast outturn is for
        (
            "REPORT TITLE:\tRevenue Position as at 30th September 2022\n\nThe forecast outturn for the 2022-23 "
            "financial year is an overspend.",
            None,
            D(2022, 9, 30),
        ),
        (
            "Wyvern Council\n\nRevenue Monitoring: Position at 31 December 2024\n\nA small overspend.",
            None,
            D(2024, 12, 31),
        ),
        (
            "Performance Report: Quarter 1, 2025/26\n\nThis report covers the first quarter of 2025/26, covering "
            "April to June 2025.",
            D(2025, 4, 1),
            D(2025, 6, 30),
        ),
        (
            "Ambridge Council\n\nTitle: Performance Report - Quarter 2 2024/25\n\nPurpose: to report on the key "
            "measures for the period July to September 2024.",
            D(2024, 7, 1),
            D(2024, 9, 30),
        ),
        (
            "Ambridge Council\n\nCorporate Performance Report - Year End 2024/25\n\nIt covers the final quarter "
            "of 2024/25 (January to March 2025) and the year as a whole.",
            D(2025, 1, 1),
            D(2025, 3, 31),
        ),
    ],
)
def test_reporting_period_printed_apart_from_the_title(text: str, start: D | None, end: D) -> None:
    assert _period(text)[:2] == (start, end)


def test_the_months_printed_after_another_quarter_are_not_the_reports() -> None:
    text = "Budget Monitoring: Quarter 2 2024/25\n\nSpend is compared with 2023/24 Quarter 4 (January to March 2024)."
    assert _period(text)[:2] == (None, D(2024, 9, 30))


def test_a_meeting_date_alone_on_its_line_in_capitals() -> None:
    text = "WYVERN DISTRICT COUNCIL\n\nCABINET\n14 OCTOBER 2025\n\n# QUARTER 2 PERFORMANCE REPORT\n"
    assert _period(text)[2] == D(2025, 10, 14)
