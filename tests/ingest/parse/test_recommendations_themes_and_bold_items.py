"""Recommendations numbered under themed headings, printed as bold headings with a paragraph each, and short
"R4 - " labels a reader joined onto the line before (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_numbered_items_under_themed_headings_run_on_across_them() -> None:
    text = (
        "SECTION 2 - RECOMMENDATIONS\n\n"
        "Money and reserves\n"
        "  1. Agree a reserves policy for Borsetshire before the next budget.\n"
        "  2. Publish the capital strategy.\n\n"
        "Housing\n"
        "  3. Review the allocations scheme. This should cover:\n"
        "     - the waiting list;\n"
        "     - the banding rules.\n\n"
        "Next steps\n\n"
        "The team will return in a year.\n"
    )
    assert _listed(text) == [
        (1, "Agree a reserves policy for Borsetshire before the next budget.", 0),
        (2, "Publish the capital strategy.", 0),
        (3, "Review the allocations scheme.", 2),
    ]


def test_a_heading_before_a_paragraph_numbered_anew_still_ends_the_list() -> None:
    text = (
        "Key recommendations\n\n"
        "1. Agree a plan for Ambridge.\n"
        "2. Fill the vacant director post.\n\n"
        "Background\n\n"
        "3. The council serves 90,000 residents.\n"
    )
    assert _listed(text) == [(1, "Agree a plan for Ambridge.", 0), (2, "Fill the vacant director post.", 0)]


def test_bold_headings_each_with_a_paragraph_are_the_items_numbered_by_order() -> None:
    text = (
        "### Our recommendations\n\n"
        "**Close the budget gap.**\n"
        "The plan leans on reserves. Members should agree savings this year.\n\n"
        "**Build a shared view of Borchester's future**\n"
        "Partners want a single place plan with the council.\n\n"
        "### Next steps\n\n"
        "**Publish this report.**\n"
        "The council should publish it with an action plan.\n"
    )
    assert _listed(text) == [
        (1, "Close the budget gap.", 0),
        (2, "Build a shared view of Borchester's future", 0),
    ]


def test_r_labels_joined_onto_the_line_before_are_items_of_their_own() -> None:
    text = (
        "The review made four recommendations. They were:\n\n"
        "R1 - Set a balanced budget. R2 - Adopt the Felpersham local plan.\n"
        "R3 - Recruit a permanent monitoring officer. R4 - Refresh the corporate plan.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Set a balanced budget."),
        (2, "Adopt the Felpersham local plan."),
        (3, "Recruit a permanent monitoring officer."),
        (4, "Refresh the corporate plan."),
    ]


def test_themed_headings_set_apart_from_their_items_by_blank_lines() -> None:
    text = (
        "## 3. What we recommend\n\n"
        "The peers offer these recommendations, grouped under three themes.\n\n"
        "**Place and vision**\n\n"
        "1. **Agree one vision for Wyvern with its partners.** It should reach beyond the council plan.\n\n"
        "**Money**\n\n"
        "2. **Rebuild the general fund balance.** This should include:\n"
        "   - a floor for the balance\n"
        "   - a quarterly report to the Executive\n\n"
        "3. **Publish a costed savings plan.** Members want to see it before the budget.\n\n"
        "**People**\n\n"
        "4. **Fill the vacant director posts.**\n\n"
        "## 4. Next steps\n\n"
        "5. The council will respond within three months.\n"
    )
    assert _listed(text) == [
        (1, "Agree one vision for Wyvern with its partners.", 0),
        (2, "Rebuild the general fund balance.", 2),
        (3, "Publish a costed savings plan.", 0),
        (4, "Fill the vacant director posts.", 0),
    ]
