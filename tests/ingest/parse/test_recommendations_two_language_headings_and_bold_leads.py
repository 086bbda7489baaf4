"""A recommendations heading printed in two languages ("Argymhellion / Recommendations"), an assessment panel's
list under an appendix heading ("Appendix 1: Panel Recommendations", only in a text about the panel's visit), and
a bold lead that ends mid-sentence in a table's cell ("**Review X**, including Y", "**Review X** so that Y") or
before a comma in a list as the title, and a coded item's text wrapped to its column ("R1   ..." / "     ...")
(invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_a_heading_in_two_languages_over_coded_items() -> None:
    text = (
        "Cyngor Sir Ffenbi / Fenby County Council\n\nPeer challenge: feedback\n\n"
        "2. Argymhellion Allweddol / Key Recommendations\n\n"
        "R1  Agree a single plan for the county's market towns.\n"
        "R2  Review the council's use of agency staff.\n\n"
        "3. Cefndir / Background\n\nThe council asked for the challenge in 2024.\n"
    )
    assert _listed(text) == [
        (1, "Agree a single plan for the county's market towns.", 0),
        (2, "Review the council's use of agency staff.", 0),
    ]


def test_a_panels_recommendations_under_an_appendix_heading() -> None:
    text = (
        "Report to: Executive Board\nSubject: Panel Performance Assessment - Response\n\n"
        "1. Purpose\n\n1.1 To report the panel's findings.\n\n"
        "Appendix 1: Panel Recommendations\n\n"
        "R1  Set a long-term vision for the borough with partners.\n"
        "R2  Strengthen the performance framework.\n"
        "      - report outcomes each quarter\n"
    )
    assert _listed(text) == [
        (1, "Set a long-term vision for the borough with partners.", 0),
        (2, "Strengthen the performance framework.", 1),
    ]


def test_a_scrutiny_panels_recommendations_under_an_appendix_are_no_list() -> None:
    text = (
        "Report of the Housing Scrutiny Panel\n\n1. Purpose\n\n1.1 To report the review of voids.\n\n"
        "Appendix 1: Panel Recommendations\n\n"
        "R1  Extend the repairs contract.\n"
        "R2  Report voids monthly.\n"
    )
    assert _listed(text) == []


def test_a_bold_lead_before_a_comma_in_a_table_cell_is_the_title() -> None:
    text = (
        "# Ashdown Vale Council: Corporate Peer Challenge\n\n## 3. Key recommendations\n\n"
        "| No. | Recommendation |\n|---|---|\n"
        "| 1 | **Agree a plan for the town centre.** |\n"
        "| 2 | **Review how the cabinet works with scrutiny**, including the forward plan. |\n"
        "| 3 | **Refresh the risk register** so that members see the top risks each quarter. |\n"
        "\n## 4. Summary\n"
    )
    assert _listed(text) == [
        (1, "Agree a plan for the town centre.", 0),
        (2, "Review how the cabinet works with scrutiny", 0),
        (3, "Refresh the risk register", 0),
    ]


def test_a_bold_lead_before_a_comma_in_a_numbered_list_is_the_title() -> None:
    text = (
        "Key recommendations\n\n"
        "1. **Refresh the workforce strategy**, with a focus on apprentices.\n"
        "2. **Publish a digital plan.**\n"
    )
    assert _listed(text) == [
        (1, "Refresh the workforce strategy", 0),
        (2, "Publish a digital plan.", 0),
    ]


def test_a_committee_reports_own_recommendations_after_a_slash_are_no_list() -> None:
    text = (
        "Report to Cabinet\n\n1. Purpose\n\n1.1 To update Cabinet on the savings programme.\n\n"
        "2. Issues for decision / Recommendations\n\n"
        "R1  Approve the revised savings plan for the coming year.\n"
        "R2  Note the forecast position at the end of the second quarter.\n"
    )
    assert _listed(text) == []


def test_a_coded_items_text_wrapped_to_its_column_is_one_title() -> None:
    text = (
        "Peer challenge report\n\n3. Recommendations\n\n"
        "R1   Agree a savings plan for 2027/28 by\n"
        "     March 2026, so that reserves are not the default.\n\n"
        "R2   Review the capital programme.\n"
    )
    assert _listed(text) == [
        (1, "Agree a savings plan for 2027/28 by March 2026, so that reserves are not the default.", 0),
        (2, "Review the capital programme.", 0),
    ]
