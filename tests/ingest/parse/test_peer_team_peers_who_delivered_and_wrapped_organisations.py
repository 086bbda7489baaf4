"""The peer team named after "The peers who delivered the challenge ... were", listed after "The peers who were able
to return ... were:", a numbered section heading in capitals after the team, and a dotted-leader row whose
organisation wraps to a line of its own (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_members_run_on_after_the_peers_who_delivered_the_challenge_were() -> None:
    text = (
        "2. THE TEAM\n\n"
        "The peers who carried out the review at Fenby Vale were Nell Garrow, Chief Executive, Upton District "
        "Council (lead peer); Councillor Owen Pratt, Leader, Marsh Borough Council; and Kay Lund, Adviser at "
        "the Local Government Association.\n\n"
        "The council has made good progress.\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Chief Executive", "Upton District Council"),
        ("Councillor", "Owen Pratt", "Leader", "Marsh Borough Council"),
        (None, "Kay Lund", "Adviser", "Local Government Association"),
    ]


def test_a_numbered_heading_in_capitals_after_the_team_is_no_member() -> None:
    text = (
        "3. THE PEER TEAM\n\n"
        "The peers who delivered the challenge were:\n\n"
        "1. Ruth Calder, Chief Executive, Selby Vale Council\n"
        "2. Cllr Dev Anand, Leader, Ashby Borough Council\n\n"
        "4. THE REVIEW APPROACH\n\n"
        "The team read the council's plans before the visit.\n"
    )
    assert _team(text) == [
        (None, "Ruth Calder", "Chief Executive", "Selby Vale Council"),
        ("Cllr", "Dev Anand", "Leader", "Ashby Borough Council"),
    ]


def test_a_list_after_the_peers_who_were_able_to_return_were() -> None:
    text = (
        "The peers who were able to come back for the one-day progress visit were:\n\n"
        "* Ivo Brent (Chief Executive – Caxley District Council)\n"
        "* Cllr Sue Hale (Leader – Selsby City Council)\n"
    )
    assert _team(text) == [
        (None, "Ivo Brent", "Chief Executive", "Caxley District Council"),
        ("Cllr", "Sue Hale", "Leader", "Selsby City Council"),
    ]


def test_a_dotted_leader_row_whose_organisation_wraps_to_its_own_line() -> None:
    text = (
        "The peer team\n\n"
        "  Lead peer ........... Abel Corrie, Director of Resources, Wyvern Borough Council\n"
        "  Member peer ......... Councillor Mina Sorrell, Cabinet Member for Housing,\n"
        "                        Brantwood Vale City Council\n"
        "  Officer peer ........ Tom Reed, Head of Finance, Ambridge District Council\n\n"
        "Scope and focus\n"
    )
    assert _team(text) == [
        (None, "Abel Corrie", "Director of Resources", "Wyvern Borough Council"),
        ("Councillor", "Mina Sorrell", "Cabinet Member for Housing", "Brantwood Vale City Council"),
        (None, "Tom Reed", "Head of Finance", "Ambridge District Council"),
    ]
