"""Partner names ending at a table's column gap, two bodies of one kind printed as one name, and bodies named in
what the peers think the council could do, and the places a named shared service is with in apposition to it
(members, no partners of their own) (invented texts, fictional councils; the neighbours are registered places)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple[str, str]]:
    text = f"Corporate Peer Challenge\n\n{body}"  # the own council is dropped in dbt, not here
    return set(parse_partnership_mentions(make_docs(text)).collect().select("name", "kind").rows())


def test_a_name_in_a_table_cell_ends_at_the_gap_before_the_next_column() -> None:
    body = (
        "No.  Action                                         Status\n"
        "4    Agree a discharge plan with Wyvern Care Board    On track\n"
        "5    Work with Fenby Vale University Health Board     In progress\n"
    )
    assert _rows(body) == {
        ("Wyvern Care Board", "partnership"),
        ("Fenby Vale University Health Board", "partnership"),
    }


def test_two_bodies_of_one_kind_printed_as_one_name_are_two_partners() -> None:
    body = "The peers met students and representatives of the University of Wyvern and Marsh Vale University."
    assert _rows(body) == {("University of Wyvern", "partner"), ("Marsh Vale University", "partner")}


def test_a_body_in_what_the_peers_think_the_council_could_get_from_it_is_a_partner() -> None:
    body = (
        "The peers believe the council could gain more from the Fenby and Upton Integrated Care Board on housing. "
        "The review team included peers from Marsh District Council."
    )
    assert _rows(body) == {("Fenby and Upton Integrated Care Board", "partnership")}


def test_places_a_named_shared_service_is_with_in_apposition_are_its_members_not_partners() -> None:
    body = (
        "Marsh Vale Services (MVS), the shared service arrangement with Rother and Wealden for payroll and audit, "
        "saves money."
    )
    assert _rows(body) == {("Marsh Vale Services", "partner")}
