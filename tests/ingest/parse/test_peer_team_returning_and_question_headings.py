"""Peers listed under "Returning to the council were:", a title-case heading after a team of sentences that is no
member, and a team label that is a member's only role (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_peers_listed_under_returning_to_the_council_were() -> None:
    text = (
        "1. Introduction\n\n1.1 Wyvern District Council hosted a corporate peer challenge in May 2025.\n\n"
        "1.2 Returning to the council were:\n"
        "   - Nell Garrow (Chief Executive, Fenby District Council)\n"
        "   - Cllr Owen Pratt (Leader, Upton Borough Council)\n"
        "A third peer, Cllr Ada Finch, could not attend.\n\n2. Summary\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Chief Executive", "Fenby District Council"),
        ("Cllr", "Owen Pratt", "Leader", "Upton Borough Council"),
    ]


def test_a_how_we_worked_heading_after_the_team_is_no_member() -> None:
    text = (
        "The Peer Team\n\nThe team was drawn from councils across the region. Each peer gave their time:\n\n"
        "Nell Garrow, Chief Executive of Fenby District Council, served as officer peer.\n"
        "Cllr Owen Pratt, Leader of Upton Borough Council, was the member peer.\n\n"
        "How We Worked\n\n"
        "Over three days the team held 40 meetings with staff, councillors and partners of the council.\n"
    )
    assert [row[1] for row in _team(text)] == ["Nell Garrow", "Owen Pratt"]


def test_a_member_whose_only_role_printed_is_the_team_label_has_it_as_role() -> None:
    text = (
        "The peer team\n\n- Finance peer: Dev Raman, Lindfield County Council\n"
        "- Lead peer: Nell Garrow, Chief Executive, Fenby District Council\n\nThe peers met 50 people.\n"
    )
    assert _team(text) == [
        (None, "Dev Raman", "Finance peer", "Lindfield County Council"),
        (None, "Nell Garrow", "Chief Executive", "Fenby District Council"),
    ]


def test_a_role_first_grid_gives_the_team_cell_as_role_where_no_other_is_printed() -> None:
    text = (
        "WHO CAME\n\nRole\tPeer\tHome authority\n"
        "Lead officer peer\tNell Garrow\tFenby District Council\n"
        "Officer peer (planning)\tDev Raman\tLindfield County Council\n\n"
        "The team met 60 people.\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Lead officer peer", "Fenby District Council"),
        (None, "Dev Raman", "Officer peer (planning)", "Lindfield County Council"),
    ]
