"""A meeting's date after a label printed in two languages ("Dyddiad y Cyfarfod / Date of Meeting: ..."), written
out or in figures; a report's period end after a dash or colon before "as at" in its title ("... REPORT - AS AT
30 JUNE 2025") (invented texts, fictional councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Dyddiad y Cyfarfod / Date of Meeting:   9 September 2025", dt.date(2025, 9, 9)),
        ("Dyddiad / Date: 03/02/2026", dt.date(2026, 2, 3)),
    ],
)
def test_a_meeting_date_after_its_label_in_two_languages(label: str, expected: dt.date) -> None:
    text = (
        "CYNGOR SIR FFENBI / FENBY COUNTY COUNCIL\n\n"
        "Adroddiad i / Report to:   Bwrdd Gweithredol / Executive Board\n"
        f"{label}\n"
        "Pwnc / Subject:            Treasury Management Update\n\n"
        "1. Purpose\n\n1.1 To update the board on borrowing.\n"
    )
    assert _facts(text)["document_date"] == expected


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Subject:   BUDGET MONITORING REPORT - AS AT 31 AUGUST 2025", dt.date(2025, 8, 31)),
        ("Revenue Monitoring Update: as at 30 November 2025", dt.date(2025, 11, 30)),
    ],
)
def test_a_period_end_after_a_dash_or_colon_before_as_at(subject: str, expected: dt.date) -> None:
    text = (
        "ASHDOWN VALE BOROUGH COUNCIL\n\nRESOURCES COMMITTEE\n21 October 2025\n\n"
        f"{subject}\n\n1. PURPOSE OF REPORT\n\n1.1 To report the forecast outturn for the year.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, expected)
