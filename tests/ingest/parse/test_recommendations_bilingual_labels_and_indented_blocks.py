"""A recommendation's label printed in two languages ("Argymhelliad 1 / Recommendation 1: ..."), and an
indented item whose text wraps to the item's own indent under a line that ends no sentence (invented texts,
fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title").rows()


def test_labels_in_two_languages_before_each_item() -> None:
    text = (
        "CYNGOR SIR LLANFENBI / LLANFENBI COUNTY COUNCIL\n\nMinutes of the Cabinet\n\n"
        "12. Corporate peer challenge report\n\n"
        "Argymhellion / Recommendations\n\n"
        "The peers had made three recommendations:\n\n"
        "  Argymhelliad 1 / Recommendation 1: Set out a single plan for the county's towns.\n\n"
        "  Argymhelliad 2 / Recommendation 2: Review the use of agency staff in care.\n\n"
        "  Argymhelliad 3 / Recommendation 3: Publish a timetable for the budget.\n\n"
        "Trafodaeth / Discussion\n\nMembers asked about the timetable.\n"
    )
    assert _listed(text) == [
        (1, "Set out a single plan for the county's towns."),
        (2, "Review the use of agency staff in care."),
        (3, "Publish a timetable for the budget."),
    ]


def test_an_indented_item_wrapped_at_its_own_indent() -> None:
    text = (
        "Marlow Fen District Council\n\nPeer challenge feedback\n\n"
        "Key recommendations\n\n"
        "  1. Agree with Fenland Clinical Commissioning\n"
        "  Group a joint plan for hospital discharge.\n\n"
        "  2. Refresh the risk register.\n\n"
        "Background\n\nThe challenge took place in May.\n"
    )
    assert _listed(text) == [
        (1, "Agree with Fenland Clinical Commissioning Group a joint plan for hospital discharge."),
        (2, "Refresh the risk register."),
    ]
