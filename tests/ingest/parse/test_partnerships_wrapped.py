"""Bodies named over a line break, or with the line above as their context: a name cut after "the", a list of
councils going on, a council wrapped before "Council", a head's last word wrapped ("... Region" / "Deal"), a
government department after its cue, a one-word contractor opening its line, and a peer's employer under a post
wrapped over two lines; and a city region's deal named whole (invented texts, fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> set[str]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return set(found["name"])


def test_a_name_cut_after_the_goes_on_over_the_line_break() -> None:
    body = (
        "The council pools budgets with the Fenby and North Marsh, Upton and\n"
        "Wyre Integrated Care Board through a section 75 agreement."
    )
    assert _names(body) == {"Fenby and North Marsh, Upton and Wyre Integrated Care Board"}


def test_a_list_of_councils_after_a_joint_service_goes_on_over_the_line_break() -> None:
    body = (
        "The council's joint trading standards service with Upton Forest Council and\n"
        "North Marsh Council is well regarded. Legal work is hosted jointly with Wyvern and Fenby\n"
        "Council under a shared agreement."
    )
    assert _names(body) == {"Upton Forest Council", "North Marsh Council", "Wyvern and Fenby Council"}


def test_a_council_without_its_type_is_all_of_its_name() -> None:
    body = "The team met over 90 partners, Councillors and Council staff."
    assert _names(body) == set()


def test_a_government_department_is_a_partner_only_in_a_programme_with_it() -> None:
    body = (
        "The council has joined the high needs programme with the\n"
        "Department for Rural Affairs (DfRA) and the agreement is monitored.\n\n"
        "The plan must be submitted to the Department for Coastal Towns by 1 May."
    )
    assert _names(body) == {"Department for Rural Affairs"}


def test_a_one_word_contractor_described_after_it_in_mid_sentence() -> None:
    body = (
        "Recycling rates fell, and a campaign with\n"
        "Brightway, the council's waste contractor, starts in May.\n\n"
        "Costs rose. However, the council's contractor has held its prices."
    )
    assert _names(body) == {"Brightway"}


def test_councils_named_as_peers_employers_with_on_or_from() -> None:
    body = (
        "The team included Councillor Ann Bell, opposition group leader on Wyre City Council, together\n"
        "with senior officers from Upton City Council and the London Borough of Marshgate."
    )
    assert _names(body) == set()


def test_a_council_under_a_post_wrapped_over_two_lines_is_a_peers_employer() -> None:
    body = (
        "Finance peer          Jo Pike                       Director of Resources,\n"
        "                                                    Fenby Borough Council\n"
        "Care peer             Sam Roe                       Corporate Director of Adult and Health\n"
        "                                                    Services, Marsh County Council\n"
    )
    assert _names(body) == set()


def test_a_heads_last_word_wrapped_onto_the_next_line_ends_the_name() -> None:
    body = (
        "The council is a partner in both the Wyvern and North Marsh Growth\n"
        "Deal and the Upton Cities Region\n"
        "Deal. These deals bring capital investment."
    )
    assert _names(body) == {"Wyvern and North Marsh Growth Deal", "Upton Cities Region Deal"}


def test_a_city_region_deal_is_named_with_its_deal() -> None:
    body = "The council is a partner in the Fenby City Region Deal and the Marsh Capital Region Board."
    assert _names(body) == {"Fenby City Region Deal", "Marsh Capital Region Board"}
