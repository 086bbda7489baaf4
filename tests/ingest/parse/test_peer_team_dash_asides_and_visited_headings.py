"""The peer team in further printed forms: members named in a minute's prose inside a dash aside ("thanked the
peer team - ...; and ... - for their report"), a typed table under a "The team who visited" heading, and an
entry whose organisation opens with a place's name and ends with the member's place on the team after a dash,
a typed table that runs on past a page footer, the leader of a "team of six" and a place on the team before a dash
("Chair – <member>, <post>") (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _members(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_members_named_in_a_dash_aside_of_a_minute() -> None:
    text = (
        "14   Corporate Peer Challenge - feedback\n\n"
        "14.1  The Leader introduced the report. The peers had been on site for four days in May. The Leader "
        "thanked the peer team - Councillor Ruth Mallory, Leader of Fenby District Council, who led the team; "
        "Owen Tasker, Chief Executive of Upton Borough Council; and Kay Lund, Senior Adviser at the LGA, as "
        "review manager - for what she called a fair report.\n\n"
        "14.2  Members asked about the housing budget.\n"
    )
    assert [row[:3] for row in _members(text)] == [
        ("Councillor", "Ruth Mallory", "Leader"),
        (None, "Owen Tasker", "Chief Executive"),
        (None, "Kay Lund", "Senior Adviser"),
    ]


# a typed team table's heading, rule and first two members (the second's day job wraps onto the next line)
TEAM_TABLE_TOP = (
    "1. The team who visited\n\n"
    "The LGA brought together the following people for the challenge, chosen with the council:\n\n"
    "  ROLE ON THE TEAM     PEER                        HOME COUNCIL / DAY JOB\n"
    "  ------------------   -------------------------   ------------------------------\n"
    "  Lead member peer     Councillor Ruth Mallory     Leader, Fenby District Council\n"
    "  Lead officer peer    Owen Tasker                 Chief Executive, Upton Borough\n"
)


def test_a_typed_table_under_a_team_who_visited_heading() -> None:
    text = (
        TEAM_TABLE_TOP + "                                                   Council\n"
        "  Review manager       Kay Lund                    Senior Adviser, Local\n"
        "                                                   Government Association\n\n"
        "2. What the team did\n\nThe team met over 90 people.\n"
    )
    assert [row[1] for row in _members(text)] == ["Ruth Mallory", "Owen Tasker", "Kay Lund"]


def test_a_place_before_its_council_is_no_member_and_a_dash_label_is_no_role() -> None:
    text = (
        "The review team\n\n"
        "  * Nell Garrow, Director of Finance (S151), Fen Marsh Borough Council - lead peer\n"
        "  * Cllr Owen Pratt, Cabinet Member for Finance, Upton District Council\n"
        "  * Kay Lund, Finance Adviser, LGA - review manager\n\n"
        "We met thirty people.\n"
    )
    assert _members(text) == [
        (None, "Nell Garrow", "Director of Finance (S151)", "Fen Marsh Borough Council"),
        ("Cllr", "Owen Pratt", "Cabinet Member for Finance", "Upton District Council"),
        (None, "Kay Lund", "Finance Adviser", "LGA"),
    ]


def test_a_typed_table_runs_on_past_a_page_footer() -> None:
    text = (
        TEAM_TABLE_TOP + "                                                   Council\n\n"
        "Wexcombe Borough Council  |  Corporate Peer Challenge 2024                 Page 3 of 12\n\n"
        "  Review manager       Kay Lund                    Senior Adviser, Local\n"
        "                                                   Government Association\n\n"
        "2. What the team did\n\nThe team met over 90 people.\n"
    )
    assert [row[1:] for row in _members(text)] == [
        ("Ruth Mallory", "Leader", "Fenby District Council"),
        ("Owen Tasker", "Chief Executive", "Upton Borough Council"),
        ("Kay Lund", "Senior Adviser", "Local Government Association"),
    ]


def test_the_leader_of_a_team_of_a_counted_size() -> None:
    text = (
        "Corporate Peer Challenge\nFeedback report: 3 – 6 March 2025\n\n1. Introduction\n\n"
        "The team of six was led by Ruth Mallory, Chief Executive of Fenby District Council. The other peers came "
        "from councils across the region.\n"
    )
    assert _members(text) == [(None, "Ruth Mallory", "Chief Executive", "Fenby District Council")]


def test_a_place_on_the_team_before_a_dash_then_the_member_and_her_post() -> None:
    text = (
        "Corporate Peer Challenge\nFeedback report: 3 – 6 March 2025\n\nThe peer team\n\n"
        "Chair – Councillor Ruth Mallory, Leader, Fenby District Council\n"
        "Lead officer peer – Owen Tasker, Chief Executive, Upton Borough Council\n\n"
        "2. Key recommendations\n"
    )
    assert _members(text) == [
        ("Councillor", "Ruth Mallory", "Leader", "Fenby District Council"),
        (None, "Owen Tasker", "Chief Executive", "Upton Borough Council"),
    ]
