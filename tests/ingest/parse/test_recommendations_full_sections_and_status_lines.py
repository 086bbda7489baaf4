"""Headings that name the full recommendations or where they stand, and status words under wrapped items
(invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_recommendations_in_full_heading_after_a_summary_list() -> None:
    # the summary's short list has no anchor; the section that sets them out in full does (with the bullets)
    text = (
        "Borsetshire Council – Corporate Peer Challenge\n\nExecutive summary\n\n"
        "Our main recommendations are summarised here and explained in section 3.\n\n"
        "  R1: Adopt a reserves policy.\n  R2: Refresh the housing strategy.\n\n"
        "1. About the challenge\n\nThe team met 60 people.\n\n3. Recommendations in full\n\n"
        "R1: Adopt a reserves policy.\n    • Set a minimum balance.\n    • Report it each quarter.\n\n"
        "R2: Refresh the housing strategy.\n\n4. Next steps\n\nText.\n"
    )
    assert _listed(text) == [
        (1, "Adopt a reserves policy.", 2),
        (2, "Refresh the housing strategy.", 0),
    ]


def test_recommendations_and_where_they_stand_with_status_words_below_wrapped_items() -> None:
    text = (
        "Wyvern District Council – Progress Review\n\nThe peer challenge recommendations and where they stand\n\n"
        "Each original recommendation is printed with the peers' view of it.\n\n"
        "1. Agree a plan for the market town that names who will deliver each of its projects and by\n"
        "   when. — Complete\n"
        "2. Strengthen the audit committee with an independent member.\n   — Progressing\n"
        "3. Publish a workforce strategy. — Delayed\n\nOverall view\n\nText.\n"
    )
    assert _listed(text) == [
        (
            1,
            "Agree a plan for the market town that names who will deliver each of its projects and by when.",
            0,
        ),
        (2, "Strengthen the audit committee with an independent member.", 0),
        (3, "Publish a workforce strategy.", 0),
    ]


def test_a_typed_table_with_cells_wrapped_beside_another_column_and_a_page_footer() -> None:
    text = (
        "Wyvern District Council – Corporate Peer Challenge\n\n4.  Key recommendations\n\n"
        "No.  Recommendation                                   Theme\n"
        "---  -----------------------------------------------  ---------------------\n"
        "1    Agree a reserves policy that sets a minimum      Financial planning\n"
        "     balance for the general fund. Report on it       and management\n"
        "     every quarter.\n"
        "2    Refresh the housing strategy.                    Place leadership\n\n"
        "Wyvern District Council – feedback report                               Page 3 of 9\n\n"
        "3    Publish a workforce plan for planning and        Capacity\n"
        "     finance posts.\n\n"
        "5.  Feedback\n\nText.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Agree a reserves policy that sets a minimum balance for the general fund."),
        (2, "Refresh the housing strategy."),
        (3, "Publish a workforce plan for planning and finance posts."),
    ]


def test_a_council_reports_recommendation_that_members_note_is_none() -> None:
    text = (
        "Wyvern District Council\nCabinet – 4 March 2026\n\nMedium Term Financial Strategy Update\n\n"
        "5.  RECOMMENDATIONS\n\n"
        "5.1 Members note the forecast gap in Table 2, and ask officers to bring savings proposals to the\n"
        "    next meeting.\n"
    )
    assert _listed(text) == []
