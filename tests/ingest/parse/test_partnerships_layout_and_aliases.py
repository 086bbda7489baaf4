"""Partnerships read from how a report is laid out and what it says of a name (invented texts, fictional
councils): a council's name wrapped over a line break, a peer's employer under their post in a column beside the
text, a bulleted list of the bodies the council works with, a body's former name, a shared service named "Joint",
an operator in apposition, a company the council has a relationship with, and names that are no partner."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple]:
    text = f"Corporate Peer Challenge\n\n{body}"
    rows = parse_partnership_mentions(make_docs(text)).collect()
    return set(rows.select("name", "acronym", "kind").rows())


def _names(body: str) -> set[str]:
    return {name for name, _, _ in _rows(body)}


def test_a_council_name_wrapped_over_a_line_break_is_whole() -> None:
    body = "The council is bidding jointly with Wyvernshire County\nCouncil for a new bypass around Upton."
    assert _names(body) == {"Wyvernshire County Council"}


def test_a_council_under_a_post_in_a_side_column_is_a_peer_employer() -> None:
    left = [
        "Fenby is a rural district of some 90,000",
        "people, with market towns along the river",
        "and a growing commuter belt to the south.",
        "Peers saw a council that listens well and",
        "acts on what it hears from its residents.",
        "It chairs the Fenby Valley Partnership.",
        "",
    ]
    right = [
        "PEER TEAM",
        "- Sam Ortega",
        "  Chief Executive",
        "  Marshdale Borough Council",
        "- Priya Nandakumar",
        "  Director of Resources",
        "  Upton District Council",
    ]
    body = "\n".join(f"{text:<48}{beside}" for text, beside in zip(left, right, strict=True))
    assert _names(body) == {"Fenby Valley Partnership"}


def test_a_council_under_a_post_in_a_plain_list_is_a_peer_employer() -> None:
    body = "Sam Ortega\nLeader\nMarshdale Borough Council\n\nThe council shares its planning service with Upton District Council."
    assert _names(body) == {"Upton District Council"}


def test_the_companies_in_a_bulleted_list_of_the_bodies_the_council_works_with_are_partners() -> None:
    body = "Our partnerships are a strength. We work week in, week out with:\n\n- Marshdale Homes\n- Fenby Leisure\n"
    assert _rows(body) == {("Marshdale Homes", None, "partner"), ("Fenby Leisure", None, "partner")}


def test_the_companies_in_any_other_bulleted_list_are_not_partners() -> None:
    body = "The estates we will regenerate first:\n\n- Marshdale Homes\n- Fenby Properties\n"
    assert _names(body) == set()


def test_a_former_name_in_brackets_is_an_alias_of_the_body() -> None:
    body = (
        "The council sits on the Wyvern Growth Alliance board\n(formerly the Wyvern Economic Partnership) and on the "
        "Upton Safer Streets Board."
    )
    assert _rows(body) == {
        ("Wyvern Growth Alliance", "Wyvern Economic Partnership", "partnership"),
        ("Upton Safer Streets Board", None, "partnership"),
    }


def test_a_joint_service_by_its_name_is_a_shared_service() -> None:
    body = "Street cleansing is carried out by the Joint Cleansing Service for both councils."
    assert _rows(body) == {("Joint Cleansing Service", None, "shared_service")}


def test_an_operator_in_apposition_is_a_partner() -> None:
    body = "Swim numbers are down; Brightwater Leisure, the council's operator, expects a recovery in spring."
    assert _rows(body) == {("Brightwater Leisure", None, "partner")}


def test_a_company_the_council_has_a_relationship_with_is_a_partner() -> None:
    body = "The council's relationship with B4 Homes, which manages its garages, is good."
    assert _rows(body) == {("B4 Homes", None, "partner")}


def test_a_commissioners_office_is_a_partner() -> None:
    body = "We heard from officers at the Wyvernshire Commissioner's Office about joint work on safety."
    assert _rows(body) == {("Wyvernshire Commissioner's Office", None, "partner")}


def test_a_name_before_a_word_for_a_place_is_that_place() -> None:
    body = "A member asked whether the review would cover the Upton Forum\nsite; officers said it would."
    assert _names(body) == set()


def test_a_recovery_board_is_the_council_s_own() -> None:
    body = "Delivery of the savings is overseen by the Financial Recovery Board each month."
    assert _names(body) == set()


def test_a_peers_home_council_in_the_column_after_their_name_is_no_partner() -> None:
    body = (
        "The grid lists role first, then peer, then home authority.\n\n"
        "Role\tPeer\tHome authority\n"
        "Lead member peer\tCllr Jo Hale\tMarsh Borough Council\n"
        "Member peer\tCllr Sam Orr\tNorth Fenby District\n"
        "\t\tCouncil\n\n"
        "The council works with Upton District Council on waste.\n"
    )
    assert {name for name, _, _ in _rows(body)} == {"Upton District Council"}


def test_a_registered_council_named_without_its_type_is_a_partner() -> None:
    # the register's own spelling (a real council's name, in an invented sentence)
    body = "| 2 | Build capacity | Agreed. Explore sharing posts with Stirling Council under the legal service. |"
    assert {name for name, _, _ in _rows(body)} == {"Stirling Council"}


def test_a_registered_place_joined_by_of_keeps_its_first_words() -> None:
    # a registered place's own spelling (a real council's name, in an invented sentence)
    body = (
        "The building control company the council owns with Vale of White Horse District Council and Upton District "
        "Council is thriving."
    )
    assert _names(body) == {"Vale of White Horse District Council", "Upton District Council"}


def test_a_london_borough_before_and_the_next_body_ends_at_its_name() -> None:
    body = "The council shares a pension fund with the London Borough of Fenby upon Marsh and the Wyvern Fire Authority."
    assert "London Borough of Fenby upon Marsh" in _names(body)
    assert not {name for name in _names(body) if name.endswith(" and")}


def test_a_company_named_with_its_legal_form_is_a_partner_without_a_cue() -> None:
    body = (
        "Leisure contract: £60k pressure, as the management fee from LarkActive Ltd is lower than budgeted."
    )
    assert _names(body) == {"LarkActive Ltd"}


def test_a_peers_employer_named_with_its_legal_form_is_no_partner() -> None:
    assert _names("  • Senior Officer Peer: Ann Bell, Managing Director, Marsh Services Limited") == set()
