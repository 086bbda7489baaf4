"""Forms of the recommendations list not seen in the development corpus (invented texts, fictional councils)."""

import pytest

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


# R1: a PDF's list: short numbered titles, each followed by explanation lines, no blank lines.
PDF_LIST = (
    "Corporate Peer Challenge\nQuarrington Borough Council\n1. Executive summary\n"
    "Quarrington is a compact borough with a strong sense of place.\n"
    "{section}. Key recommendations\n"
    "The peers' key recommendations to the council are:\n"
    "1. Close the gap in the later years of the budget\n"
    "Savings plans should cover every year of the strategy and rely less on\n"
    "reserves.\n"
    "2. Focus on fewer corporate priorities\n"
    "Cabinet should choose which priorities come first.\n"
    "3. Add capacity to the programme office\n"
    "Managers need time for strategic work.\n"
    "{tail}"
)


def test_numbered_titles_with_explanation_lines_between_them() -> None:
    text = PDF_LIST.format(
        section=2, tail="3. How the peer challenge was run\nThe team spent four days on site.\n"
    )
    assert _listed(text) == [
        (1, "Close the gap in the later years of the budget", 0),
        (2, "Focus on fewer corporate priorities", 0),
        (3, "Add capacity to the programme office", 0),
    ]


def test_numbered_titles_with_explanations_and_blank_lines_between_items() -> None:
    text = (
        "Key recommendations\nThe peer team recommends:\n1. Agree a workforce plan\nIt should cover recruitment.\n\n"
        "2. Publish a digital strategy\nResidents want to transact online.\n\n"
        "3. Review the estate\nSome buildings are empty.\n\nSummary of the approach\n\nText.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a workforce plan"),
        (2, "Publish a digital strategy"),
        (3, "Review the estate"),
    ]


def test_the_next_section_heading_after_the_list_is_no_item() -> None:
    # the report's section 3 follows a list of two: "3." continues the sections, not the list
    text = (
        "1. Summary\nThe council is ambitious.\n2. Key recommendations\nThe peer team recommends:\n"
        "1. Agree a workforce plan\nThe plan should cover recruitment.\n"
        "2. Publish a digital strategy\nResidents want to transact online.\n"
        "3. How the peer challenge was run\nThe peers read many documents.\n4. Feedback\nText.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a workforce plan"),
        (2, "Publish a digital strategy"),
    ]


def test_the_next_section_heading_after_a_loose_list_of_two_is_no_item() -> None:
    text = (
        "1. Summary\n\nThe council is ambitious.\n\n2. Key recommendations\n\nThe peer team recommends:\n\n"
        "1. Agree a workforce plan\n\n2. Publish a digital strategy\n\n"
        "3. How the peer challenge was run\n\nThe peers read many documents.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a workforce plan"),
        (2, "Publish a digital strategy"),
    ]


def test_a_list_item_numbered_like_the_next_section_is_an_item_when_the_section_comes_later() -> None:
    text = (
        "2. Key recommendations\nThe peer team recommends:\n"
        "1. Agree a workforce plan\nThe plan should cover recruitment.\n"
        "2. Publish a digital strategy\nResidents want to transact online.\n"
        "3. Review the estate\nSome buildings are empty.\n"
        "3. Summary of the approach\nThe peers read many documents.\n"
    )
    assert [r[0] for r in _listed(text)] == [1, 2, 3]


@pytest.mark.parametrize(
    "tail", ["7. Appendix\nThe council is well regarded.\n", "5. Next steps\n1. A plan.\n"]
)
def test_a_numbered_line_out_of_sequence_ends_the_list(tail: str) -> None:
    assert [r[0] for r in _listed(PDF_LIST.format(section=4, tail=tail))] == [1, 2, 3]


def test_a_numbered_list_far_above_the_anchor_numbers_no_section() -> None:
    themes = "".join(f"{n}. Theme number {n}\n" for n in range(1, 6))
    filler = "The peers read widely.\n" * 10
    items = "".join(f"{n}. Act on matter {n}\nThe council should act.\n" for n in range(1, 8))
    text = f"Scope\n{themes}{filler}Key recommendations\nThe peer team recommends:\n{items}"
    assert [r[0] for r in _listed(text)] == list(range(1, 8))


# R2: an introduction with a paragraph number, as committee reports print them.
def test_paragraph_numbered_introduction() -> None:
    text = (
        "5. Background\n\n5.1 The peer team was made up of four peers.\n\n"
        "5.2 The feedback report makes three key recommendations:\n\n"
        "1) Agree a vision for the town with partners.\n"
        "2) Put the capital programme on a firm footing.\n"
        "3) Review how the council manages projects.\n\n"
        "6. Legal implications\n\n6.1 None.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a vision for the town with partners."),
        (2, "Put the capital programme on a firm footing."),
        (3, "Review how the council manages projects."),
    ]


