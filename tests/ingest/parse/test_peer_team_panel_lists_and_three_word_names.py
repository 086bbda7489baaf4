"""An assessment panel "made up of:" a list of wrapped, indented lines; a name of three words before a dash; the
chair's place on the panel before a dash; a note in brackets after a wrapped organisation (invented texts, fictional
councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_a_panel_made_up_of_wrapped_indented_lines() -> None:
    text = (
        "Tarnby City Council\nPanel Performance Assessment\n\n1. The panel visited Tarnby in May 2025.\n\n"
        "The panel\n\n2. The panel was made up of:\n\n"
        "   Councillor Owen Pratt - Leader, Upton District\n   Council\n"
        "   Kay Lund - Director of Resources, Marsh County Borough\n   Council\n"
        "   Ivo Brent - Improvement Adviser, Fenby Association\n\n"
        "Overall conclusion\n\n3. The council is well run.\n"
    )
    assert _team(text) == [
        ("Councillor", "Owen Pratt", "Leader", "Upton District Council"),
        (None, "Kay Lund", "Director of Resources", "Marsh County Borough Council"),
        (None, "Ivo Brent", "Improvement Adviser", "Fenby Association"),
    ]


def test_a_scrutiny_panel_made_up_of_councillors_is_no_team() -> None:
    text = (
        "Tarnby City Council\nScrutiny Panel report\n\n1. The panel reviewed the bus service.\n\n"
        "2. The panel was made up of:\n\n   Councillor Owen Pratt - Chair, Tarnby City Council\n"
        "   Councillor Kay Lund - Tarnby City Council\n"
    )
    assert _team(text) == []


def test_a_name_of_three_words_before_a_dash() -> None:
    text = (
        "Corporate Peer Challenge\n\nThe peer team\n\n"
        "- Mari Eluned Garrow - Director of Social Services, Fenby County Council\n"
        "- Cllr Rhodri Wyn Pratt - Leader, Upton District Council\n"
    )
    assert [row[:3] for row in _team(text)] == [
        (None, "Mari Eluned Garrow", "Director of Social Services"),
        ("Cllr", "Rhodri Wyn Pratt", "Leader"),
    ]


def test_the_chairs_place_before_a_dash_and_a_note_in_brackets_after_a_wrapped_organisation() -> None:
    text = (
        "Corporate Peer Challenge\n\nThe peer team\n\n"
        "- Dr Nell Garrow, Chair - former Chief Executive,\n  Fenby County Council [independent member]\n"
        "- Kay Lund - Improvement Adviser, Fenby Association (panel manager)\n"
    )
    assert _team(text) == [
        ("Dr", "Nell Garrow", "Chair", "former Chief Executive, Fenby County Council"),
        (None, "Kay Lund", "Improvement Adviser", "Fenby Association"),
    ]
