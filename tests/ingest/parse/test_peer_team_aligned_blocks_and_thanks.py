"""The peer team in further printed forms: a pipe table under a bare "The team" heading with role and
organisation in one cell, a space-aligned block with the team role in its left column after "delivered by a
team of ... peers:", the members of a team thanked in minutes' prose, and a challenge "led by" its lead peer
(invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _rows(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_a_table_under_the_team_heading_with_role_and_organisation_in_one_cell() -> None:
    text = (
        "## The team\n\n| Team role | Name | Position |\n|---|---|---|\n"
        "| Lead officer peer | Nell Garrow | Chief Executive, Fenby District Council |\n"
        "| Member peer | Cllr Owen Pratt | Leader, Upton Council |\n\n"
        "## Findings\n\nWyvern has a clear sense of place.\n"
    )
    assert _rows(text) == [
        (None, "Nell Garrow", "Chief Executive", "Fenby District Council"),
        ("Cllr", "Owen Pratt", "Leader", "Upton Council"),
    ]


def test_a_space_aligned_block_with_the_team_role_on_the_left() -> None:
    text = (
        "The review was delivered by a small team of finance peers:\n\n"
        "    Lead peer            Nell Garrow, Director of Finance, Fenby County Council\n"
        "    Officer peer         Kay Lund, Assistant Director - Finance, Upton Borough Council\n"
        "    Challenge manager    Tom Reed, Senior Adviser, LGA\n\n"
        "The team held 20 meetings in Borsetshire.\n"
    )
    assert _rows(text) == [
        (None, "Nell Garrow", "Director of Finance", "Fenby County Council"),
        (None, "Kay Lund", "Assistant Director - Finance", "Upton Borough Council"),
        (None, "Tom Reed", "Senior Adviser", "LGA"),
    ]


def test_the_members_of_a_team_thanked_in_minutes() -> None:
    text = (
        "CAB/12   PEER CHALLENGE\n\n"
        "The Leader thanked the peer team: Ms Nell Garrow, Chief Executive of Fenby District Council, who "
        "led the team; Councillor Owen Pratt, Leader of Upton Borough Council; Mr Tom Reed, former Director "
        "of Housing at Ambridge Council; and Ms Kay Lund, Peer Challenge Manager at the Local Government "
        "Association. In three days the team met over 90 people.\n"
    )
    assert _rows(text) == [
        ("Ms", "Nell Garrow", "Chief Executive", "Fenby District Council"),
        ("Councillor", "Owen Pratt", "Leader", "Upton Borough Council"),
        ("Mr", "Tom Reed", "former Director of Housing", "Ambridge Council"),
        ("Ms", "Kay Lund", "Peer Challenge Manager", "Local Government Association"),
    ]


def test_a_challenge_led_by_its_lead_peer() -> None:
    text = (
        "3.1 Wyvern last had a peer challenge in 2018. The 2024 challenge was led by Dr Nell Garrow, Chief "
        "Executive of Fenby Borough Council, and the team included councillors and officers from two other "
        "councils.\n"
    )
    assert _rows(text) == [("Dr", "Nell Garrow", "Chief Executive", "Fenby Borough Council")]


def test_a_slides_closing_thanks_after_the_team_list_is_no_peer() -> None:
    text = (
        "Wyvern District Council Corporate Peer Challenge\n\nThe peer challenge team\n\n"
        "• Nell Garrow, Chief Executive Peer - Fenby District Council\n\n"
        "• Owen Pratt - LGA Peer Challenge Manager\n\nThank You\n\nThe purpose of peer challenge\n"
    )
    assert [name for _, name, _, _ in _rows(text)] == ["Nell Garrow", "Owen Pratt"]