def test_a_committee_reports_own_numbered_recommendations_are_not_the_peers() -> None:
    text = (
        "2. Recommendations\n\n2.1 That Cabinet notes the feedback report.\n\n"
        "2.2 That Cabinet approves the action plan.\n\n3. Background\n\n3.1 The visit took place in May.\n"
    )
    assert _listed(text) == []


# R3: other headings and introductions.
@pytest.mark.parametrize(
    "anchor",
    [
        "The peers' recommendations",
        "The peer team's recommendations",
        "Peer challenge recommendations",
        "The report sets out four recommendations, which include:",
        "The feedback report makes four recommendations:",
    ],
)
def test_other_anchors(anchor: str) -> None:
    text = (
        "Peer challenge report published\n\nThe visit took place in May.\n\n"
        f"{anchor}\n\n1. Agree a vision for the town.\n2. Balance the budget.\n"
        "3. Review scrutiny.\n4. Grow the economy.\n\nRead the full report online.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a vision for the town."),
        (2, "Balance the budget."),
        (3, "Review scrutiny."),
        (4, "Grow the economy."),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "The report recommends that Cabinet:",
        "The report makes the following recommendations to Cabinet:",
        "This report recommends:",
    ],
)
def test_a_committee_reports_own_recommendations_are_no_anchor(intro: str) -> None:
    text = f"{intro}\n\n1. Notes the peer challenge feedback.\n2. Agrees the action plan.\n"
    assert _listed(text) == []


# R6: "R1 –", "R1.", "Rec 1:".
@pytest.mark.parametrize("marker", ["R{n} –", "R{n}.", "R{n}:", "Rec {n}:", "**R{n}** -", "Rec. {n}"])
def test_r_numbered_items(marker: str) -> None:
    body = "\n\n".join(
        f"{marker.format(n=n)} Improve service {n}. The council should act soon." for n in (1, 2, 3)
    )
    assert _listed(f"Key recommendations\n\n{body}\n\nNext steps\n") == [
        (n, f"Improve service {n}.", 0) for n in (1, 2, 3)
    ]


# R5: sub-actions as (a)/(b), a)/b), "1.1"/"1.2" under item 1, and second-level bullets printed flush-left.
@pytest.mark.parametrize("mark", ["({c})", "{c})"])
def test_lettered_sub_actions_under_numbered_items(mark: str) -> None:
    a, b = mark.format(c="a"), mark.format(c="b")
    text = (
        "The feedback report makes three key recommendations:\n\n"
        f"1) Agree a vision with partners.\n{a} Hold a summit\n{b} Publish the vision\n"
        "2) Balance the budget.\n3) Review scrutiny.\n\n4. Financial implications\n"
    )
    assert _listed(text) == [
        (1, "Agree a vision with partners.", 2),
        (2, "Balance the budget.", 0),
        (3, "Review scrutiny.", 0),
    ]


def test_sub_numbered_sub_actions_under_their_item() -> None:
    text = (
        "2. Key recommendations\n\n1. Explain the financial position to staff.\n   1.1 Publish a summary\n"
        "   1.2 Hold briefings\n2. Set up one transformation programme.\n   2.1 Name an owner per project\n"
        "3. Review capacity in planning.\n\n3. Peer team\n\nSome text.\n"
    )
    assert _listed(text) == [
        (1, "Explain the financial position to staff.", 2),
        (2, "Set up one transformation programme.", 1),
        (3, "Review capacity in planning.", 0),
    ]


def test_a_sub_numbered_heading_of_another_section_still_ends_the_list() -> None:
    text = (
        "2. Key recommendations\n\n1. Explain the financial position to staff.\n"
        "2. Set up one transformation programme.\n\n3.1 Background to the review\n\n- not a sub-action\n"
    )
    assert _listed(text) == [
        (1, "Explain the financial position to staff.", 0),
        (2, "Set up one transformation programme.", 0),
    ]


def test_second_level_bullets_printed_flush_left() -> None:
    text = (
        "Key recommendations\n\n• Agree fewer priorities.\no Publish a revised plan\no Link service plans to it\n"
        "• Balance the budget.\n\nNext steps\n"
    )
    assert _listed(text) == [(1, "Agree fewer priorities.", 2), (2, "Balance the budget.", 0)]


