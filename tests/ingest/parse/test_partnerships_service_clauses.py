"""A body named by what it does for the council in a clause after its name ("..., which manages the council's
homes"), a list of them before a plural verb, a body as the subject of a service it runs jointly with a council,
and a named collaboration (invented texts, fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple[str, str]]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return set(found.select("name", "kind").rows())


def test_a_body_running_the_councils_service_in_a_clause_after_its_name_is_a_partner() -> None:
    body = "Demand has grown; Harrowby Homes of Ambridge, which manages the council's housing stock, has opened a hub."
    assert _rows(body) == {("Harrowby Homes of Ambridge", "partner")}


def test_bodies_listed_before_a_plural_verb_each_run_the_service_even_when_it_runs_on_to_the_next_line() -> (
    None
):
    body = (
        "The peers praised links with Brightwater Leisure and Culture Felpersham and Wyre, which run sports and\n"
        "arts venues on our behalf."
    )
    assert _rows(body) == {("Brightwater Leisure", "partner"), ("Culture Felpersham and Wyre", "partner")}


def test_a_body_providing_the_councils_service_jointly_with_a_council_is_a_partner() -> None:
    body = "Keystone Data Solutions provides its ICT jointly with Marsh Vale District Council."
    assert ("Keystone Data Solutions", "partner") in _rows(body)


def test_a_plan_or_a_person_before_such_a_clause_is_no_partner() -> None:
    body = (
        "The Ambridge Plan, which provides the council's direction, was adopted. Councillor Ann Bell, who manages "
        "our budget, spoke."
    )
    assert _rows(body) == set()


def test_a_named_collaboration_is_a_partnership() -> None:
    body = "The Felpersham and Wyre Collaboration now leads shared work across both districts."
    assert _rows(body) == {("Felpersham and Wyre Collaboration", "partnership")}
