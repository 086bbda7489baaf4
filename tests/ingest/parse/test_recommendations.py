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


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_numbered_list_after_an_introducing_sentence() -> None:
    text = (
        "Minutes\n\nThe following were the peer team's key recommendations to the Council:\n\n"
        "    1. Review the corporate plan and align the structure.\n"
        "    2. invest in member training; ensure all members attend\n"
    )
    assert _listed(text) == [
        (1, "Review the corporate plan and align the structure.", 0),
        (2, "invest in member training; ensure all members attend", 0),
    ]


def test_lettered_recommendations_are_numbered_by_order() -> None:
    text = (
        "The review group had made 3 key recommendations:\n\n"
        "a)       Develop the place strategy for the wider district;\n\n"
        "b)       Invest in the ICT infrastructure;\n\n"
        "c)       Prepare a sound Local Plan, in a timely way.\n\n"
        "Further details were set out in the report."
    )
    assert _listed(text) == [
        (1, "Develop the place strategy for the wider district", 0),
        (2, "Invest in the ICT infrastructure", 0),
        (3, "Prepare a sound Local Plan, in a timely way.", 0),
    ]


def test_bulleted_recommendations_are_numbered_by_order_with_nested_sub_actions() -> None:
    text = (
        "The Progress Review focused on each of the recommendations from the Corporate Peer Challenge:\n"
        "- Keep up the good work! – there is clear momentum\n"
        "- Refresh the workforce strategy. Start with pay.\n"
        "    - agree a timetable\n"
        "    - consult the unions\n"
        "- Publish the staff survey findings\n"
        "3. Progress Review - Feedback\n"
        "- not a recommendation\n"
    )
    assert _listed(text) == [
        (1, "Keep up the good work!", 0),
        (2, "Refresh the workforce strategy.", 2),
        (3, "Publish the staff survey findings", 0),
    ]


def test_unnumbered_bullets_introduced_on_a_council_page() -> None:
    text = (
        "The team reviewed progress with the recommendations it had made in May, which included:\n\n"
        "  • Making the most of the market town's heritage.\n"
        "  • Working with the combined authority on transport.\n\n"
        "The report also highlights that:\n\n  • Staff are proud of the borough.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Making the most of the market town's heritage."),
        (2, "Working with the combined authority on transport."),
    ]


def test_bullets_under_a_recommendations_heading() -> None:
    text = "## Key recommendations\n\n- **Grip the budget.** Monthly.\n- Refresh the vision.\n\n## Next steps\n\n- Agree a plan"
    assert _listed(text) == [(1, "Grip the budget.", 0), (2, "Refresh the vision.", 0)]


def test_recommendation_n_items() -> None:
    text = (
        "Key recommendations\n\nRecommendation 1: Agree a single vision for the place.\n"
        "**Recommendation 2** – Strengthen scrutiny. It needs members.\n"
    )
    assert _listed(text) == [(1, "Agree a single vision for the place.", 0), (2, "Strengthen scrutiny.", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "The review focused on each of the recommendations from the CPC, under the following themed headings:\n"
        "- Finance\n- Governance\n",
        "The review considered the ten recommendations under the following theme headings:\n- Finance and growth\n",
        "Recommendations\n\n1. That Cabinet notes the report.\n2. That Cabinet approves the plan.\n",
        "Reasons for Recommendation(s):\n\n- To monitor performance.\n",
        "Our peer review focused on five key areas:\n\n- Governance and culture\n- Financial planning\n",
        "Decision:\n\n(1)  To approve the draft action plan.\n\n(2)  To agree a follow up visit.\n",
    ],
)
def test_lists_that_are_not_the_peers_recommendations(text: str) -> None:
    assert _listed(text) == []


def test_a_tight_list_of_short_numbered_items_is_not_a_run_of_headings() -> None:
    text = "We recommend the council:\n1. Invest in ICT\n2. Grow the economy\n3. Review governance\n\n4. Feedback\n"
    assert [r[:2] for r in _listed(text)] == [
        (1, "Invest in ICT"),
        (2, "Grow the economy"),
        (3, "Review governance"),
    ]


