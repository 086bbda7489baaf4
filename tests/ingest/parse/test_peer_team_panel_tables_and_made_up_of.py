"""The peer team: an assessment panel's table headed "Panel member", a team "made up of" some of the original
peers with its members after the colon, and a person quoted paragraphs after the sentence naming the team
(invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_an_assessment_panels_table_headed_panel_member() -> None:
    text = (
        "# Panel Performance Assessment\n\n**Wyvern County Council**\n\n## 2. The panel\n\n"
        "| Panel member | Role | Organisation |\n|---|---|---|\n"
        "| Nell Garrow | Chair; former Chief Executive | Fenby County Council |\n"
        "| Cllr Owen Pratt | Leader | Upton Borough Council |\n\n## 3. Context\n\nWyvern is rural.\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Chair; former Chief Executive", "Fenby County Council"),
        ("Cllr", "Owen Pratt", "Leader", "Upton Borough Council"),
    ]


def test_a_scrutiny_panels_member_table_in_a_text_about_no_visit_is_no_team() -> None:
    text = (
        "Housing Scrutiny Panel\n\n| Panel member | Role | Organisation |\n|---|---|---|\n"
        "| Nell Garrow | Chair | Wyvern County Council |\n"
    )
    assert _team(text) == []


def test_a_team_made_up_of_some_of_the_original_peers_then_a_colon() -> None:
    text = (
        "The peer team for the progress review was made up of three of the original peers: Nell Garrow, Chief "
        "Executive of Fenby District Council; Cllr Owen Pratt, Leader of Upton Borough Council; and Kay Lund, "
        "Peer Challenge Manager at the LGA.\n\n2. SUMMARY\n\nThe council has moved on.\n"
    )
    assert [row[1] for row in _team(text)] == ["Nell Garrow", "Owen Pratt", "Kay Lund"]


def test_a_person_quoted_paragraphs_after_the_team_sentence_is_no_member() -> None:
    text = (
        "Who was on the team?\n\n"
        "The team was led by Nell Garrow, Chief Executive of Fenby District Council. She was joined by "
        "Councillor Owen Pratt, Leader of Upton Borough Council.\n\n"
        "What did they find?\n\nThe team found a well-run council.\n\n"
        'Councillor Ada Quill, Leader of the Council, said: "We welcome the report."\n'
    )
    assert [row[1] for row in _team(text)] == ["Nell Garrow", "Owen Pratt"]
