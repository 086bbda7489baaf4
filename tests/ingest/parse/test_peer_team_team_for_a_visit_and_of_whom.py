"""A peer team named in prose after "The peer team for the <visit> was", and a clause on the members ("all of
whom ...") after the last one (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("name", "role", "organisation").rows()


def test_the_team_for_the_follow_up_visit_was() -> None:
    text = (
        "Wyvern Borough Council – Peer Challenge Follow-up\n\n1. Background\n\n"
        "The peer team for the follow-up visit was Cllr Rosa Penhale (Deputy Leader, Fenby District Council), "
        "Idris Vaughan (Director of Place, Upton County Council) and Mo Clarke (Adviser, LGA).\n\n"
        "The peers met some 40 people over two days.\n"
    )
    assert _team(text) == [
        ("Rosa Penhale", "Deputy Leader", "Fenby District Council"),
        ("Idris Vaughan", "Director of Place", "Upton County Council"),
        ("Mo Clarke", "Adviser", "LGA"),
    ]


def test_a_clause_on_the_members_after_the_last_one() -> None:
    text = (
        "Borsetshire Council – Peer Challenge Progress Review\n\n"
        "The peer team comprised Ann Tolley (Chief Executive, Loxley Council) and Ben Harte "
        "(Peer Challenge Manager, LGA), both of whom took part in the original challenge.\n\n"
        "Progress has been good.\n"
    )
    assert _team(text) == [
        ("Ann Tolley", "Chief Executive", "Loxley Council"),
        ("Ben Harte", "Peer Challenge Manager", "LGA"),
    ]


def test_the_team_on_a_visit_named_with_a_possessive() -> None:
    text = (
        "Loxley Borough Council – Peer Challenge Check-in\n\n"
        "The team on this year's check-in comprised Pia Grant, Chief Executive of Wyvern Council, and Hal Moss, "
        "Senior Adviser at the LGA.\n\nThe peers found good progress.\n"
    )
    assert _team(text) == [
        ("Pia Grant", "Chief Executive", "Wyvern Council"),
        ("Hal Moss", "Senior Adviser", "LGA"),
    ]
