"""The peer team listed after "It was delivered by three of the original peers:" and after a panel's sentence
that names who facilitated it before its members ("It was facilitated by ... and comprised:"); a member named
within a minute's sentence, then "who had acted as the lead peer" (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_a_list_after_delivered_by_some_of_the_original_peers() -> None:
    text = (
        "The progress review took place on 4 and 6 March 2025. It was delivered by three of the original peers:\n\n"
        "  - Dr Ada Quill, Chief Executive, Fenby District Council (lead peer)\n"
        "  - Cllr Bo Tarn, Leader, Upton Vale District Council (member peer)\n"
        "  - Cy Rowe, Peer Challenge Manager, LGA\n\n"
        "The team met over 30 people.\n"
    )
    assert _team(text) == [
        ("Dr", "Ada Quill", "Chief Executive", "Fenby District Council"),
        ("Cllr", "Bo Tarn", "Leader", "Upton Vale District Council"),
        (None, "Cy Rowe", "Peer Challenge Manager", "LGA"),
    ]


def test_a_list_after_a_panel_facilitated_by_a_body_and_comprised() -> None:
    text = (
        "2.1 The panel was on site at the Civic Centre from 3 to 6 June 2025. It was facilitated by the Fenby "
        "Councils Association (FCA) and comprised:\n\n"
        "    Ada Quill (Lead Peer) - Chief Executive, Fenby County Council\n"
        "    Councillor Bo Tarn - Leader, Upton Borough Council\n"
        "    Di Vane - Improvement Adviser, FCA\n\n"
        "2.2 Over the four days the panel held 30 sessions.\n"
    )
    assert _team(text) == [
        (None, "Ada Quill", "Chief Executive", "Fenby County Council"),
        ("Councillor", "Bo Tarn", "Leader", "Upton Borough Council"),
        (None, "Di Vane", "Improvement Adviser", "FCA"),
    ]


def test_a_member_named_within_a_sentence_who_acted_as_the_lead_peer() -> None:
    text = (
        "7. LGA FINANCE PEER CHALLENGE\n\n"
        "The Chair welcomed Ms Petra Oakes, former Chief Finance Officer at Wyvern Borough Council, who had acted "
        "as the lead peer for the challenge in March 2024. Ms Oakes presented the findings.\n"
    )
    assert _team(text) == [("Ms", "Petra Oakes", "former Chief Finance Officer", "Wyvern Borough Council")]
