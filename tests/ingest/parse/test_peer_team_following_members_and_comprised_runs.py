"""Peer team: an assessment panel introduced as "made up of the following members:", a team "led by" one member
that "comprised" the others in one sentence, and a trainee after the body's initials (invented texts, fictional
councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs

TITLE = "Panel Performance Assessment\n\nCyngor Sir Brynmawr / Brynmawr County Council\n\n"


def _members(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_a_panel_made_up_of_the_following_members_lists_them() -> None:
    text = (
        TITLE + "2. The panel\n\n2.1 The panel was made up of the following members:\n\n"
        "- Ann Pryce, Chief Executive, Tarnby Council\n"
        "- Cllr Tom Rees, Leader, Ormsby County Council\n\n"
        "3. Findings\n\nThe council knows itself well.\n"
    )
    assert _members(text) == [
        (None, "Ann Pryce", "Chief Executive", "Tarnby Council"),
        ("Cllr", "Tom Rees", "Leader", "Ormsby County Council"),
    ]


def test_a_team_led_by_one_member_and_comprised_the_others_in_one_sentence() -> None:
    text = (
        "Corporate Peer Challenge\n\nTarnby Borough Council\n\n1. Introduction\n\n"
        "The peer team was led by Cllr Ann Pryce, Leader of Ormsby District Council, and comprised Tom Rees,\n"
        "Chief Executive of Fenby Borough Council; and Huw Morgan, Peer Challenge Manager at the LGA.\n\n"
        "2. Findings\n\nThe council knows itself well.\n"
    )
    assert [row[1] for row in _members(text)] == ["Ann Pryce", "Tom Rees", "Huw Morgan"]


def test_a_trainee_after_the_bodys_initials_is_one_member_not_a_second() -> None:
    text = (
        "Corporate Peer Challenge\n\nTarnby Borough Council\n\n1. Introduction\n\n"
        "The peer team was led by Cllr Ann Pryce, Leader of Ormsby District Council, and included Tom Rees,\n"
        "Peer Challenge Manager at the LGA, supported by Lucy Vance, LGA Graduate Trainee (shadowing).\n\n"
        "2. Findings\n\nThe council knows itself well.\n"
    )
    assert _members(text)[-1] == (None, "Lucy Vance", "LGA Graduate Trainee", "LGA")
    assert len(_members(text)) == 3