# R7: upper-case lettered recommendations, in a run from A.
def test_upper_case_lettered_recommendations() -> None:
    text = (
        "The corporate peer challenge made the following recommendations:\n\n"
        "A. Agree a vision with partners.\nB. Close the budget gap.\nC. Modernise customer services.\n\n"
        "The council has made good progress.\n"
    )
    assert _listed(text) == [
        (1, "Agree a vision with partners.", 0),
        (2, "Close the budget gap.", 0),
        (3, "Modernise customer services.", 0),
    ]


def test_an_initial_is_no_letter() -> None:
    # not a lettered sub-action of item 1: "J." starts no run from A
    text = (
        "The peer team made these recommendations:\n\n1. Agree a delivery plan.\n"
        "J. Marlow, Chief Executive, will lead the work.\n2. Review scrutiny.\n"
    )
    assert _listed(text) == [(1, "Agree a delivery plan.", 0), (2, "Review scrutiny.", 0)]


# R4: a hard-wrapped title goes on over lines that start lower-case.
def test_a_title_wrapped_over_lines_is_joined() -> None:
    text = (
        "Key recommendations\n\n1. Explain the council's financial position and share it\n"
        "   with staff and partners so that all understand\n   the challenge.\n   1.1 Publish a summary\n"
        "2. Set up one transformation programme.\n   The programme should have one board.\n\nNext steps\n"
    )
    assert _listed(text) == [
        (
            1,
            "Explain the council's financial position and share it with staff and partners so that all "
            "understand the challenge.",
            1,
        ),
        (2, "Set up one transformation programme.", 0),
    ]


# A progress review's table of the original recommendations with their action-plan status.
TABLE_PROGRESS = (
    "3. Progress since the peer challenge\n\n"
    "The council's action plan reports the status of each recommendation:\n\n"
    "{table}\n\n"
    "Two are rated green and one red.\n"
)


def test_a_pipe_table_of_recommendations_with_a_status_column() -> None:
    table = (
        "| No. | Recommendation | Status |\n"
        "|-----|----------------|--------|\n"
        "| 1   | Agree a plan for Hobbin Street. Involve the traders in it. | Green |\n"
        "| 2   | Review the leisure contract before it ends. | Red |\n"
        "| 3   | Publish the asset strategy. | Green |"
    )
    assert _listed(TABLE_PROGRESS.format(table=table)) == [
        (1, "Agree a plan for Hobbin Street.", 0),
        (2, "Review the leisure contract before it ends.", 0),
        (3, "Publish the asset strategy.", 0),
    ]


def test_a_tab_separated_table_of_recommendations() -> None:
    table = (
        "Ref\tRecommendation\tRAG\n"
        "1\tAgree a plan for Hobbin Street. Involve the traders in it.\tGreen\n"
        "2\tReview the leisure contract before it ends.\tRed"
    )
    assert _listed(TABLE_PROGRESS.format(table=table)) == [
        (1, "Agree a plan for Hobbin Street.", 0),
        (2, "Review the leisure contract before it ends.", 0),
    ]


def test_a_table_typed_with_spaces_and_wrapped_cells() -> None:
    table = (
        "No.   Recommendation                                 Status\n"
        "1     Agree a plan for Hobbin Street.  Involve       Green\n"
        "      the traders in it.\n"
        "2     Review the leisure contract before it          Red\n"
        "      ends."
    )
    assert _listed(TABLE_PROGRESS.format(table=table)) == [
        (1, "Agree a plan for Hobbin Street.", 0),
        (2, "Review the leisure contract before it ends.", 0),
    ]


def test_an_audit_reports_recommendations_table_is_not_read() -> None:
    table = (
        "| No. | Recommendation | Priority | Management response |\n"
        "|---|---|---|---|\n"
        "| 1 | Reconcile the payroll ledger monthly. | High | Agreed |\n"
        "| 2 | Remove leavers' system access. | Medium | Agreed |"
    )
    assert _listed(TABLE_PROGRESS.format(table=table)) == []


def test_the_peer_teams_list_after_the_last_recommendation_is_no_sub_action() -> None:
    text = (
        "The CPC's recommendations were:\n\n"
        "  1. Agree a plan for Hobbin Street.\n"
        "  2. Publish the asset strategy.\n\n"
        "The following members of the original peer team took part:\n\n"
        "  • Ada Prewitt – Chief Executive, Lanning Borough Council\n"
        "  • Cllr Jem Hollis – Leader, Orwick District Council\n"
    )
    assert _listed(text) == [(1, "Agree a plan for Hobbin Street.", 0), (2, "Publish the asset strategy.", 0)]