def test_short_numbered_items_separated_by_blank_lines_are_items_not_headings() -> None:
    text = (
        "1. Summary\n\nThe council is doing well.\n\n2. Key recommendations\n\nThe peers recommend:\n\n"
        "1. Agree fewer priorities\n\n2. Refresh the financial plan\n\n3. Grow the programme team\n\n"
        "3. The peer team\n\nSome text."
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree fewer priorities"),
        (2, "Refresh the financial plan"),
        (3, "Grow the programme team"),
    ]


@pytest.mark.parametrize("template", ["({r}) {text}", "{r}) {text}", "{r}. {text}", "{R}) {text}"])
def test_roman_numeral_items(template: str) -> None:
    numerals = ["i", "ii", "iii", "iv", "v"]
    body = "\n\n".join(
        template.format(r=r, R=r.upper(), text=f"Review the plan for area {n}.")
        for n, r in enumerate(numerals, start=1)
    )
    assert [r[:2] for r in _listed(f"The peer team made five recommendations:\n\n{body}\n")] == [
        (n, f"Review the plan for area {n}.") for n in range(1, 6)
    ]


def test_a_lone_i_in_a_lettered_list_is_the_ninth_letter() -> None:
    body = "\n".join(f"{c}) Review area {n}." for n, c in enumerate("abcdefghi", start=1))
    assert [r[0] for r in _listed(f"Key recommendations\n\n{body}\n")] == list(range(1, 10))


def test_recommendation_n_lines_through_the_sections_without_a_heading() -> None:
    text = (
        "2. Finance\n\nThe budget is balanced.\n\nRecommendation 1: Close the gap for later years.\n"
        "- agree savings\n- track them\n\n3. Capacity\n\nThe team is small.\n\n"
        "Recommendation 2 – Create a programme office.\n\nRecommendation 1: Close the gap for later years.\n"
    )
    assert _listed(text) == [(1, "Close the gap for later years.", 2), (2, "Create a programme office.", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Recommendation 3 of the peer challenge has been met.\n",
        "Recommendation 4: Improve the website.\n\nRecommendation 5: Grow the team.\n",
        "Recommendation 1: That Cabinet notes the report.\n",
    ],
)
def test_recommendation_n_lines_that_are_not_the_peers_list(text: str) -> None:
    assert _listed(text) == []


@pytest.mark.parametrize("mark", ["–", "—", "▪", "○", "■", "➢", "✓"])
def test_bullets_with_other_marks(mark: str) -> None:
    text = f"Key recommendations\n\n{mark} Grip the budget.\n{mark} Refresh the vision.\n\nNext steps\n"
    assert _listed(text) == [(1, "Grip the budget.", 0), (2, "Refresh the vision.", 0)]


@pytest.mark.parametrize(
    "intro",
    [
        "4.1  That Council approves:",
        "That Cabinet:",
        "Cabinet is recommended to:",
        "Members are asked to agree:",
        "The Executive is asked to:",
        "The Audit and Governance Committee is recommended to:",
        "The Mayor in Cabinet is recommended to:",
        "It is recommended that the Leader in Cabinet:",
        "The Mayor in Cabinet approves:",
    ],
)
def test_a_list_under_the_councils_own_resolution_is_no_peer_recommendation(intro: str) -> None:
    text = (
        "Wyvern District Council\n\nBudget and Medium Term Financial Strategy\n\n4.  RECOMMENDATIONS\n\n"
        f"{intro}\n     (a) the net revenue budget for 2025/26 of £14.1m;\n     (b) the capital programme at Appendix 3.\n"
        "\n5.  BACKGROUND\n\nThe peer challenge of 2023 asked the council to plan further ahead.\n"
    )
    assert parse_recommendations(make_docs(text)).collect().height == 0


def test_a_list_introduced_by_the_peers_is_still_read() -> None:
    text = (
        "Corporate Peer Challenge\n\nKey recommendations\n\nThe peers recommend that the council:\n\n"
        "1. Agree a medium term financial plan.\n2. Review its senior management structure.\n"
    )
    rows = parse_recommendations(make_docs(text)).collect().select("number", "title").rows()
    assert rows == [
        (1, "Agree a medium term financial plan."),
        (2, "Review its senior management structure."),
    ]
