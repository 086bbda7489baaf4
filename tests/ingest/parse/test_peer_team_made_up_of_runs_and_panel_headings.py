"""A team "made up of" members named in prose with their places in brackets, a run hard-wrapped inside a bracket
(its organisation opening the next line), and an assessment panel's members listed under a "panel members"
heading (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_a_team_made_up_of_members_with_their_places_in_brackets() -> None:
    text = (
        "CORPORATE PEER CHALLENGE\nHALBROOK BOROUGH COUNCIL\n\n"
        "4. ABOUT THE CHALLENGE\n\n"
        "The peer team was made up of Cllr Nia Foss (Leader, Kelby Council), Omar Dune (Chief Executive, "
        "Pardon District Council) and Edie Marsh (Peer Challenge Manager, Local Government Association).\n\n"
        "The team spent three days on site.\n"
    )
    assert _team(text) == [
        ("Cllr", "Nia Foss", "Leader", "Kelby Council"),
        (None, "Omar Dune", "Chief Executive", "Pardon District Council"),
        (None, "Edie Marsh", "Peer Challenge Manager", "Local Government Association"),
    ]


def test_a_wrapped_run_whose_next_line_opens_with_the_bracketed_organisation() -> None:
    text = (
        "CORPORATE PEER CHALLENGE\nHALBROOK BOROUGH COUNCIL\n\n"
        "3. THE PEER TEAM\n\n"
        "The peer team comprised Cllr Nia Foss (Leader,\n"
        "East Kelby Council), Omar Dune (Chief Executive, Pardon\n"
        "District Council) and Edie Marsh (Director of Place,\n"
        "North Wolding Council).\n\n"
        "The team spent three days on site.\n"
    )
    assert _team(text) == [
        ("Cllr", "Nia Foss", "Leader", "East Kelby Council"),
        (None, "Omar Dune", "Chief Executive", "Pardon District Council"),
        (None, "Edie Marsh", "Director of Place", "North Wolding Council"),
    ]


def test_an_assessment_panels_members_under_a_panel_members_heading() -> None:
    text = (
        "Panel Performance Assessment 2026\n\n"
        "Carreg County Council's panel performance assessment took place in March 2026.\n\n"
        "The panel members\n\n"
        "- Cllr Bryn Tal (chair) - Leader, Afon County Borough Council\n"
        "- Sian Dwyer - Director of Education, Mynydd Council\n\n"
        "What the panel found\n\n"
        "The council knows its communities well.\n"
    )
    assert _team(text) == [
        ("Cllr", "Bryn Tal", "Leader", "Afon County Borough Council"),
        (None, "Sian Dwyer", "Director of Education", "Mynydd Council"),
    ]


def test_a_scrutiny_panels_members_heading_opens_no_team() -> None:
    text = (
        "Scrutiny Panel on Bus Services\n\n"
        "The panel members\n\n"
        "- Cllr Bryn Tal - Chair, Carreg County Council\n"
        "- Cllr Sian Dwyer - Carreg County Council\n"
    )
    assert _team(text) == []
