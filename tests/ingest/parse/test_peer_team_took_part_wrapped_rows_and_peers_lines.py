"""Peer teams introduced by peers who 'took part, joined by ...:', in a pipe table whose post cell wraps onto a
row with an empty name cell, with a label's field in brackets ('Officer peer (finance)'), and on a line opening
'Peers:' (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _names(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role").rows()


def test_peers_who_took_part_joined_by_another_with_dotted_leaders() -> None:
    text = (
        "The review was held in Fenby. Two of the original peers took part, joined by a new member peer:\n\n"
        "   Ann Bell ........ Chief Executive, Wyvern District Council\n"
        "   Cllr Tom Reed ... Leader, Marsh Borough Council\n\n"
        "The peers met the Leader.\n"
    )
    assert _names(text) == [(None, "Ann Bell", "Chief Executive"), ("Cllr", "Tom Reed", "Leader")]


def test_a_pipe_table_row_whose_name_cell_is_empty_continues_the_member_above() -> None:
    text = (
        "## The peer team\n\n"
        "| Peer            | Post and organisation                   | Role on the team |\n"
        "|-----------------|-----------------------------------------|------------------|\n"
        "| Ann Bell        | Chief Executive, Wyvern Council         | Lead peer        |\n"
        "| Cllr Tom Reed   | Cabinet Member for Housing and Health,  | Member peer      |\n"
        "|                 | West Barset District Council            |                  |\n"
        "| Sam Hill        | Director of Resources, Fenby Council    | Officer peer     |\n\n"
        "## Scope\n\nThe team looked at five themes.\n"
    )
    assert [row[1] for row in _names(text)] == ["Ann Bell", "Tom Reed", "Sam Hill"]


def test_a_team_label_with_its_field_in_brackets() -> None:
    text = (
        "### The team\n\n"
        "- **Lead peer** – Ann Bell, Chief Executive, Wyvern District Council\n"
        "- **Officer peer (finance)** – Sam Hill, Chief Finance Officer, Marsh Borough Council\n"
    )
    assert _names(text) == [
        (None, "Ann Bell", "Chief Executive"),
        (None, "Sam Hill", "Chief Finance Officer"),
    ]


def test_a_line_opening_peers_with_the_members_run_on() -> None:
    text = (
        "FINANCE REVIEW\nFenby District Council\n\n"
        "Peers: Ann Bell (lead peer, Director of Finance, Wyvern Council); Cllr Tom Reed (Leader, Marsh Council).\n\n"
        "KEY FINDINGS\n"
    )
    assert [row[1:] for row in _names(text)] == [("Ann Bell", "Director of Finance"), ("Tom Reed", "Leader")]
