"""A monitoring period's number with the day it ends ("Period 4 (to 25 July 2025)": a four-weekly period ends on
the day printed, not at its month's end) and expenditure and income to a day (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _period(text: str) -> tuple:
    facts = parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]
    return facts["period_start"], facts["period_end"]


def test_a_numbered_period_ends_on_the_day_printed_with_it() -> None:
    text = (
        "BRAEMUIR COUNCIL\n\nReport to: Finance Committee\n\n"
        "Subject: Revenue Budget 2025/26 – Position at Period 4 (to 25 July 2025)\n\n"
        "1.1 The report sets out the projected position.\n"
    )
    assert _period(text) == (None, D(2025, 7, 25))


def test_a_numbered_period_with_its_month_alone_ends_at_the_month_end() -> None:
    text = (
        "BRAEMUIR COUNCIL\n\nSubject: Revenue Budget 2025/26 – Period 4 (July 2025)\n\n"
        "1.1 The report sets out the projected position.\n"
    )
    assert _period(text) == (None, D(2025, 7, 31))


def test_expenditure_and_income_to_a_day_ends_the_period() -> None:
    text = (
        "# Braemuir Council\n\n## Subject: General Fund Revenue Budget 2025/26 – Period 8 Monitoring\n\n"
        "1.1 This report gives the projected outturn, based on expenditure and income to 14 November 2025.\n"
    )
    assert _period(text) == (None, D(2025, 11, 14))
