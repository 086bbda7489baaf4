"""Peer teams in a typed three-column table with wrapped cells, a label with an apostrophe, more prose forms,
and a letter's writer named as "myself" (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_a_typed_table_with_the_team_role_first_and_cells_wrapped_in_any_column() -> None:
    text = (
        "2. The peer team\n\nFor this review the team was:\n\n"
        "Part on team       Peer                      Employer and post\n"
        "-----------------  ------------------------  ----------------------------------\n"
        "Lead officer peer  Orla Fenwick              Chief Executive,\n"
        "                                             Wyvern Borough Council\n"
        "Member peer        Cllr Bram Tolley          Cabinet Member for\n"
        "                   (Green)                   Housing, Loxley District Council\n"
        "Review             Pia Marchetti             Programme Lead, LGA\n"
        "manager\n"
        "                                                         Page 3 of 9\n"
        "3. Summary\n\nThe council is ambitious.\n"
    )
    assert _team(text) == [
        (None, "Orla Fenwick", "Chief Executive", "Wyvern Borough Council"),
        ("Cllr", "Bram Tolley", "Cabinet Member for Housing", "Loxley District Council"),
        (None, "Pia Marchetti", "Programme Lead", "LGA"),
    ]


def test_a_label_with_an_apostrophe() -> None:
    text = (
        "The peers were:\n\n"
        "- Young people's services peer: Hal Brennan, Director of Education, Felpersham City Council\n"
        "- Finance peer: Ida Sorrel, Head of Finance, Hollerton District Council\n\nScope\n"
    )
    assert _team(text) == [
        (None, "Hal Brennan", "Director of Education", "Felpersham City Council"),
        (None, "Ida Sorrel", "Head of Finance", "Hollerton District Council"),
    ]


def test_members_named_where_expertise_came_from_and_after_while() -> None:
    text = (
        "The peer team\n\nThe challenge was led by Vera Holm, Chief Executive of Ambridge District Council. "
        "Legal expertise came from Otto Brisk, Head of Legal Services at Penny Hassett Borough Council, while "
        "Dr Lena Quarry, Director of Place at Loxley City Council, brought a planning perspective. The team was "
        "supported by Sam Dray, Adviser at the LGA.\n\nWhat we did\n"
    )
    assert _team(text) == [
        (None, "Vera Holm", "Chief Executive", "Ambridge District Council"),
        (None, "Otto Brisk", "Head of Legal Services", "Penny Hassett Borough Council"),
        ("Dr", "Lena Quarry", "Director of Place", "Loxley City Council"),
        (None, "Sam Dray", "Adviser", "LGA"),
    ]


def test_member_peers_after_a_dash_and_a_manager_of_the_lga_in_minutes() -> None:
    text = (
        "The Leader said the team had been led by Nell Varga, a former chief executive of Wyvern County "
        "Council, and included two member peers - Councillor Rob Lyle, Cabinet Member for Finance at Loxley "
        "Borough Council, and Councillor Ana Petrie, opposition group leader on Felpersham City Council - "
        "together with officers from two other councils. Kit Barrow of the LGA had managed the challenge. "
        "The Leader thanked them.\n"
    )
    assert _team(text) == [
        (None, "Nell Varga", "a former chief executive", "Wyvern County Council"),
        ("Councillor", "Rob Lyle", "Cabinet Member for Finance", "Loxley Borough Council"),
        ("Councillor", "Ana Petrie", "opposition group leader", "Felpersham City Council"),
        (None, "Kit Barrow", None, "LGA"),
    ]


def test_the_letter_writer_named_as_myself_is_the_name_signed_under_it() -> None:
    text = (
        "Dear Tom,\n\nWho we met\n\n"
        "Three members of the original team returned: Councillor Ivy Stott, Leader of Hollerton District "
        "Council; Ned Farrow, Director of Resources at Loxley Borough Council; and myself as the LGA's Peer "
        "Challenge Manager. We met the Cabinet.\n\nThe council has made good progress on its plan.\n\n"
        "Yours sincerely,\n\nMaud Pelling\nPeer Challenge Manager\nLocal Government Association\n"
    )
    assert _team(text) == [
        ("Councillor", "Ivy Stott", "Leader", "Hollerton District Council"),
        (None, "Ned Farrow", "Director of Resources", "Loxley Borough Council"),
        (None, "Maud Pelling", "Peer Challenge Manager", "LGA"),
    ]


def test_myself_in_an_unsigned_text_names_no_member() -> None:
    text = (
        "Three members of the original team returned: Ned Farrow, Director of Resources at Loxley Borough "
        "Council; and myself as the LGA's Peer Challenge Manager.\n"
    )
    assert _team(text) == [(None, "Ned Farrow", "Director of Resources", "Loxley Borough Council")]
