"""More forms of partnership and partner names (invented texts, fictional councils): a region's deal, a
capital region, a brand named before 'economic partnership', a later item of a partner list, a
council after the verb 'lead', a remit that is no body, a partnership's assembly, "Our" opening a name inside a
sentence, an NHS body named by four words after "NHS", a forum or consortium in lower case after its name, a
company's legal name with a word in brackets, a company after what is done to a contract with it, a town's deal, a
housing company named "at Home" and a department a plan has been agreed with."""

import pytest

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple[str, str]]:
    text = f"Corporate Peer Challenge\n\n{body}"  # the own council is dropped in dbt, not here
    return set(parse_partnership_mentions(make_docs(text)).collect().select("name", "kind").rows())


def test_a_regions_deal_and_a_capital_region() -> None:
    body = (
        "Progress on the £6.1m Wyvern Cities Region Deal investment is reported separately. The council works "
        "with the Marsh Capital Region on skills."
    )
    assert _rows(body) == {
        ("Wyvern Cities Region Deal", "partnership"),
        ("Marsh Capital Region", "partnership"),
    }


def test_a_name_the_report_calls_a_partnership_in_lower_case_after_it() -> None:
    body = "The Leader has a role in the Fenby Beacon economic partnership. The council's strategic partnership works."
    assert _rows(body) == {("Fenby Beacon", "partnership")}


def test_a_later_item_of_a_list_of_partners() -> None:
    body = (
        "The council works well with partners such as Wyvern Leisure Trust and Marsh Vale Housing, which owns "
        "most social homes. Rents rose at Upton Housing and the council noted it."
    )
    assert _rows(body) == {("Wyvern Leisure Trust", "partner"), ("Marsh Vale Housing", "partner")}


def test_a_council_after_the_verb_lead_is_a_partner_not_an_employer() -> None:
    body = (
        "The council continues to lead Fenby Garden Communities with Marsh County Council and Upton City and "
        "District Council. Jo Bell, Programme Lead, Wyre District Council, advised."
    )
    assert _rows(body) == {
        ("Fenby Garden Communities", "partnership"),
        ("Marsh County Council", "partner"),
        ("Upton City and District Council", "partner"),
    }


def test_a_directorate_or_portfolio_named_and_partnerships_is_no_partnership() -> None:
    body = (
        "Portfolios:     Finance and Growth; One Council, People and Partnerships\n\n"
        "Service Director – Policy, Housing and Partnerships\n\nThe Wyvern Partnership meets monthly."
    )
    assert _rows(body) == {("Wyvern Partnership", "partnership")}


def test_a_board_and_a_council_named_together_are_two_bodies() -> None:
    body = "The peers met partners from the Ambridge Business Board and Borsetshire County Council."
    assert {name for name, _ in _rows(body)} == {"Ambridge Business Board", "Borsetshire County Council"}


def test_a_fire_control_service_shared_by_fire_authorities_is_a_partner() -> None:
    body = "The mobilising upgrade, shared with two neighbours through the Wyvern Vale Fire Control Service, is late."
    assert _rows(body) == {("Wyvern Vale Fire Control Service", "partner")}


def test_a_partnerships_assembly_keeps_assembly_in_its_name() -> None:
    body = "The council is an active member of the Wexcombe and Marsh Integrated Care Partnership Assembly."
    assert _rows(body) == {("Wexcombe and Marsh Integrated Care Partnership Assembly", "partnership")}


def test_our_inside_a_sentence_opens_the_name_and_at_its_start_does_not() -> None:
    body = (
        "Our Fenby Partnership met twice. Officers work with community groups through Our Marsh, the community "
        "planning partnership."
    )
    assert {name for name, _ in _rows(body)} == {"Fenby Partnership", "Our Marsh"}


def test_an_nhs_body_keeps_the_four_words_of_its_area_and_kind() -> None:
    body = (
        "The peers praised our work with partners:\n\n"
        "* NHS North Wyvern Integrated Care (the integrated care system), and\n"
        "  the Fenby Health and Wellbeing Board\n"
    )
    assert {name for name, _ in _rows(body)} == {
        "NHS North Wyvern Integrated Care",
        "Fenby Health and Wellbeing Board",
    }


def test_a_forum_or_consortium_in_lower_case_after_its_name_is_kept_whole() -> None:
    body = (
        "Officers attend the Wyvern Leaders' forum each month, and the council should work with the North Fenby "
        "and Marsh commissioning consortium on placements."
    )
    assert _rows(body) == {
        ("Wyvern Leaders' forum", "partnership"),
        ("North Fenby and Marsh commissioning consortium", "partnership"),
    }


def test_a_companys_legal_name_with_a_word_in_brackets() -> None:
    body = (
        "Back-office work is shared with two neighbours through Wyvern Group (Trading) Ltd, which they own."
    )
    assert _rows(body) == {("Wyvern Group (Trading) Ltd", "partner")}


def test_a_company_after_a_contract_variation_with_it() -> None:
    body = "The catering contract variation with Fenby Leisure is still being agreed."
    assert _rows(body) == {("Fenby Leisure", "partner")}


@pytest.mark.parametrize(
    ("body", "row"),
    [
        # a town's deal is a partnership
        (
            "Peers heard about the joint work on the Fenby Harbour Town Deal projects.",
            ("Fenby Harbour Town Deal", "partnership"),
        ),
        # a housing company named "at Home" after its place is a partner
        ("Work with Marshby at Home to add temporary homes is under way.", ("Marshby at Home", "partner")),
        # a department a plan has been agreed with is a partner
        (
            "A recovery plan for school transport has been agreed with the Department for Transport.",
            ("Department for Transport", "partner"),
        ),
    ],
    ids=["town_deal", "at_home", "agreed_with_department"],
)
def test_a_towns_deal_a_company_at_home_and_a_department_a_plan_is_agreed_with(body: str, row: tuple) -> None:
    assert _rows(body) == {row}
