"""Recommendations: a numbered list that goes on from the numbers of a table of recommendations above it (items
"4." and "5." after rows 1-3), and one that goes on from nothing (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs

TABLE = (
    "# Corporate Peer Challenge – Progress Review\n\n## Tarnby City Council\n\n"
    "### 2. Progress against the original recommendations\n\n"
    "| No. | Original recommendation | Progress |\n|---|---|---|\n"
    "| 1 | Refresh the corporate plan. | Complete. |\n"
    "| 2 | Agree a three-year savings plan. | On track. |\n"
    "| 3 | Review the scheme of delegation. | Complete. |\n\n"
)


def _numbers(text: str) -> list[tuple]:
    rows = parse_recommendations(make_docs(text)).collect().sort("number")
    return rows.select("number", "title").rows()


def test_a_list_that_goes_on_from_the_tables_last_number() -> None:
    text = TABLE + (
        "### 3. New recommendations\n\nThe peers made two new recommendations, numbered on from the first three:\n\n"
        "4. **Set the 2026/27 budget early.** Start in the summer.\n\n"
        "5. **Publish the housing plan.** Include the rural sites.\n\n### 4. Next steps\n\nThe council will report back.\n"
    )
    assert _numbers(text) == [
        (1, "Refresh the corporate plan."),
        (2, "Agree a three-year savings plan."),
        (3, "Review the scheme of delegation."),
        (4, "Set the 2026/27 budget early."),
        (5, "Publish the housing plan."),
    ]


def test_a_list_that_skips_numbers_after_the_table_adds_nothing() -> None:
    text = TABLE + (
        "### 3. New recommendations\n\nThe peers made these further recommendations:\n\n"
        "7. **Set the 2026/27 budget early.**\n\n8. **Publish the housing plan.**\n\n### 4. Next steps\n"
    )
    assert [number for number, _ in _numbers(text)] == [1, 2, 3]
