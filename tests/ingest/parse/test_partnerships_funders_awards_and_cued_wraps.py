"""A government department a sentence says funds the council's work is a partner (named after "the" at a line's
start too; not in a table's note of where a sum comes from), a company a procurement chose is a supplier, not a
partner, and a name after a partner cue wrapped before its last word is read whole (invented texts, fictional
councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> set[str]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return set(found["name"])


def test_a_department_giving_a_grant_in_a_sentence_is_a_partner_even_after_the_at_a_line_start() -> None:
    body = (
        "Through the estuary programme the council is spending a grant of £4 million from\n"
        "the Department for Environment, Food and Rural Affairs, to help villages adapt.\n"
        "Its bus pilot is funded by the Department for Transport. It sent its plan to the Department for Education.\n"
        "Notes to Table 3\n(2) Grant from the Department for Work and Pensions; to be spent by March.\n"
    )
    assert _names(body) == {"Department for Environment, Food and Rural Affairs", "Department for Transport"}


def test_a_company_a_contract_is_awarded_to_or_whose_bid_won_is_no_partner() -> None:
    body = (
        "After the tender, the highest-scoring bid had been submitted by Fenby Verge Services Ltd. "
        "RESOLVED - that the cleansing contract be awarded to Marsh Street Care Ltd for five years. "
        "The council works with Upton Leisure Ltd on its gyms."
    )
    assert _names(body) == {"Upton Leisure Ltd"}


def test_a_name_after_a_partner_cue_wrapped_before_its_last_word_is_read_whole() -> None:
    body = "The council shares its legal team with no one, and it is a partner in Wyvernshire Trading\nStandards.\n"
    assert _names(body) == {"Wyvernshire Trading Standards"}
