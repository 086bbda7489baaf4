"""Bodies the council is a member of, chairs (the verb: a capitalised "Chairs" is a word of a name) or is part of,
named by any words, by the acronym of their kind or by the kind after them; a company's name led by a figure
(invented texts, fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> set[str]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return set(found["name"])


def test_a_body_the_council_plays_a_part_in_or_chairs() -> None:
    body = (
        "Fenby plays a full part in the Wyvern Skills Hub and chairs the Marsh Climate Leadership Group. "
        "The Leader also chairs the Audit Committee."
    )
    assert _names(body) == {"Wyvern Skills Hub", "Marsh Climate Leadership Group"}


def test_a_capitalised_chairs_inside_a_name_is_no_cue() -> None:
    body = (
        "The Select Committee Chairs Liaison Group met in May, and the Overview Chairs and Vice-Chairs Reference "
        "Group agreed the plan."
    )
    assert _names(body) == set()


def test_a_body_named_by_the_acronym_of_its_kind_but_not_a_bracketed_short_form() -> None:
    body = (
        "The Upton Vale LEP has funded the scheme, and the North Fenby Integrated Care Board (NF ICB) leads on "
        "discharge."
    )
    assert _names(body) == {"Upton Vale LEP", "North Fenby Integrated Care Board"}


def test_a_care_system_or_improvement_district_named_before_or_after_its_kind() -> None:
    body = (
        "The council is a partner in the Wyvern Together integrated care system. We work with our partners at\n"
        "Marsh First, the town's business\nimprovement district."
    )
    assert _names(body) == {"Wyvern Together", "Marsh First"}


def test_a_shared_service_led_by_a_figure_before_a_noun_of_its_own() -> None:
    body = "Surveyors were bought in from the 4B Shared Services building control team."
    assert _names(body) == {"4B Shared Services"}


def test_a_joint_service_named_before_the_council_it_is_run_with_stands() -> None:
    body = "Bins are emptied by the Joint Refuse Service, which the council runs in partnership with Upton Borough Council."
    assert _names(body) == {"Joint Refuse Service", "Upton Borough Council"}


def test_a_body_a_councillor_or_the_staff_belong_to_is_no_partner() -> None:
    body = (
        "Councillor Jones declared a personal interest as she is a member of the Marsh Valley Rotary Club. "
        "Cllr Ede chairs the Fenby Allotment Society. Most staff are members of the Wyvern Pension Fund. "
        "The council is a member of the Upton Coast Climate Partnership."
    )
    assert _names(body) == {"Upton Coast Climate Partnership"}
