"""Recommendations: a numbered paragraph that introduces coded items ("8. The panel makes three
recommendations:" over "R1 ..."), a code's hanging indent, a bold bare label with its text below it, and an item
wholly in italics (one wholly in bold keeps its bold text) (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _recs(text: str) -> list[tuple]:
    rows = parse_recommendations(make_docs(text)).collect()
    return rows.select("number", "title", "sub_actions").rows()


def test_coded_items_under_a_numbered_paragraph_that_introduces_them() -> None:
    text = (
        "Tarnby City Council\n\nRecommendations\n\n7. The panel makes three recommendations:\n\n"
        "R1 Set a balanced budget for the next two years.\nR2 Publish a single plan for the town centre.\n"
        "R3 Review the grading of planning posts.\n\nNext steps\n\n8. The council will publish this letter.\n"
    )
    assert _recs(text) == [
        (1, "Set a balanced budget for the next two years.", 0),
        (2, "Publish a single plan for the town centre.", 0),
        (3, "Review the grading of planning posts.", 0),
    ]


def test_a_coded_items_wrapped_lines_at_the_column_of_its_text() -> None:
    text = (
        "Tarnby City Council\n\nKey recommendations\n\nThe peers make these recommendations:\n\n"
        "R1 Agree a discharge protocol with the\n   Tarnby and Wold Health Board.\n"
        "R2 Fill the vacant posts in the\n   Planning Service by the spring.\n\nNext steps\n"
    )
    assert [title for _, title, _ in _recs(text)] == [
        "Agree a discharge protocol with the Tarnby and Wold Health Board.",
        "Fill the vacant posts in the Planning Service by the spring.",
    ]


def test_a_bold_bare_label_takes_the_paragraph_below_it() -> None:
    text = (
        "# Corporate Peer Challenge – Progress Review\n\n## 2. Progress against the recommendations\n\n"
        "**Recommendation 1**\n\n*Refresh the council plan with residents.*\n\nA draft is out to consultation.\n\n"
        "**Recommendation 2**\n\n*Review the use of agency staff.*\n\nSpending on agency staff has fallen.\n\n"
        "## 3. Summary\n\nGood progress.\n"
    )
    assert _recs(text) == [
        (1, "Refresh the council plan with residents.", 0),
        (2, "Review the use of agency staff.", 0),
    ]


def test_an_item_wholly_in_italics_is_titled_by_its_first_sentence() -> None:
    text = (
        "Tarnby City Council\n\nKey recommendations\n\n"
        "1. *Put the capital programme on a sound footing. In particular:*\n"
        "   - *reprofile the schemes that have slipped*\n   - *set a limit on new borrowing*\n"
        "2. *Agree a new customer strategy.*\n\nNext steps\n"
    )
    assert _recs(text) == [
        (1, "Put the capital programme on a sound footing.", 2),
        (2, "Agree a new customer strategy.", 0),
    ]


def test_an_item_wholly_in_bold_keeps_its_bold_text() -> None:
    text = (
        "Tarnby City Council\n\nKey recommendations\n\n"
        "1. **Put the capital programme on a sound footing. Reprofile the schemes that have slipped.**\n"
        "2. **Agree a new customer strategy.**\n\nNext steps\n"
    )
    assert [title for _, title, _ in _recs(text)] == [
        "Put the capital programme on a sound footing. Reprofile the schemes that have slipped.",
        "Agree a new customer strategy.",
    ]


def test_a_bare_labels_text_cut_short_by_the_texts_end_is_its_title() -> None:
    text = (
        "Wyvern District Council\n\n2. Key recommendations\n\n"
        "The following are the peer team’s key recommendations to the council:\n\n"
        "Recommendation 1\n\nAgree a clear plan for the town centre and deliver it.\n\n"
        "Recommendation 2\n\nKeep building the capacity of the finance"
    )
    assert _recs(text) == [
        (1, "Agree a clear plan for the town centre and deliver it.", 0),
        (2, "Keep building the capacity of the finance", 0),
    ]
