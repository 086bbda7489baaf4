"""Recommendations under headings that label them by theme ("### Recommendation 2 – Housing" over a paragraph
whose bold lead is the recommendation) (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _recs(text: str) -> list[tuple]:
    rows = parse_recommendations(make_docs(text)).collect()
    return rows.select("number", "title", "sub_actions").rows()


def test_a_markdown_heading_with_a_theme_label_takes_the_bold_lead_below_it() -> None:
    text = (
        "# Pellowick District Council: peer challenge\n\n"
        "## Recommendations\n\n"
        "### Recommendation 1 – Money\n\n"
        "**Agree a three-year plan to balance the budget.** Members should own the plan.\n\n"
        "### Recommendation 2 – Housing\n\n"
        "**Cut the use of bed and breakfast rooms.** In particular:\n\n"
        "- buy more homes for families\n"
        "- agree rates with landlords\n\n"
        "## Next steps\n\n"
        "The LGA will stay in touch.\n"
    )
    assert _recs(text) == [
        (1, "Agree a three-year plan to balance the budget.", 0),
        (2, "Cut the use of bed and breakfast rooms.", 2),
    ]


def test_a_bold_label_line_with_a_theme_takes_the_bold_lead_below_it() -> None:
    text = (
        "Pellowick District Council: peer challenge\n\n"
        "Key recommendations\n\n"
        "**Recommendation 1: Money**\n\n"
        "**Agree a three-year plan to balance the budget.** Members should own the plan.\n\n"
        "**Recommendation 2: Housing**\n\n"
        "**Cut the use of bed and breakfast rooms.** Families wait too long.\n"
    )
    assert _recs(text) == [
        (1, "Agree a three-year plan to balance the budget.", 0),
        (2, "Cut the use of bed and breakfast rooms.", 0),
    ]


def test_a_heading_whose_text_is_the_recommendation_keeps_it() -> None:
    text = (
        "Pellowick District Council: peer challenge\n\n"
        "## Recommendations\n\n"
        "### Recommendation 1 – Agree a three-year plan to balance the budget.\n\n"
        "Members should own the plan.\n"
    )
    assert _recs(text) == [(1, "Agree a three-year plan to balance the budget.", 0)]
