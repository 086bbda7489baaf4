"""Partner names in invented texts for fictional councils: a council listed after a board ("the Fenby Care Board and
Marsh County Council"), an area's leaders' group, an NHS body named for two places, a company named before its kind
in lower case, the council's own company (no partner), councils named by their places before "councils" in lower
case, and the councils a new council replaced (no partners)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> set[str]:
    text = f"Corporate Peer Challenge\n\n{body}"  # the own council is dropped in dbt, not here
    return set(parse_partnership_mentions(make_docs(text)).collect()["name"].to_list())


def test_a_council_listed_after_a_board_is_a_partner_of_its_own() -> None:
    body = "The council works with the Fenby Integrated Care Board and Marsh County Council on hospital discharge."
    assert _names(body) == {"Fenby Integrated Care Board", "Marsh County Council"}


def test_an_areas_leaders_group() -> None:
    body = "Agree a joint position on devolution through the Wyvern Leaders' Group by the spring."
    assert _names(body) == {"Wyvern Leaders' Group"}


def test_an_nhs_body_named_for_two_places_keeps_both() -> None:
    body = "4.3 The council pools funds with NHS Fenby and Marsh through the Better Care Fund."
    assert "NHS Fenby and Marsh" in _names(body)


def test_a_company_named_before_its_kind_in_lower_case() -> None:
    body = "Peers praised the council's role in the Roof First county-wide lettings company for homeless families."
    assert _names(body) == {"Roof First"}


def test_the_councils_own_company_is_no_partner() -> None:
    body = "Placements are bought through Roof First and the council's own housing company, Wyvern Lets Ltd."
    assert "Wyvern Lets Ltd" not in _names(body)
    body = "Its wholly owned subsidiary, Marsh Estates Ltd, returned a dividend to the council."
    assert "Marsh Estates Ltd" not in _names(body)


def test_a_contractor_named_after_its_role() -> None:
    body = "Street cleansing, run by the council with contractor Brightway Environment, is well regarded."
    assert _names(body) == {"Brightway Environment"}


def test_a_named_project_before_partnership_in_lower_case() -> None:
    body = "Figures for R2 are provisional until checked by the Project Brightwater partnership in May."
    assert _names(body) == {"Project Brightwater"}


def test_a_registered_places_team_is_a_partnership() -> None:
    body = "| 4 | Raise the council's profile in Team Devon and with its health partners | Agreed |"
    assert _names(body) == {"Team Devon"}


def test_a_company_called_the_councils_own_right_after_its_name_is_no_partner() -> None:
    body = "The council lends to Wyvern Homes Ltd, the group of council-owned housing companies, and to Marsh Trust."
    assert _names(body) == {"Marsh Trust"}
    body = (
        '"2","Settle the Marshgate Park LLP board and the council\'s shareholder role","Director","May 2026"'
    )
    assert _names(body) == set()
    body = "The council works with Fenby Homes Ltd on land owned by the council."
    assert _names(body) == {"Fenby Homes Ltd"}


def test_councils_named_by_their_places_before_councils_in_lower_case() -> None:
    body = "Agree a shared vision for the estuary with Fenby, Upton and Marsh councils by the spring."
    assert _names(body) == {"Fenby", "Upton", "Marsh"}


def test_the_councils_a_new_council_replaced_are_no_partners() -> None:
    body = (
        "The unitary council began in 2021, bringing together the services of Fenby and Marsh councils. It was "
        "formed by the merger of Upton District Council with two neighbours."
    )
    assert _names(body) == set()


def test_councils_in_a_long_list_the_peers_came_from_are_not_partners() -> None:
    body = (
        "The team of five peer reviewers from Fenby Borough Council, Marsh Vale District Council, Upton Magna "
        "City Council, Wyre Forest Edge Borough Council and a member of the Local Government Association met "
        "staff. The council shares a legal team with Kent Vale District Council."
    )
    assert _names(body) == {"Kent Vale District Council"}


def test_a_list_after_other_words_between_the_peers_and_from_keeps_its_partners() -> None:
    body = (
        "The peers were impressed by the contributions from partners, including Fenby Police, the Marsh Vale "
        "Integrated Care Board, Upton Fire and Rescue Service and the University of Fenby, all of whom spoke "
        "highly of the council."
    )
    assert "University of Fenby" in _names(body)
    body = (
        "Since the peer challenge the council has won funding from Homes England, the Towns Fund, the National "
        "Lottery Heritage Fund and the Arts Council England."
    )
    assert "Arts Council England" in _names(body)
