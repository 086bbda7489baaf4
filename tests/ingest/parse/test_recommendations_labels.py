"""'Recommendation N' labels in other forms (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_recommendations_numbered_in_words() -> None:
    # "Recommendation one – ...": the word is the number; the bullets under the first are its sub-actions, not
    # a list of their own
    text = (
        "Borsetshire Council\n\n3. Recommendations\n\n"
        "Recommendation one – Draw up a savings plan for the next three years. The plan should include:\n"
        "  - a review of leisure services\n  - new income from car parks\n\n"
        "Recommendation Two – Strengthen the scrutiny of the housing company. Members want more data.\n\n"
        "Recommendation three: Refresh the workforce strategy.\n\n4. Detailed findings\n\nText.\n"
    )
    assert _listed(text) == [
        (1, "Draw up a savings plan for the next three years.", 2),
        (2, "Strengthen the scrutiny of the housing company.", 0),
        (3, "Refresh the workforce strategy.", 0),
    ]


def test_a_word_after_recommendation_in_a_sentence_is_no_number() -> None:
    text = "Key recommendations\n\nRecommendation one was met in full by Ambridge.\n"
    assert _listed(text) == []


def test_recommendation_labels_joined_on_one_line_are_items_of_their_own() -> None:
    # a reader that re-joins wrapped lines may print several labelled items on one line
    text = (
        "Wyvern District Council\n\n2. The recommendations\n\nThe 2023 challenge made four recommendations:\n\n"
        "  Recommendation 1: Agree a reserves strategy. Recommendation 2: Appoint a permanent chief executive.\n"
        "  Recommendation 3: Repair relations with the parish councils.\n"
        "  Recommendation 4: Publish a plan for the town centre.\n\n"
        "Most of them are on track.\n"
    )
    assert _listed(text) == [
        (1, "Agree a reserves strategy.", 0),
        (2, "Appoint a permanent chief executive.", 0),
        (3, "Repair relations with the parish councils.", 0),
        (4, "Publish a plan for the town centre.", 0),
    ]


def test_labels_joined_in_a_report_without_a_list_heading() -> None:
    text = (
        "Ambridge Parish Review\n\nThe review found much to praise.\n\n"
        "Recommendation 1: Hold a budget workshop. Recommendation 2: Share the plan with residents.\n\nEnd.\n"
    )
    assert [r[:2] for r in _listed(text)] == [
        (1, "Hold a budget workshop."),
        (2, "Share the plan with residents."),
    ]


def test_bullets_after_a_paragraph_below_a_tight_numbered_list_are_no_sub_actions() -> None:
    # a minute: the peers' recommendations, then the members' points as bullets
    text = (
        "The peer team had made three key recommendations:\n\n"
        "(i)   Set a balanced budget for the next two years;\n"
        "(ii)  Review the Felpersham depot;\n"
        "(iii) Improve the council's website.\n\n"
        "During the debate members made these points:\n\n"
        "•  Members asked about the cost of the depot review.\n"
        "•  A member praised the website team.\n\nRESOLVED\n"
    )
    assert _listed(text) == [
        (1, "Set a balanced budget for the next two years", 0),
        (2, "Review the Felpersham depot", 0),
        (3, "Improve the council's website.", 0),
    ]


def test_bullets_under_a_loose_numbered_lists_last_item_stay_its_sub_actions() -> None:
    text = (
        "Key recommendations\n\n1. Agree a workforce plan\n\n2. Publish a digital strategy\n\n"
        "The strategy should cover:\n\n- online payments\n- a new website\n"
    )
    assert _listed(text) == [(1, "Agree a workforce plan", 0), (2, "Publish a digital strategy", 2)]
