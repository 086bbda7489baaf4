"""Recommendations after a sentence that counts them and a short one asking the council to act, and numbered items
set as table rows without outer pipes (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_bullets_after_a_sentence_counting_the_recommendations_and_a_short_request() -> None:
    text = (
        "Peers return to Fenby Vale\n\n"
        "The peers came back to the town hall in March for a one-day progress visit.\n\n"
        "Last year's report made three recommendations. The authority was told to:\n\n"
        "* agree a single plan for the high street and keep to it\n"
        "* bring housing repairs back in house\n"
        "* train more of its own planners\n\n"
        "The leader welcomed the visit and thanked staff.\n"
    )
    assert _listed(text) == [
        (1, "agree a single plan for the high street and keep to it", 0),
        (2, "bring housing repairs back in house", 0),
        (3, "train more of its own planners", 0),
    ]


def test_a_short_colon_sentence_after_one_that_counts_no_recommendations_opens_no_list() -> None:
    text = (
        "The panel held three sessions. Members asked about:\n\n"
        "* the cost of the new depot\n"
        "* the timing of the bin changes\n"
    )
    assert _listed(text) == []


def test_numbered_items_as_rows_of_a_table_keep_only_their_first_cell_as_title() -> None:
    text = (
        "The peers made three recommendations, set out with their leads below:\n\n"
        "Recommendation | Lead officer | Due\n"
        "1. Refresh the corporate plan with residents. | Chief Executive | June 2026\n"
        "2. Set a balanced three-year budget. Review all charges. | Director of Resources | February 2026\n"
        "3. Build a shared service with Upton Council. | Head of Partnerships, Legal and Democracy | Ongoing\n\n"
        "Members welcomed the plan.\n"
    )
    assert _listed(text) == [
        (1, "Refresh the corporate plan with residents.", 0),
        (2, "Set a balanced three-year budget.", 0),
        (3, "Build a shared service with Upton Council.", 0),
    ]


def test_bullets_after_a_counted_sentence_and_a_request_opening_with_a_comma_phrase() -> None:
    text = (
        "Review of Marrowby Borough Council\n\n"
        "The review team spent three days in Marrowby in June.\n\n"
        "The team made three recommendations. In short, the borough should:\n\n"
        "- set out how it will close the gap in its 2027/28 budget;\n"
        "- agree a shared plan for the harbour with its partners;\n"
        "- publish its performance measures each quarter.\n\n"
        "The mayor said the findings were fair.\n"
    )
    assert _listed(text) == [
        (1, "set out how it will close the gap in its 2027/28 budget", 0),
        (2, "agree a shared plan for the harbour with its partners", 0),
        (3, "publish its performance measures each quarter.", 0),
    ]


def test_a_sentence_on_the_recommendations_that_introduces_the_teams_members_opens_no_list() -> None:
    text = (
        "Fenby Vale Council – Progress Review\n\n2. Summary of the approach\n\n"
        "The visit looked again at each of the recommendations from the challenge, and these members of the "
        "first peer team came back:\n\n"
        "  • Ann Example - Chief Executive, Lowmoor District Council\n"
        "  • Cllr Ben Sample - Leader, Highcross Borough Council\n"
        "  • Cara Instance - Peer Challenge Manager – Local Government Association\n"
    )
    assert _listed(text) == []


def test_the_team_members_making_the_recommendations_introduce_them() -> None:
    text = (
        "Fenby Vale Council – Corporate Peer Challenge\n\n3. Recommendations\n\n"
        "Members of the peer team made the following recommendations:\n\n"
        "  • Agree a four-year financial plan with clear savings targets.\n"
        "  • Publish a single set of corporate performance measures.\n"
    )
    assert [row[0] for row in _listed(text)] == [1, 2]