# R-numbered sections: a progress review's sections are numbered too, no blank lines between paragraphs, and the
# list follows a lead-in that names the recommendations without saying whose they are.
PROGRESS_SECTIONS = (
    "Visit: 12 May 2025\n1. Background\n"
    "Thornwick District Council hosted a peer challenge in 2024. The return visit let leaders:\n"
    "- hear how far the council had come\n- agree next steps.\n"
    "2. How the return visit was run\n"
    "The return visit took one day at the Guildhall. It looked again at the {count} recommendations agreed in June:\n"
    "{items}"
    "{after}"
)


def test_a_lead_in_naming_the_recommendations_in_numbered_sections() -> None:
    items = (
        "1. Set a balanced budget for every year of the plan. The gap is widening.\n"
        "2. Publish a workforce strategy within six months.\n"
        "3. Give the town deal board a clear remit.\n"
    )
    after = (
        "The peers who came back for the visit were:\n- Orla Penhallow (Chief Executive – Dunmere Council)\n"
        "- Cllr Basil Tregothnan (Leader – Weyford Borough Council)\n"
        "3. Findings\nTwo of the three recommendations are rated green.\n"
    )
    text = PROGRESS_SECTIONS.format(count="three", items=items, after=after)
    assert _listed(text) == [
        (1, "Set a balanced budget for every year of the plan.", 0),
        (2, "Publish a workforce strategy within six months.", 0),
        (3, "Give the town deal board a clear remit.", 0),
    ]


def test_the_next_numbered_section_right_after_the_last_item_is_no_item() -> None:
    # "3. Findings" continues the list's numbers and the sections' alike: short, no full stop, after sentences
    items = "1. Set a balanced budget for every year of the plan.\n2. Publish a workforce strategy within six months.\n"
    text = PROGRESS_SECTIONS.format(
        count="two", items=items, after="3. Findings\nBoth recommendations are rated amber.\n"
    )
    assert _listed(text) == [
        (1, "Set a balanced budget for every year of the plan.", 0),
        (2, "Publish a workforce strategy within six months.", 0),
    ]


def test_a_short_last_item_is_an_item_when_the_next_section_comes_later() -> None:
    items = (
        "1. Set a balanced budget for every year of the plan.\n2. Publish a workforce strategy within six months.\n"
        "3. Review the leisure contract\n"
    )
    after = "The council has made progress.\n3. Findings\nAll three recommendations are rated amber.\n"
    text = PROGRESS_SECTIONS.format(count="three", items=items, after=after)
    assert [r[0] for r in _listed(text)] == [1, 2, 3]


def test_bare_recommendation_headings_with_their_text_below() -> None:
    # R: "4.1 Recommendation 1" headings under a section whose other lines end the list, each with a paragraph
    text = (
        "4. Recommendations\n\nSketch of a winding road\n\n"
        "The peers offer more suggestions in the sections below.\n\n"
        "4.1 Recommendation 1\n\nAgree a reserves strategy with Cabinet. It should run for three years.\n\n"
        "4.2 Recommendation 2\n\nRefresh the Wyvern place plan with partners.\n\n"
        "5. How the peer challenge was run\n\nThe team spent three days in Wyvern.\n"
    )
    assert _listed(text) == [
        (1, "Agree a reserves strategy with Cabinet.", 0),
        (2, "Refresh the Wyvern place plan with partners.", 0),
    ]


def test_numbered_recommendation_lines_keep_their_own_text() -> None:
    # a paragraph number before "Recommendation N: <text>" does not make the line a bare heading
    text = (
        "4. Recommendations\n\nSketch of a winding road\n\n"
        "The peers offer more suggestions in the sections below.\n\n"
        "4.1 Recommendation 1: Agree a reserves strategy with Cabinet.\n\nThe strategy should run for three years.\n\n"
        "4.2 Recommendation 2: Refresh the Wyvern place plan with partners.\n\nPartners are keen to help.\n\n"
        "5. How the peer challenge was run\n\nThe team spent three days in Wyvern.\n"
    )
    assert _listed(text) == [
        (1, "Agree a reserves strategy with Cabinet.", 0),
        (2, "Refresh the Wyvern place plan with partners.", 0),
    ]


def test_their_recommendations_heading_on_a_council_page() -> None:
    text = (
        "The peers found a council proud of Wyvern.\n\nTheir recommendations\n"
        "The peers made recommendations in these areas:\n- Agree a plan for the market hall.\n"
        "- Train councillors for scrutiny.\n\nWhat happens next\nWe will publish an action plan.\n"
    )
    assert _listed(text) == [
        (1, "Agree a plan for the market hall.", 0),
        (2, "Train councillors for scrutiny.", 0),
    ]
