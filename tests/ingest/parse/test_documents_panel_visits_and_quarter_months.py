"""Documents: a meeting record on an assessment panel's visit, a team's hours likened to one person's weeks, the
previous challenge as "its last one, held in", a forecast "as at" a day after the year it is for, a quarter
named before its months, and a committee and its date apart by a middle dot (invented texts, fictional
councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_minute_on_a_panel_performance_assessment_is_dated_by_the_panels_visit() -> None:
    text = (
        "Tarnby City Council\nMinutes – Cabinet\nDate: Tuesday, 8 July 2025\n\n"
        "4. Panel Performance Assessment\n\n"
        "The panel was on site between 10 and 13 March 2025. It met 90 people.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "other"
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 3, 10), D(2025, 3, 13))
    assert facts["document_date"] == D(2025, 7, 8)


def test_hours_and_weeks_likened_to_the_same_as_one_persons_time() -> None:
    text = (
        "Feedback report: 4 – 7 March 2024\n\nThe peers heard from 150 people in 40 meetings. Altogether they "
        "put in some 300 hours, which is the same as one person spending 8 weeks in Tarnby.\n"
    )
    facts = _facts(text)
    assert (facts["hours"], facts["weeks_equivalent"]) == (300, 8)


def test_the_previous_challenge_as_its_last_one_held_in() -> None:
    text = (
        "Feedback report: 4 – 7 March 2024\n\nTarnby City Council asked the LGA to come back for a corporate "
        "peer challenge five years after its last one, held in June 2019.\n"
    )
    assert _facts(text)["previous_challenge"] == "2019-06"


def test_a_forecast_outturn_for_the_year_as_at_a_day() -> None:
    text = (
        "Wyvern District Council\nReport to the Executive\n\nSubject: 2025/26 Revenue Budget Monitoring\n\n"
        "Reason: To update the Executive on the forecast outturn for 2025/26 as at 31 August 2025.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (None, D(2025, 8, 31))


def test_a_quarter_named_before_its_months_and_a_committee_dated_after_a_middle_dot() -> None:
    text = (
        "# London Borough of Elmwick — Quarterly Performance Report\n\n"
        "**Resources Committee · 2 December 2024**\n**Period covered:** Quarter 2, July to September 2024\n\n"
        "## 1. Purpose\n\nThis report gives the quarter 2 position.\n"
    )
    facts = _facts(text)
    assert (facts["period_start"], facts["period_end"]) == (D(2024, 7, 1), D(2024, 9, 30))
    assert facts["document_date"] == D(2024, 12, 2)
