"""Partnership forms (invented texts for fictional councils): a company with its short form in brackets before a
long description, a service delivered for the council by a named body, a shared service named for the places
sharing it, a group the leaders sit on, a regional transport body, a council for voluntary service by its full
name with its short form in brackets, a name set between commas after its kind, and a place naming its councils."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple]:
    text = f"Corporate Peer Challenge\n\n{body}"
    return set(parse_partnership_mentions(make_docs(text)).collect().select("name", "acronym").rows())


def _names(body: str) -> set[str]:
    return {name for name, _ in _rows(body)}


def test_a_company_with_its_short_form_before_a_long_description() -> None:
    body = (
        "Grounds maintenance moved in May to Wyvern Green Works Company (Wygreen), the council's wholly owned "
        "parks and street care company."
    )
    assert _rows(body) == {("Wyvern Green Works Company", "Wygreen")}


def test_a_service_delivered_for_the_council_by_a_named_body() -> None:
    body = "Council tax billing is delivered for the council by North Marsh Revenues, a joint venture."
    assert _names(body) == {"North Marsh Revenues"}


def test_a_shared_service_named_for_the_places_sharing_it() -> None:
    body = (
        "Parking enforcement is run through the Fenby and Upton Shared Parking Service (FUSPS) since April."
    )
    assert _rows(body) == {("Fenby and Upton Shared Parking Service", "FUSPS")}


def test_a_group_the_leaders_sit_on() -> None:
    body = "Both chief executives now sit on the Wyvern Civic Leaders group, which meets every month."
    assert _names(body) == {"Wyvern Civic Leaders"}


def test_a_regional_transport_body_named_in_passing() -> None:
    body = "The station upgrade funded by Transport for the North opened in June."
    assert _names(body) == {"Transport for the North"}


def test_a_council_for_voluntary_service_by_its_full_name_and_short_form() -> None:
    body = "Its work with Upton Community and Voluntary Services (Upton CVS) on volunteering is strong."
    assert _names(body) == {"Upton Community and Voluntary Services"}


def test_a_name_between_commas_after_its_kind() -> None:
    body = (
        "The swimming pools are run through a trust, Marsh Active, under a ten-year contract. The Business "
        "Improvement District, Fenby First, welcomed the plan."
    )
    assert _names(body) == {"Marsh Active", "Fenby First"}


def test_a_place_naming_its_councils_is_no_partner() -> None:
    body = "The council is working with the Wyvern Vale councils on a shared approach to placements."
    assert _names(body) == set()
