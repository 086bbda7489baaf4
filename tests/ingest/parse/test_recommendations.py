import pytest

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs

HEAD = (
    "Corporate Peer Challenge Tarnby City Council\n\n2. Key recommendations\n\nThe peer team recommends:\n\n"
)
TAIL = "\n\n3. Summary of the Peer Challenge approach\n\nThe peer team\n\n1. Not a recommendation at all.\n"


def _recs(body: str) -> list[dict]:
    return parse_recommendations(make_docs(HEAD + body + TAIL)).collect().to_dicts()


@pytest.mark.parametrize(
    "template",
    ["{n}. {text}", "{n}) {text}", "- {n}. {text}", "({n}) {text}", "**{n}.** {text}"],
)
def test_numbering_styles(template: str) -> None:
    body = "\n".join(
        template.format(n=n, text=f"Review the plan for area {n}. Then report.") for n in (1, 2, 3)
    )
    recs = _recs(body)
    assert [r["number"] for r in recs] == [1, 2, 3]
    assert recs[1]["title"] == "Review the plan for area 2."


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("**Agree a single plan for the place.**", "Agree a single plan for the place."),
        ("*Agree a single plan for the place.*", "Agree a single plan for the place."),
        ("***Agree a single plan for the place.***", "Agree a single plan for the place."),
        ("**Agree a single plan for the place**", "Agree a single plan for the place"),
    ],
)
def test_emphasised_lead_sentence_is_the_title(lead: str, expected: str) -> None:
    recs = _recs(f"1. {lead} It should be owned by cabinet and reviewed each year.")
    assert recs[0]["title"] == expected


def test_without_emphasis_the_first_sentence_is_the_title() -> None:
    recs = _recs("1. The authority should rebase the social care budget. This needs cabinet approval.")
    assert recs[0]["title"] == "The authority should rebase the social care budget."


def test_bullets_count_as_sub_actions_even_when_the_list_indentation_breaks() -> None:
    body = (
        "1. **Grip the budget.** In doing so it should:\n"
        "   - review placements\n   - report monthly\n\n"
        "- agree a recovery plan with partners\n"
        "2. **Refresh the vision.** Work with partners.\n"
    )
    recs = _recs(body)
    assert [(r["number"], r["sub_actions"]) for r in recs] == [(1, 3), (2, 0)]


def test_numbered_lists_outside_the_recommendations_section_are_ignored() -> None:
    recs = _recs("1. **Grip the budget.**\n2. **Refresh the vision.**")
    assert len(recs) == 2


def test_a_report_without_a_recommendations_section_has_none() -> None:
    text = "Corporate Performance Report\n\n1. Summary\n\n**1.1.** This report sets out performance.\n"
    assert parse_recommendations(make_docs(text)).collect().height == 0


def test_provenance_offset_points_at_the_item() -> None:
    docs = make_docs(HEAD + "1. **Grip the budget.** Now.\n" + TAIL)
    rec = parse_recommendations(docs).collect().to_dicts()[0]
    text = docs.collect()["text"][0]
    assert text[rec["char_offset"] :].startswith("1. **Grip the budget.**")
