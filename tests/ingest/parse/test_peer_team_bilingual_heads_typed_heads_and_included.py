"""The peer team under a question heading ("Who were the peers?"), a heading naming its members ("Meet the
peers", "Membership of the peer team") or a bilingual one ("Y Tîm / The Peer Team"), in a table typed under a
header row with no rule, with a surname's Welsh particle, and in prose naming members after ", and included" and
the manager after "The LGA's Peer Challenge Manager was" (invented texts, fictional councils).
"""

import pytest

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_a_question_heading_who_were_the_peers_opens_the_list() -> None:
    text = (
        "Our peer challenge\n\nThe peers spent three days in Wexcombe.\n\nWho were the peers?\n\n"
        "  * Councillor Ruth Amble (Leader, Danby Vale District Council)\n"
        "  * Colm Pardoe (Chief Executive, Hestley Borough Council)\n\n"
        "What did they find?\n\nThe peers found a council that listens.\n"
    )
    assert _team(text) == [
        ("Councillor", "Ruth Amble", "Leader", "Danby Vale District Council"),
        (None, "Colm Pardoe", "Chief Executive", "Hestley Borough Council"),
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "Meet the peers",
        "The peers",
        "Members of the peer team",
        "Peer team membership",
        "Composition of the team",
    ],
)
def test_a_heading_naming_the_peers_or_the_teams_membership_opens_the_list(heading: str) -> None:
    text = (
        f"Overview\n\nThe peers spent two days in Harlby.\n\n{heading}\n\n"
        "- Cllr Ines Watt, Leader, Cobble Hill District Council\n"
        "- Darius Penn, Chief Executive, Arnfield Borough Council\n\n"
        "Findings\n\nThe council has a clear plan.\n"
    )
    assert [row[1:3] for row in _team(text)] == [("Ines Watt", "Leader"), ("Darius Penn", "Chief Executive")]


def test_a_surname_opening_with_a_welsh_particle_is_a_name() -> None:
    text = (
        "3. The peer team\n\n"
        "   Cllr Emrys ap Tudur           Leader, Glasfryn County Council\n"
        "   Lowri ab Ifan                 Chief Executive, Penrhos County Borough Council\n\n"
        "4. SCOPE\n\nThe peers looked at the five themes.\n"
    )
    assert _team(text) == [
        ("Cllr", "Emrys ap Tudur", "Leader", "Glasfryn County Council"),
        (None, "Lowri ab Ifan", "Chief Executive", "Penrhos County Borough Council"),
    ]


def test_a_bilingual_heading_and_a_typed_table_under_a_header_row_with_wrapped_cells() -> None:
    text = (
        "1. Cyflwyniad / Introduction\n\nThe peers were on site for four days.\n\n"
        "2. Y Tîm Adolygu / The Peer Team\n\n"
        "Name                 Role                                  Organisation\n"
        "Cllr Owain Pryse     Leader                                Glanafon County Borough\n"
        "                                                           Council\n"
        "Meg Starling         Senior Adviser (Peer                  WLGA\n"
        "                     Challenge Manager)\n\n"
        "3. Canfyddiadau Allweddol / Key Findings\n\nThe council knows itself well.\n"
    )
    assert _team(text) == [
        ("Cllr", "Owain Pryse", "Leader", "Glanafon County Borough Council"),
        (None, "Meg Starling", "Senior Adviser (Peer Challenge Manager)", "WLGA"),
    ]


def test_the_next_numbered_section_after_the_team_heading_is_no_member() -> None:
    text = (
        "4. The peer team\n\n"
        "- Cllr Tessa Voss, Leader, Marlow Fen District Council\n"
        "- Ivor Blane, Director of Place, Keddle City Council\n\n"
        "5. Ardal Amdani Hearing\n\nThe peers met the Cabinet.\n"
    )
    assert [row[1] for row in _team(text)] == ["Tessa Voss", "Ivor Blane"]


def test_members_after_and_included_and_the_manager_after_a_bodys_possessive() -> None:
    text = (
        "About the visit\n\n"
        "The team was led by Councillor Hal Menzies, Leader of Orton Parva Town Council and a former county "
        "leader, and included Bea Lindqvist, Chief Executive of Sowerby District Council's successor authority, "
        "Calder Moor Council, and Rami Osei, Head of Finance at Thursby Borough Council. The LGA's Peer Challenge "
        "Manager was Lena Frost.\n\nWhat the peers found\n\nThe council is ambitious.\n"
    )
    assert [row[1:3] for row in _team(text)] == [
        ("Hal Menzies", "Leader"),
        ("Bea Lindqvist", "Chief Executive"),
        ("Rami Osei", "Head of Finance"),
        ("Lena Frost", "Peer Challenge Manager"),
    ]


def test_a_table_typed_under_a_header_row_with_no_rule_joins_a_wrapped_cell_to_its_column() -> None:
    text = (
        "The peer team\n\n"
        "Peer                 Role                          Council\n"
        "Cllr Nell Oduya      Deputy Leader                 Brisworth City Council\n"
        "Tariq Vance          Service Director (Lead        Ormside Borough Council\n"
        "                     Officer Peer)\n\n"
        "Our approach\n\nThe peers read the council's plans.\n"
    )
    assert _team(text) == [
        ("Cllr", "Nell Oduya", "Deputy Leader", "Brisworth City Council"),
        (None, "Tariq Vance", "Service Director (Lead Officer Peer)", "Ormside Borough Council"),
    ]


def test_the_manager_named_after_a_bodys_possessive_place_in_title_case() -> None:
    text = (
        "The visit\n\nThe peer team was led by Cllr Ada Crane, Leader of Pelham Dale Council. The WLGA's "
        "Peer Challenge Manager was Ifor Wynne.\n\nFindings\n\nThe council is stable.\n"
    )
    assert [row[1:3] for row in _team(text)] == [
        ("Ada Crane", "Leader"),
        ("Ifor Wynne", "Peer Challenge Manager"),
    ]
