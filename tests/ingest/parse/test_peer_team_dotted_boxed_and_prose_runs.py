"""Peer teams with dotted leaders in mixed order, in a box drawn beside the report's text, introduced by members
who 'returned', and named in prose 'supported by ..., by ..., and by ...' (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_dotted_leaders_with_the_person_first_or_last() -> None:
    text = (
        "Two members of the original team returned, joined by the LGA's manager for the review:\n\n"
        "  Chief Executive, Fenby Borough Council ........ Ann Bell\n"
        "  Cllr Tom Reed ........ Leader, Wyvern District Council\n"
        "  LGA Peer Challenge Manager ........ Sam Hill\n\n"
        "Peers met the Leader and Cabinet.\n"
    )
    assert _team(text) == [
        (None, "Ann Bell", "Chief Executive", "Fenby Borough Council"),
        ("Cllr", "Tom Reed", "Leader", "Wyvern District Council"),
        (None, "Sam Hill", "LGA Peer Challenge Manager", "LGA"),
    ]


def test_a_boxed_team_beside_the_text_with_organisations_that_open_like_names() -> None:
    text = (
        "Corporate Peer Challenge\n"
        "Marsh District Council                  ┌ PEER TEAM ────────────────┐\n"
        "2 – 5 May 2024                            ▪ Cllr Ann Bell\n"
        "Feedback report                             Leader\n"
        "                                            North Fenby District Council\n"
        "1. Executive summary                      ▪ Tom Reed\n"
        "                                            Chief Executive\n"
        "Marsh covers the fens and a long          West Wyvern Borough Council\n"
        "stretch of coast.                       └───────────────────────────┘\n"
    )
    assert _team(text) == [
        ("Cllr", "Ann Bell", "Leader", "North Fenby District Council"),
        (None, "Tom Reed", "Chief Executive", "West Wyvern Borough Council"),
    ]


def test_prose_members_supported_by_and_by_and_who_managed_the_work() -> None:
    text = (
        "The peer team\n\n"
        "The peer team was led by Ann Bell, Chief Executive of Fenby Council. They were supported by Tom Reed "
        "(Director of Finance, Wyvern Council), by Ruth Ames, Head of Digital at Marsh Council, and by Dev Khan, "
        "Director of Place at Tarnby Council. The work was managed by Sam Hill, Peer Challenge Manager at the "
        "Local Government Association, with Jo Pike, LGA Project Support Officer, providing support throughout.\n"
    )
    assert _team(text) == [
        (None, "Ann Bell", "Chief Executive", "Fenby Council"),
        (None, "Tom Reed", "Director of Finance", "Wyvern Council"),
        (None, "Ruth Ames", "Head of Digital", "Marsh Council"),
        (None, "Dev Khan", "Director of Place", "Tarnby Council"),
        (None, "Sam Hill", "Peer Challenge Manager", "Local Government Association"),
        (None, "Jo Pike", "LGA Project Support Officer", "LGA"),
    ]


def test_a_bulleted_team_flattened_onto_one_line_after_its_label() -> None:
    text = (
        "2. Background The peers spent three days at Marsh and came from councils across the region: LGA Peer "
        "Team: • Ann Bell, Chief Executive, Fenby Borough Council • Councillor Tom Reed, Wyvern District Council "
        "(Independent) • Sam Hill, Peer Challenge Manager, LGA The team then wrote to the council.\n"
    )
    assert _team(text) == [
        (None, "Ann Bell", "Chief Executive", "Fenby Borough Council"),
        ("Councillor", "Tom Reed", None, "Wyvern District Council"),
        (None, "Sam Hill", "Peer Challenge Manager", "LGA"),
    ]
