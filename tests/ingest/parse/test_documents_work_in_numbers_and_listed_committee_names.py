"""Document facts in further printed forms: the team's work in numbers as a bulleted list whose people item has
no verb, a count after "upward of", and a meeting's date after a committee's name whose words a comma lists
(invented texts, fictional councils)."""

import datetime as dt

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def test_a_people_item_before_the_hours_in_a_markdown_list() -> None:
    text = (
        "# Corporate Peer Challenge\n\n**Wyvern District Council**\n\n"
        "The peers' visit at a glance:\n\n"
        "* 41 meetings, focus groups and site visits\n"
        "* more than 115 officers, councillors, partners and voluntary groups\n"
        "* around 240 hours of peer time\n"
    )
    facts = _facts(text)
    assert (facts["people"], facts["meetings"], facts["hours"]) == (115, 41, 240)


def test_a_people_item_after_the_hours_in_a_dash_list() -> None:
    text = (
        "Borsetshire County Council\nFinance Peer Challenge - Feedback Report\n\n"
        "What the team did:\n"
        "- about 190 hours on site\n"
        "- 85 staff and partners\n"
    )
    assert _facts(text)["people"] == 85


def test_a_people_item_with_a_verb_is_no_engagement() -> None:
    text = (
        "Borsetshire County Council\nReport to Cabinet - 4 March 2026\nBudget consultation results\n\n"
        "- 2,400 residents responded to the online survey\n"
        "- 12 workshops held in libraries\n"
    )
    assert _facts(text)["people"] is None


def test_heard_from_upward_of_a_count_of_people() -> None:
    text = (
        "Corporate Peer Challenge\nWyvern District Council\n\n"
        "During the three days on site the team heard from upward of 95 people, among them tenants and staff.\n"
    )
    assert _facts(text)["people"] == 95


def test_a_committee_name_whose_words_a_comma_lists_heads_the_report() -> None:
    text = (
        "# Ambridge District Council\n\n"
        "**Audit, Risk and Standards Committee – 14 January 2026**\n\n"
        "## Treasury Management Mid-Year Review 2025/26\n\n1. Purpose\n\nThis report sets out the position.\n"
    )
    assert _facts(text)["document_date"] == dt.date(2026, 1, 14)
