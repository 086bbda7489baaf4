"""The peer team in further printed forms: one semicolon-separated sentence after "The peer team for <the
review> was:", plain lines after "The team at <place> was made up of:", a table under a "Who the peers were"
heading and an introduction, members named in minutes' prose (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _names(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name").rows()


def test_members_in_one_sentence_after_a_colon() -> None:
    text = (
        "The peer team for the progress review was: Nell Garrow, Chief Executive at Fenby Council (lead peer); "
        "Councillor Owen Pratt, Deputy Leader at Upton Council; and Kay Lund, Senior Regional Adviser at the "
        "Local Government Association (peer challenge manager).\n\n2. Summary\n\nThe council has moved on.\n"
    )
    assert _names(text) == [(None, "Nell Garrow"), ("Councillor", "Owen Pratt"), (None, "Kay Lund")]


def test_plain_lines_after_the_team_was_made_up_of() -> None:
    text = (
        "3.1  Who took part\n\nThe team at Wyvern was made up of:\n\n"
        "     Nell Garrow (Fenby Borough Council) – Chief Executive; lead peer\n"
        "     Councillor Owen Pratt (Upton District Council) – Leader\n"
        "     Kay Lund (Local Government Association) – Peer Challenge Manager\n\n"
        "3.2  Focus\n\nThe peers looked at regeneration.\n"
    )
    rows = (
        parse_peer_team(make_docs(text)).collect().select("honorific", "name", "role", "organisation").rows()
    )
    assert rows == [
        (None, "Nell Garrow", "Chief Executive", "Fenby Borough Council"),
        ("Councillor", "Owen Pratt", "Leader", "Upton District Council"),
        (None, "Kay Lund", "Peer Challenge Manager", "Local Government Association"),
    ]


def test_a_table_under_who_the_peers_were_and_an_introduction() -> None:
    text = (
        "### Who the peers were\n\nThe LGA put together a team of councillors and officers from other councils:\n\n"
        "| Name | Role | Organisation |\n|---|---|---|\n"
        "| Nell Garrow (lead peer) | Chief Executive | Fenby Council |\n"
        "| Cllr Owen Pratt | Leader | Upton District Council |\n"
        "| Kay Lund | Peer Challenge Manager | Local Government Association |\n\n"
        "## 4. Findings\n\nThe council is ambitious.\n"
    )
    assert _names(text) == [(None, "Nell Garrow"), ("Cllr", "Owen Pratt"), (None, "Kay Lund")]


def test_members_named_in_minutes_prose() -> None:
    text = (
        "The team had been led by Dr Ada Quill, former Chief Executive of Fenby District Council, with "
        "Councillor Tom Reed, Leader of Upton Borough Council among the member peers. Mrs Jo Marsh, Director "
        "of Place at Ashby Council, "
        "had been the senior officer peer, and Mr Sam Hollis, Senior Regional Adviser at the Local Government "
        "Association, had managed the challenge. The peers had spoken to around 90 people.\n"
    )
    assert _names(text) == [
        ("Dr", "Ada Quill"),
        ("Councillor", "Tom Reed"),
        ("Mrs", "Jo Marsh"),
        ("Mr", "Sam Hollis"),
    ]
    rows = parse_peer_team(make_docs(text)).collect().select("name", "organisation").rows()
    assert rows[1] == ("Tom Reed", "Upton Borough Council")


def test_role_and_organisation_in_brackets_before_a_team_role() -> None:
    text = (
        "The peer team\n\n  •  Nell Garrow (Chief Executive, Fenby Borough Council) – lead peer\n"
        "  •  Kay Lund (Senior Adviser, Local Government Association) – peer challenge manager\n\nScope\n"
    )
    rows = parse_peer_team(make_docs(text)).collect().select("name", "role", "organisation").rows()
    assert rows == [
        ("Nell Garrow", "Chief Executive", "Fenby Borough Council"),
        ("Kay Lund", "Senior Adviser", "Local Government Association"),
    ]


def test_a_last_member_in_minutes_prose_placed_with_of_and_as() -> None:
    text = (
        "7/26  PEER CHALLENGE FEEDBACK\n\n"
        "The Director explained that the peer team had been led by Nell Garrow, former Chief Executive of Fenby "
        "District Council, with Councillor Owen Pratt, Leader of Upton Borough Council, and Kay Lund of the "
        "Local Government Association as peer challenge manager. The team had met 80 people.\n"
    )
    rows = parse_peer_team(make_docs(text)).collect().select("name", "role", "organisation").rows()
    assert rows == [
        ("Nell Garrow", "former Chief Executive", "Fenby District Council"),
        ("Owen Pratt", "Leader", "Upton Borough Council"),
        ("Kay Lund", "peer challenge manager", "Local Government Association"),
    ]
