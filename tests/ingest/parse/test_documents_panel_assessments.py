"""Documents: a Welsh Panel Performance Assessment's own letter is a peer report (its visit is the period; the
words count in the title lines only: a council's self-assessment that names its coming assessment is none), and the
panel is the team whose engagement counts; an assessment panel's report headed by its visit ("Panel visit:",
"On-site assessment:") is one where its panel is of peers (invented texts, fictional councils)."""

import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date

LETTER = (
    "Tarnby City Council\nPanel Performance Assessment\n\nDate: 3 March 2026\n\nDear Mr Oakhurst,\n\n"
    "Panel Performance Assessment of Tarnby City Council,\n2 - 5 December 2025\n\n"
    "1. We thank the council for hosting the panel. Before the visit we read its Annual Performance Report "
    "for 2024/25.\n\n"
    "2. Across the four days the panel attended 27 sessions and heard from more than\n95 people, including "
    "staff and partners.\n"
)


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_panel_performance_assessment_letter_is_a_peer_challenge_dated_by_its_visit() -> None:
    facts = _facts(LETTER)
    assert facts["doc_type"] == "peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == (D(2025, 12, 2), D(2025, 12, 5))


def test_the_panels_sessions_and_the_people_it_heard_from() -> None:
    facts = _facts(LETTER)
    assert (facts["people"], facts["meetings"]) == (95, 27)


def test_a_councils_own_report_on_its_panel_performance_assessment_is_other() -> None:
    text = (
        "Tarnby City Council\nReport to: Cabinet\nDate: 14 April 2026\n\n"
        "Panel Performance Assessment - Response\n\n1. Purpose of the report\n\n"
        "The panel heard from more than 95 people during its visit in December 2025.\n"
    )
    assert _facts(text)["doc_type"] == "other"


def test_a_councils_self_assessment_naming_its_coming_panel_assessment_is_a_performance_report() -> None:
    text = (
        "Tarnby City Council\nAnnual Performance Report 2024/25\n\n1. Introduction\n\n"
        "This self-assessment sets out how well the council met its performance requirements in 2024/25. "
        "Our Panel Performance Assessment will take place in the autumn of 2026.\n"
    )
    assert _facts(text)["doc_type"] == "performance_report"


def test_a_scrutiny_panels_meetings_in_a_councils_report_are_no_engagement() -> None:
    text = (
        "Tarnby City Council\nReport to: Cabinet\n\nScrutiny review of bus services\n\n"
        "Over six months the panel held 9 sessions and heard from more than 240 residents.\n"
    )
    facts = _facts(text)
    assert (facts["people"], facts["meetings"]) == (None, None)


@pytest.mark.parametrize(
    ("header", "panel", "visit"),
    [
        (
            "Panel visit: 3 – 6 March 2025",
            "The panel of peers was made up of five members.",
            (D(2025, 3, 3), D(2025, 3, 6)),
        ),
        (
            "On-site assessment: 10 to 13 November 2025",
            "A panel of four peers spent four days with the council.",
            (D(2025, 11, 10), D(2025, 11, 13)),
        ),
    ],
)
def test_an_assessment_panels_report_headed_by_its_visit_is_a_peer_challenge(
    header: str, panel: str, visit: tuple
) -> None:
    text = (
        f"Tarnby County Borough Council\nAssessment report\n\n{header}\n\n{panel}\n\n"
        "Key findings\n\nThe council has a clear sense of its priorities.\n"
    )
    facts = _facts(text)
    assert facts["doc_type"] == "peer_challenge"
    assert (facts["period_start"], facts["period_end"]) == visit


def test_a_panels_site_visit_without_peers_is_other() -> None:
    text = (
        "Tarnby County Borough Council\nPlanning applications\n\nPanel visit: 3 March 2025\n\n"
        "The panel of councillors viewed the site of the proposed homes on Mill Lane.\n"
    )
    assert _facts(text)["doc_type"] == "other"
