"""Documents: a team's engagement counted in words ("forty-one meetings", "one hundred and ten people"), visit days
"on 4 and 5 May", a quarter after a title's colon ("2025/26 Budget Monitoring: Quarter 3"), a report on "the
period to" a day and a financial year's year-end report (invented texts, fictional councils)."""

import datetime as dt

import polars as pl
import pytest

from ingest.parse.documents import parse_documents
from ingest.parse.spelled_counts import spelled_value
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


@pytest.mark.parametrize(
    ("words", "value"),
    [("nine", 9), ("Sixteen", 16), ("thirty", 30), ("forty-one", 41), ("one hundred", 100)]
    + [("two hundred and five", 205), ("three hundred and sixty-two", 362), ("four hundred twelve", 412)],
)
def test_a_spelled_count_has_its_value(words: str, value: int) -> None:
    assert pl.select(spelled_value(pl.lit(words))).item() == value


def test_people_meetings_hours_and_weeks_counted_in_words() -> None:
    text = (
        "Corporate Peer Challenge\nWexcombe Borough Council\n\n"
        "During three days on site the peers took part in forty-one meetings and spoke to more than one hundred "
        "and ten people. In all the team spent over one hundred and eighty hours with the council, the "
        "equivalent of one person spending five weeks in Wexcombe.\n"
    )
    facts = _facts(text)
    counts = tuple(facts[field] for field in ("people", "meetings", "hours", "weeks_equivalent"))
    assert counts == (110, 41, 180, 5)


def test_visit_days_on_two_days_joined_by_and() -> None:
    text = (
        "Tarnby City Council – News\n\n"
        "A team of three peers came back to Tarnby on 4 and 5 May 2025 for a progress review of the peer "
        "challenge held last autumn.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 5, 4), D(2025, 5, 5))


def test_a_quarter_after_the_colon_of_a_title_that_names_the_year() -> None:
    text = (
        "Tarnby City Council\n\nCabinet – 3 February 2026\n\n2025/26 Revenue Budget Monitoring: Quarter 3\n"
    )
    assert _facts(text)["period_end"] == D(2025, 12, 31)


def test_a_monitoring_report_for_the_period_to_a_day() -> None:
    text = (
        "Wexcombe Borough Council\n\nGENERAL FUND MONITORING REPORT\n\n"
        "To update the Executive on spending against the revenue budget for the period to 31 October 2024\n"
        "(month 7) and the forecast outturn for 2024/25.\n"
    )
    assert _facts(text)["period_end"] == D(2024, 10, 31)


def test_a_year_end_report_on_a_financial_year_ends_with_it() -> None:
    text = (
        "Fenby District Council\n\nExecutive, 9 July 2025\n\n"
        "Item 6: Capital Programme 2024/25 – Year-End Report\n\n"
        "The programme spent £14.2m of its £17.0m budget.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, D(2025, 3, 31))
