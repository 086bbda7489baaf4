"""Recommendations run together in one prose sentence, each opened by an ordinal word, under a recommendations
heading (invented texts, fictional councils)."""

from ingest.parse.recommendations import parse_recommendations
from tests.fixtures.docs import make_docs


def _listed(text: str) -> list[tuple]:
    return parse_recommendations(make_docs(text)).collect().select("number", "title", "sub_actions").rows()


def test_ordinal_items_in_one_wrapped_sentence_after_the_leads_comma() -> None:
    text = (
        "Corporate Peer Challenge\n\nFenby Marsh District Council\n\n"
        "4. Key recommendations\n\n"
        "The peers set out below what they consider matters most.\n\n"
        "The authority should, first, publish a delivery plan for the new harbour\n"
        "scheme; second, rebuild its reserves to at least £2m by 2028; third,\n"
        "give scrutiny a forward work programme; and, fourth, bring its two customer\n"
        "contact centres together.\n\n"
        "5. Governance\n\nScrutiny is improving.\n"
    )
    assert _listed(text) == [
        (1, "publish a delivery plan for the new harbour scheme", 0),
        (2, "rebuild its reserves to at least £2m by 2028", 0),
        (3, "give scrutiny a forward work programme", 0),
        (4, "bring its two customer contact centres together", 0),
    ]


def test_firstly_secondly_items_after_an_introducing_colon() -> None:
    text = (
        "Corporate Peer Challenge\n\nOrmsby Vale Borough Council\n\n"
        "Recommendations\n\n"
        "We recommend that the council acts on three things: firstly, agree its priorities with partners;\n"
        "secondly, finish the review of its leisure contracts; and thirdly, train more of its own planners.\n"
    )
    assert _listed(text) == [
        (1, "agree its priorities with partners", 0),
        (2, "finish the review of its leisure contracts", 0),
        (3, "train more of its own planners", 0),
    ]


def test_ordinal_words_out_of_order_or_too_few_are_no_recommendations() -> None:
    text = (
        "Corporate Peer Challenge\n\nOrmsby Vale Borough Council\n\n"
        "Key recommendations\n\n"
        "The team noted, second, that the plan is late; and, first, that staff are proud of the town.\n\n"
        "The council should, first, agree a plan; second, fund it.\n"
    )
    assert _listed(text) == []
