"""Peer teams printed with each member's role as a label before the name, peers who returned for a review, and a
team that 'had been led by' someone in a minute (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_bullets_with_the_role_first_as_a_label() -> None:
    text = (
        "The peer team\nThe peers were chosen for their experience. They were:\n\n"
        "  • Chief Executive: Hal Denton, Loxley Borough Council (lead peer)\n"
        "  • Leader: Cllr Ruth Amble, Felpersham City Council (member peer)\n"
        "  • Cabinet Member for Housing: Cllr Dev Khan, Hollerton District Council\n"
        "  • Peer Challenge Manager: Toby Vance, Local Government Association\n\n"
        "What the peers did\nThe peers met 80 people.\n"
    )
    assert _team(text) == [
        (None, "Hal Denton", "Chief Executive", "Loxley Borough Council"),
        ("Cllr", "Ruth Amble", "Leader", "Felpersham City Council"),
        ("Cllr", "Dev Khan", "Cabinet Member for Housing", "Hollerton District Council"),
        (None, "Toby Vance", "Peer Challenge Manager", "Local Government Association"),
    ]


def test_peers_who_returned_for_the_review_with_em_dashes() -> None:
    text = (
        "### 2. The team\n\nTwo of the original peers returned for the progress review:\n\n"
        "* Mina Cole — Chief Executive, Penny Hassett Council\n"
        "* Cllr Abel Corrie — Leader, Caxley District Council\n\n"
        "Over two days the team met 30 people.\n"
    )
    assert _team(text) == [
        (None, "Mina Cole", "Chief Executive", "Penny Hassett Council"),
        ("Cllr", "Abel Corrie", "Leader", "Caxley District Council"),
    ]


def test_a_minute_saying_the_team_had_been_led_by_and_had_included() -> None:
    text = (
        "C/12   PEER CHALLENGE REPORT\n\n"
        "       The Leader presented the report. The peer team had been led by Dr Nell Garrow, Chief Executive of "
        "Fenby District Council, and had included Councillor Owen Pratt, Leader of Upton Borough Council. The "
        "Leader noted that the peers had met 70 people.\n\n"
        "       RESOLVED that the report be noted.\n"
    )
    assert _team(text) == [
        ("Dr", "Nell Garrow", "Chief Executive", "Fenby District Council"),
        ("Councillor", "Owen Pratt", "Leader", "Upton Borough Council"),
    ]


def test_team_labels_joined_to_the_members_by_dotted_leaders() -> None:
    text = (
        "The review was carried out by these members of the original team:\n\n"
        "  Lead peer ........ Ann Bell, Chief Executive, Fenby Borough Council\n"
        "  Member peer ...... Councillor Tom Reed, Leader, Wyvern District Council\n"
        "  LGA .............. Sam Hill, Senior Regional Adviser, Local Government Association\n\n"
        "Before the visit the peers read the action plan.\n"
    )
    assert _team(text) == [
        (None, "Ann Bell", "Chief Executive", "Fenby Borough Council"),
        ("Councillor", "Tom Reed", "Leader", "Wyvern District Council"),
        (None, "Sam Hill", "Senior Regional Adviser", "Local Government Association"),
    ]


def test_dotted_leader_lines_joined_into_one_by_a_reader() -> None:
    text = (
        "The review was carried out by these members of the original team:\n\n"
        "  Lead peer ........ Ann Bell, Chief Executive, Fenby Borough Council Member peer ...... Councillor Tom "
        "Reed, Leader, Wyvern District Council LGA .............. Sam Hill, Adviser, Local Government Association\n\n"
        "Before the visit the peers read the action plan.\n"
    )
    assert _team(text) == [
        (None, "Ann Bell", "Chief Executive", "Fenby Borough Council"),
        ("Councillor", "Tom Reed", "Leader", "Wyvern District Council"),
        (None, "Sam Hill", "Adviser", "Local Government Association"),
    ]
