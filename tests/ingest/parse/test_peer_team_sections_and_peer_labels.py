"""An assessment panel's members only in the section about its visit (a scrutiny panel in a minute's next item is
none), and a table's team label of any kind before the day job (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs

MINUTES = (
    "Wyvernmoor County Council\nMinutes – Cabinet\nDate: 4 June 2026\n\n"
    "4. Panel Performance Assessment: action plan\n\n"
    "The Leader presented the action plan that answers the assessment panel's report.\n\n"
    "5. Review of Coastal Car Parking\n\n"
    "The Scrutiny Panel was chaired by Councillor Ada Threlkeld, Chair of the Place Scrutiny Panel, and reported "
    "in May. The panel made the following recommendations, which Cabinet was asked to agree:\n\n"
    "(1) Extend the winter tariff to all coastal car parks.\n(2) Report income to the panel each quarter.\n\n"
    "Resolved: to agree the recommendations.\n"
)


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("name", "role", "organisation").rows()


def test_a_scrutiny_panels_chair_in_the_item_after_a_panel_assessment_is_no_member() -> None:
    assert _team(MINUTES) == []


def test_an_assessment_panels_chair_in_its_own_item_is_a_member() -> None:
    text = MINUTES.replace(
        "The Leader presented the action plan that answers the assessment panel's report.",
        "The panel was on site in March. It was chaired by Ivo Brent, former Chief Executive of Fenby Council.",
    )
    assert _team(text) == [("Ivo Brent", "former Chief Executive", "Fenby Council")]


def test_a_tables_team_label_of_any_kind_before_the_day_job() -> None:
    text = (
        "The peer team\n\n| Name | Role on the team | Day job |\n|---|---|---|\n"
        "| Nell Garrow | Finance peer | Director of Finance, Fenby Council |\n"
        "| Owen Pratt | Lead member peer | Leader, Upton District Council |\n"
    )
    assert _team(text) == [
        ("Nell Garrow", "Director of Finance", "Fenby Council"),
        ("Owen Pratt", "Leader", "Upton District Council"),
    ]
