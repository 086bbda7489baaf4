"""Partnerships named as an economic region or a joint plan, a company described as "our ... company" (the
description opening on the line above), and the later of two bodies after a working-with cue (invented texts,
fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> set[str]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return set(found["name"])


def test_an_economic_region_is_a_partnership() -> None:
    body = "The council's place in the Fenby and Upton Economic Region was praised by the business\nleaders we met."
    assert _names(body) == {"Fenby and Upton Economic Region"}


def test_a_joint_plan_named_by_its_area_is_a_partnership_and_a_bare_one_is_no_name() -> None:
    body = (
        "Progress on the Marsh Vale Joint Spatial Plan has slowed since the spring.\n\n"
        "The Joint Local Plan will go to examination next year."
    )
    assert _names(body) == {"Marsh Vale Joint Spatial Plan"}


def test_a_company_described_as_ours_before_its_name_is_a_partner() -> None:
    body = (
        "Members spoke warmly of our leisure\n"
        "company, Wyvern Active, and of the outreach it runs in the rural wards.\n\n"
        "Our trading company, Fenby Works, returned a small surplus."
    )
    assert _names(body) == {"Wyvern Active", "Fenby Works"}


def test_the_later_of_two_bodies_after_a_working_with_cue_is_a_partner() -> None:
    body = "The council should work with Upton Forest Council and the Marsh Lido Project to agree a plan."
    assert _names(body) == {"Upton Forest Council", "Marsh Lido Project"}
