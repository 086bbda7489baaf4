"""Document facts in further printed forms: a people count before "in interviews" is no count of meetings, a
review "carried out on site on <date>" named in a committee's minutes, and a title's months in brackets
"(APRIL TO DECEMBER 2024)" (invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_people_met_in_interviews_are_no_meetings() -> None:
    text = (
        "Finance Peer Challenge\nWyvern District Council\n\n"
        "The team read the council's papers and met over 45 people in interviews and workshops on site.\n"
    )
    facts = _facts(text)
    assert (facts["people"], facts["meetings"]) == (45, None)


def test_meetings_with_people_still_count_the_meetings() -> None:
    text = (
        "Corporate Peer Challenge\nWyvern District Council\n\n"
        "The peers held 32 meetings with more than 150 people during the visit.\n"
    )
    facts = _facts(text)
    assert (facts["people"], facts["meetings"]) == (150, 32)


def test_a_review_carried_out_on_site_on_a_day_in_minutes() -> None:
    text = (
        "# AMBRIDGE DISTRICT COUNCIL\n\n## SCRUTINY COMMITTEE MINUTES\n\n**Date:** Tuesday, 8 October 2024\n\n"
        "### 5. LGA CORPORATE PEER CHALLENGE – PROGRESS REVIEW\n\n"
        "The Committee noted the outcome of the progress review. The review had been carried out on site on "
        "12 June 2024 by two of the original peers.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 6, 12), D(2024, 6, 12))


def test_months_in_brackets_under_a_monitoring_reports_title() -> None:
    text = (
        "Borsetshire County Council\nReport to Cabinet – 11 February 2025\n"
        "QUARTER 3 REVENUE MONITORING 2024/25 (APRIL TO DECEMBER 2024)\n\n"
        "The council forecasts an overspend of £1.2m.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 4, 1), D(2024, 12, 31))
