"""Peer teams in further layouts: the lead peer named in a sentence, a typed table's wrapped cells (invented
texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_the_lead_peer_was_and_others_joined_them_in_prose() -> None:
    text = (
        "3.1 The peer team\n"
        "The peers were chosen for their experience of coastal districts. The lead peer for Borsetshire was "
        "Hal Denton, Chief Executive at Loxley Borough Council. She was joined by Councillor Ruth Amble, Leader "
        "of Felpersham City Council; Councillor Dev Khan, Cabinet Member for Housing at Hollerton District "
        "Council; and Mina Cole, Director of Place at Penny Hassett Council. Toby Vance, Adviser at the LGA, "
        "managed the challenge.\n\n3.2 Scope\nThe council asked for a focus on housing.\n"
    )
    assert _team(text) == [
        (None, "Hal Denton", "Chief Executive", "Loxley Borough Council"),
        ("Councillor", "Ruth Amble", "Leader", "Felpersham City Council"),
        ("Councillor", "Dev Khan", "Cabinet Member for Housing", "Hollerton District Council"),
        (None, "Mina Cole", "Director of Place", "Penny Hassett Council"),
        (None, "Toby Vance", "Adviser", "LGA"),
    ]


def test_the_lead_peer_was_impressed_names_no_member() -> None:
    text = "The peer team\n\nThe lead peer was impressed by the Ambridge staff, who were open and keen.\n"
    assert _team(text) == []


def test_a_typed_table_with_wrapped_second_column_cells() -> None:
    text = (
        "The peer team\n\nThe team was:\n\n"
        "    Name                  Role and organisation\n"
        "    ------------------    ---------------------------------------\n"
        "    Ada Quill             Chief Executive, Wyvern Borough Council\n"
        "    Cllr Ben Rook         Strategic Director (Growth), Borsetshire\n"
        "                          County Council\n"
        "    Cara Penn             Head of Finance, Ambridge District\n"
        "                          Council\n"
        "    Dan Moss              Peer Challenge Manager, Local Government Association\n\n"
        "Scope and focus\n\nText.\n"
    )
    assert _team(text) == [
        (None, "Ada Quill", "Chief Executive", "Wyvern Borough Council"),
        ("Cllr", "Ben Rook", "Strategic Director (Growth)", "Borsetshire County Council"),
        (None, "Cara Penn", "Head of Finance", "Ambridge District Council"),
        (None, "Dan Moss", "Peer Challenge Manager", "Local Government Association"),
    ]


def test_a_member_who_was_the_lead_peer_and_the_challenge_managed_by() -> None:
    text = (
        "The peer team\n"
        "Kay Lund, Chief Executive of Loxley Borough Council, was the lead peer. He was joined by Abel Corrie, "
        "Leader of Hollerton District Council. The challenge was managed by Nell Garrow, Adviser at the LGA.\n\n"
        "The peers spent three days in Borsetshire.\n"
    )
    assert _team(text) == [
        (None, "Kay Lund", "Chief Executive", "Loxley Borough Council"),
        (None, "Abel Corrie", "Leader", "Hollerton District Council"),
        (None, "Nell Garrow", "Adviser", "LGA"),
    ]
