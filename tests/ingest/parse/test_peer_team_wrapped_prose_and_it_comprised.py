"""A peer team named in hard-wrapped prose after "The peers were", and a panel's members listed after "It
comprised:" (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("name", "role", "organisation").rows()


def test_the_peers_were_in_a_hard_wrapped_paragraph() -> None:
    text = (
        "Borsetshire Council – Corporate Peer Challenge\n\n1. The challenge\n\n"
        "The peers were Nell Garrow (Chief Executive, Fenby District Council), Councillor Owen Pratt (Green), Deputy\n"
        "Leader of Upton Borough Council, and Kay Lund, Director of Place at Wyvern Council. Ivy Marsh, LGA\n"
        "Peer Challenge Manager, supported the team throughout.\n\n"
        "The team met over 90 people.\n"
    )
    assert _team(text) == [
        ("Nell Garrow", "Chief Executive", "Fenby District Council"),
        ("Owen Pratt", "Deputy Leader", "Upton Borough Council"),
        ("Kay Lund", "Director of Place", "Wyvern Council"),
        ("Ivy Marsh", "LGA Peer Challenge Manager", "LGA"),
    ]


def test_a_panel_on_site_that_it_comprised() -> None:
    text = (
        "Minutes of the meeting of County Council\n\nItem 5. Panel Performance Assessment\n\n"
        "The Chief Executive presented the report of the panel, which was convened by the\n"
        "Welsh Local Government Association and was on site between 2 and 5 May 2025. It comprised:\n\n"
        "    Ann Bell, Director of Education, Wyvern County Council\n"
        "    Tom Reed, Associate, Welsh Local Government Association\n\n"
        "Members asked about the budget.\n"
    )
    assert _team(text) == [
        ("Ann Bell", "Director of Education", "Wyvern County Council"),
        ("Tom Reed", "Associate", "Welsh Local Government Association"),
    ]


def test_two_list_lines_joined_after_a_closing_bracket() -> None:
    # a reader that re-flows lines may join a list line ending in a bracket to the next member's line
    text = (
        "Minutes of the meeting of County Council\n\nItem 5. Panel Performance Assessment\n\n"
        "The Chief Executive presented the report of the panel, which was on site between 2 and 5 May 2025. "
        "It comprised:\n\n"
        "    Ann Bell, former Chief Executive of a Welsh authority (chair of the panel) Councillor Tom Reed "
        "(Green), Leader of Wyvern County Council\n"
        "    Kay Lund, Associate, Welsh Local Government Association\n\nMembers asked about the budget.\n"
    )
    assert _team(text) == [
        ("Ann Bell", "former Chief Executive of a Welsh authority", None),
        ("Tom Reed", "Leader", "Wyvern County Council"),
        ("Kay Lund", "Associate", "Welsh Local Government Association"),
    ]


def test_a_member_whose_place_is_in_brackets_shadowed_the_team() -> None:
    text = (
        "Borsetshire Council – Corporate Peer Challenge\n\n1. The challenge\n\n"
        "The peers were Nell Garrow (Chief Executive, Fenby District Council) and Kay Lund, Director of Place at "
        "Wyvern Council. Ivy Marsh, LGA Peer Challenge Manager, supported the team throughout, and Ben Hale (LGA "
        "graduate trainee) shadowed the team.\n\nThe team met over 90 people.\n"
    )
    assert _team(text)[-2:] == [
        ("Ivy Marsh", "LGA Peer Challenge Manager", "LGA"),
        ("Ben Hale", "LGA graduate trainee", "LGA"),
    ]
