"""Peer teams in further printed forms: the person printed last after the role and employer, a table whose
first column is the part each person played (the employer after a slash), professional letters after a name,
and a heading in capitals after the list (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    return (
        parse_peer_team(make_docs(text)).collect().select("name", "honorific", "role", "organisation").rows()
    )


def test_role_and_employer_first_then_the_person_after_a_dash() -> None:
    text = (
        "1.4  The team was made up as follows:\n\n"
        "     Lead officer peer: Chief Executive of Marshby Borough Council - Alan Treharne\n"
        "     Member peer: Cabinet Member for Housing at Fenby District Council - Cllr Rosa Whitlow (Green)\n"
        "     Peer challenge manager: Adviser at the LGA - Nadia Colquhoun\n\n"
        "2  Executive summary\n\nThe council knows its places well.\n"
    )
    assert _team(text) == [
        ("Alan Treharne", None, "Chief Executive", "Marshby Borough Council"),
        ("Rosa Whitlow", "Cllr", "Cabinet Member for Housing", "Fenby District Council"),
        ("Nadia Colquhoun", None, "Adviser", "LGA"),
    ]


def test_a_grid_with_the_team_part_first_and_role_slash_employer() -> None:
    text = (
        "3. Who we were\n\n"
        "The table below shows each peer's part on the team, the peer, and their day job.\n\n"
        "TEAM PART          | PERSON                       | DAY JOB\n"
        "-------------------+------------------------------+------------------------------------\n"
        "Lead (officer)     | Ewan Castellan               | Chief Executive / Wyvale District Council\n"
        "Finance            | Helena Brisco FCCA           | Director of Resources / Marshby Borough Council\n"
        "Runs the review    | Omar Ruskin                  | Peer Challenge Manager / LGA\n\n"
        "4. How we went about it\n\nWe read the council's documents.\n"
    )
    assert _team(text) == [
        ("Ewan Castellan", None, "Chief Executive", "Wyvale District Council"),
        ("Helena Brisco", None, "Director of Resources", "Marshby Borough Council"),
        ("Omar Ruskin", None, "Peer Challenge Manager", "LGA"),
    ]


def test_a_heading_in_capitals_after_the_list_is_no_member() -> None:
    text = (
        "Returning members of the peer team:\n"
        "  * Ivo Penhallow, Chief Executive – Wyvale District Council\n"
        "  * Greta Olsen, Peer Challenge Manager – LGA\n\n"
        "PEER RECOMMENDATIONS (as printed in 2023)\n\n"
        "R1. Agree the budget.\n"
    )
    assert [row[0] for row in _team(text)] == ["Ivo Penhallow", "Greta Olsen"]
