"""A decision record's own date where its opening line gives the meeting's date before its body, day or month
first, or its first sentence says what the body did on that date; a quarter's months in brackets with a two-digit
year (invented texts, fictional councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


@pytest.mark.parametrize(
    "line",
    [
        "October 14, 2025 Cabinet (Key decision) Approved",
        "October 14th, 2025 – Executive",
        "14 October 2025 Cabinet",
        "Tuesday 14 October 2025, Policy and Resources Committee",
    ],
)
def test_a_record_opening_with_its_meetings_date_then_its_body(line: str) -> None:
    text = (
        "Peer Challenge: Progress Review Action Plan\n\n"
        f"{line}\n\n"
        "Purpose\n\nTo approve the action plan that answers the peer team's recommendations.\n"
    )
    assert _facts(text)["document_date"] == D(2025, 10, 14)


@pytest.mark.parametrize(
    "opening",
    [
        "On 9 September 2025, Cabinet:-",
        "On Tuesday 9 September 2025 the Council resolved to note the report.",
        "On September 9, 2025, the Executive agreed the budget principles.",
    ],
)
def test_a_record_whose_first_sentence_says_what_its_body_did_that_day(opening: str) -> None:
    text = (
        f"{opening}\n"
        "(i) Noted the forecast budget gap for 2026/27;\n"
        "(ii) Agreed the savings principles for the next three years.\n"
    )
    assert _facts(text)["document_date"] == D(2025, 9, 9)


def test_a_first_sentence_about_something_else_that_day_is_no_records_date() -> None:
    text = (
        "On 9 September 2025 the council welcomed four peers for a three-day visit.\n\n"
        "They met staff, partners and councillors across the borough.\n"
    )
    assert _facts(text)["document_date"] is None


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("Revenue Monitoring for Quarter 1 (Apr - June 24)", D(2024, 4, 1), D(2024, 6, 30)),
        ("Performance Report, Quarter 3 (Oct to Dec 23)", D(2023, 10, 1), D(2023, 12, 31)),
        ("Budget Monitoring, Quarter 4 (Jan - Mar 25)", D(2025, 1, 1), D(2025, 3, 31)),
        # ... or a title's months after a dash
        ("Corporate Plan Performance Update - July to September 2025", D(2025, 7, 1), D(2025, 9, 30)),
    ],
)
def test_a_quarters_months_in_brackets_with_a_two_digit_year(
    title: str, start: dt.date, end: dt.date
) -> None:
    text = f"Wyvern Council News\n\n{title} has been considered by the committee.\n\nServices must reduce spending.\n"
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (start, end)
