"""Recommendations numbered anew under each theme, an action plan exported as quoted comma-separated cells, and a
list introduced by a sentence pointing below (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_items_numbered_within_each_theme_are_numbered_through_the_list() -> None:
    text = (
        "KEY RECOMMENDATIONS\n\n"
        "Leadership\n1. Agree a single vision for Wyvern by the summer.\n2. Appoint a permanent director.\n\n"
        "Finance\n1. Set a floor for the general fund balance.\n   • Report it each quarter\n\n"
        "Housing\n1. Publish a temporary accommodation plan.\n\n"
        "THE TEAM\n\nThe peers met 70 people.\n"
    )
    assert _listed(text) == [
        (1, "Agree a single vision for Wyvern by the summer.", 0),
        (2, "Appoint a permanent director.", 0),
        (3, "Set a floor for the general fund balance.", 1),
        (4, "Publish a temporary accommodation plan.", 0),
    ]


def test_a_list_without_themes_still_ends_at_a_heading_over_items_numbered_anew() -> None:
    text = (
        "Key recommendations\n\n1. Agree a plan for Wyvern.\n2. Fill the vacant director post.\n\n"
        "Next steps\n1. The council will publish an action plan.\n"
    )
    assert _listed(text) == [(1, "Agree a plan for Wyvern.", 0), (2, "Fill the vacant director post.", 0)]


def test_an_action_plan_of_quoted_comma_separated_cells_with_a_wrapped_cell() -> None:
    text = (
        "The action plan was exported from the tracker:\n\n"
        '"No.","Recommendation","Action","Owner"\n'
        '"1","Refresh the Wyvern council plan","Member workshop","Chief Executive"\n'
        '"2","Close the budget gap of £1.1m by 2027","Savings plan;\nfees review","Finance Director"\n'
        '"3","Build capacity in the\nplanning service","Recruit two officers","Head of Planning"\n\n'
        "RESOLVED: that the plan be approved.\n"
    )
    assert _listed(text) == [
        (1, "Refresh the Wyvern council plan", 0),
        (2, "Close the budget gap of £1.1m by 2027", 0),
        (3, "Build capacity in the planning service", 0),
    ]


def test_an_introduction_pointing_below_opens_the_list_of_short_titles() -> None:
    text = (
        "Summary\n\nThe peers found much to praise in Wyvern. Their recommendations are set out below.\n\n"
        "1. Set a clear vision for Wyvern\n2. Review the capacity of the senior team\n3. Publish the plan\n\n"
        "Feedback\n\nThe council is doing well.\n"
    )
    assert _listed(text) == [
        (1, "Set a clear vision for Wyvern", 0),
        (2, "Review the capacity of the senior team", 0),
        (3, "Publish the plan", 0),
    ]


def test_a_sentence_pointing_to_a_table_below_opens_no_list() -> None:
    text = (
        "Progress on each of the peers' recommendations is set out in the table below.\n\n"
        "1. Set a clear vision for Wyvern\n2. Review the capacity of the senior team\n"
    )
    assert _listed(text) == []
