"""A body the report names before its kind in lower case: a board, a business improvement district, a business
rates pool (invented texts, fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple[str, str]]:
    text = f"Corporate Peer Challenge\n\n{body}"
    return set(parse_partnership_mentions(make_docs(text)).collect().select("name", "kind").rows())


def test_a_board_and_a_business_improvement_district_named_before_their_kind() -> None:
    body = (
        "Partners praised the Fenby Forward board, which brings business leaders together. The Upton First "
        "business improvement district now sits on the steering group. The council's programme board meets monthly."
    )
    assert _rows(body) == {("Fenby Forward", "partnership"), ("Upton First", "partnership")}


def test_a_business_rates_pool_is_named_with_its_kind() -> None:
    body = "Income includes the council's share of the West Wyvern business rates pool gain."
    assert _rows(body) == {("West Wyvern business rates pool", "partnership")}


def test_a_peers_council_named_with_with_is_their_employer_not_a_partner() -> None:
    body = (
        "The team was made up of: Nell Garrow, Chief Executive of Fenby Council (lead peer); Councillor Owen "
        "Pratt, Leader of Marsh with Upton Borough Council; and Kay Lund, Peer Challenge Manager at the LGA. "
        "The council, working with Caxley District Council, runs the leisure trust."
    )
    assert _rows(body) == {("Caxley District Council", "partner")}
