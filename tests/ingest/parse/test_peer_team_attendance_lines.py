"""Peers named in a minute's attendance line, each with a bracket naming their place on the peer team; officers
or a mixed line in attendance are no team (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs

MINUTE = (
    "TARNBY CITY COUNCIL\n\nMINUTES OF THE CABINET\n\nTuesday, 3 March 2026\n\n"
    "PRESENT: Councillor Owen Pratt (Leader) (Chair); Councillors Ivo Brent and Nia Hale.\n\n"
    "{attendance}\n\n12. CORPORATE PEER CHALLENGE REPORT\n\n"
    "The Leader welcomed the peers. The challenge took place between 2 and 5 December 2025.\n"
)


def _team(attendance: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(MINUTE.format(attendance=attendance))).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_peers_in_attendance_each_with_their_place_on_the_team() -> None:
    attendance = (
        "Also in attendance for this item: Dr Nell Garrow, Chief Executive of\nFenby County Council (lead peer), "
        "and Kay Lund, Senior\nAdviser, Fenby Association (peer challenge manager)."
    )
    assert _team(attendance) == [
        ("Dr", "Nell Garrow", "Chief Executive", "Fenby County Council"),
        (None, "Kay Lund", "Senior Adviser", "Fenby Association"),
    ]


def test_officers_in_attendance_or_a_line_mixed_with_them_are_no_team() -> None:
    officers = "Also present: Chief Executive (Ruth Wade), Director of Resources (Sam Eller)."
    mixed = (
        "Also in attendance: Ruth Wade (Director of Resources) and Dr Nell Garrow, Chief Executive of Fenby "
        "County Council (lead peer)."
    )
    assert (_team(officers), _team(mixed)) == ([], [])
