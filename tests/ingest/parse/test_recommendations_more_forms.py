"""Recommendations in further printed forms: a progress table's column naming what the peers recommended, items
numbered with a kind's letter before the R ('FR1'), a lettered part's heading (invented texts, fictional
councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_progress_table_whose_column_says_what_the_peers_recommended() -> None:
    text = (
        "## 3. Where things stand\n\n"
        "| Ref | What the peer team recommended in June 2024 | Where things stand in May 2025 |\n"
        "|---|---|---|\n"
        "| 1 | Agree a plan for the Borsetshire riverside. | Well under way |\n"
        "| 2 | Publish a workforce strategy. | Not started |\n"
        "| 3 | Review the waste contract before it ends. | Done |\n\n"
        "## 4. Finances\n\nThe council has closed its gap.\n"
    )
    assert _listed(text) == [
        (1, "Agree a plan for the Borsetshire riverside.", 0),
        (2, "Publish a workforce strategy.", 0),
        (3, "Review the waste contract before it ends.", 0),
    ]


def test_a_column_on_progress_against_a_recommendation_or_a_recommended_budget_is_none() -> None:
    text = (
        "| No. | Progress against recommendation | Owner |\n|---|---|---|\n"
        "| 1 | The plan is out for consultation. | Director |\n| 2 | Complete. | Leader |\n\n"
        "| No. | Recommended budget 2025/26 | Change |\n|---|---|---|\n| 1 | £4.1m | £0.2m |\n| 2 | £2.0m | nil |\n"
    )
    assert _listed(text) == []


def test_items_numbered_with_a_letter_before_the_r_under_a_lettered_part() -> None:
    text = (
        "WYVERN DISTRICT COUNCIL\nFINANCE PEER CHALLENGE\n\n"
        "PART B – THE POSITION\n\nB1. The council has a gap of £3m.\n\n"
        "PART C – RECOMMENDATIONS\n\n"
        "FR1  Set a three-year budget, agreed by full Council.\n"
        "     *  include a plan for reserves\n"
        "     *  name an owner for each saving\n\n"
        "FR2  Bring the Section 151 Officer into the leadership\n"
        "     team.\n\n"
        "FR3  Review the capital programme.\n\n"
        "PART D – OTHER MATTERS\n\nD1. The council works with Ambridge.\n"
    )
    assert _listed(text) == [
        (1, "Set a three-year budget, agreed by full Council.", 2),
        (2, "Bring the Section 151 Officer into the leadership team.", 0),
        (3, "Review the capital programme.", 0),
    ]


def test_recommendations_in_a_markdown_blockquote() -> None:
    # minutes quote the peers' recommendations in a blockquote: the "> " marks are no part of the items
    text = (
        "## FS.12 Finance peer challenge\n\n"
        "The peers' report made the following recommendations:\n\n"
        "> R1 – Agree a plan to close the gap in the parking budget.\n>\n"
        "> R2 – Review the fees charged by Wyvern Leisure.\n\n"
        "Members discussed the report.\n"
    )
    assert _listed(text) == [
        (1, "Agree a plan to close the gap in the parking budget.", 0),
        (2, "Review the fees charged by Wyvern Leisure.", 0),
    ]


def test_recommendations_restated_under_a_progress_heading() -> None:
    # a progress review restates each original recommendation ("(i)" ...) with a paragraph on its progress
    text = (
        "3. Progress against the recommendations\n\n"
        "The 2024 report made three recommendations. Each is repeated below.\n\n"
        "(i) Agree a plan for the Ambridge depot.\n\n    Good progress. The plan was agreed in May.\n\n"
        "(ii) Refresh the workforce strategy. The council should:\n    - appoint a new head of HR;\n"
        "    - survey all staff.\n\n    Complete. Both were done.\n\n"
        "(iii) Work with Borsetshire County Council on a joint\n     transport plan.\n\n    Early days.\n\n"
        "4. Overall view\n\nThe peers suggest the council considers:\n  - a review of fees.\n"
    )
    assert _listed(text) == [
        (1, "Agree a plan for the Ambridge depot.", 0),
        (2, "Refresh the workforce strategy.", 2),
        (3, "Work with Borsetshire County Council on a joint transport plan.", 0),
    ]
