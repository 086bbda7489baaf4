"""Bodies named in passing that are no partner (an ended arrangement, a former body, a public auditor, a date or a
sentence's opening word before an acronym head, a garden town or works named for a scheme, the area's NHS, a peer's
employer under a wrapped post), government departments by their listed names, and partners named by forms of their own (invented texts,
fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> dict[str, tuple[str | None, str]]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return {name: (acronym, kind) for name, acronym, kind in found.select("name", "acronym", "kind").rows()}


def _names(body: str) -> set[str]:
    return set(_rows(body))


def test_a_body_the_council_has_ended_an_arrangement_with_is_no_partner() -> None:
    body = (
        "The separation of shared services with Marsh District Council, completed last year, went well. The end "
        "of the waste contract with Upton Borough Council saved money. The council no longer shares a chief "
        "executive with Wyre District Council. It still shares services with Caxley Borough Council."
    )
    assert _names(body) == {"Caxley Borough Council"}


def test_a_separation_still_to_complete_leaves_the_partner() -> None:
    body = "Complete the disaggregation of shared services with Marsh District Council by March."
    assert _names(body) == {"Marsh District Council"}


def test_a_date_or_an_opening_word_is_no_part_of_a_name_before_an_acronym_head() -> None:
    body = (
        "From April ICB funding will fall. In May North Fenby ICB took on the contracts, and from June Marsh "
        "LEP will close."
    )
    assert _names(body) == {"North Fenby ICB", "Marsh LEP"}


def test_a_government_department_is_its_listed_name_not_run_on_over_and() -> None:
    body = (
        "The council works with the Department for Education and Fenby Partnership on places. It agreed a "
        "deal with the Department for Levelling Up, Housing and Communities last year."
    )
    assert _names(body) == {
        "Department for Education",
        "Fenby Partnership",
        "Department for Levelling Up, Housing and Communities",
    }


def test_a_garden_town_is_a_place_being_built_and_the_local_nhs_a_kind_of_body() -> None:
    body = (
        "Marsh Garden Town has drawn in funding. The Fenby Place Partnership brings together the council, Upton "
        "College and the local NHS.\n\nThe council engages well with the NHS."
    )
    assert _names(body) == {"Fenby Place Partnership", "Upton College", "NHS"}
    assert len(parse_partnership_mentions(make_docs(body)).collect().filter(name="NHS")) == 1


def test_a_peers_employer_under_a_post_wrapped_in_a_table_column() -> None:
    body = (
        "  Member peer (Independent)   Cllr Jo Reed-Allerton           Deputy Leader, Caxley Borough\n"
        "                                                              Council\n"
        "  Place peer                  Samuel Hale-Brampton            Head of Planning and Economic Growth,\n"
        "                                                              Wyre District Council\n\n"
        "The council works closely with the Fenby Growth Board."
    )
    assert _names(body) == {"Fenby Growth Board"}


def test_a_short_form_of_two_words_in_brackets_is_the_names_acronym() -> None:
    body = "The council sits on the board of the South Marsh Integrated Care Board (SM ICB) and works well."
    assert _rows(body)["South Marsh Integrated Care Board"][0] == "SM ICB"


def test_partners_through_a_body_another_before_what_else_is_shared_and_a_landlord_in_apposition() -> None:
    rows = _rows(
        "Health partners through Fenby Cares, and the police, praised the council. Make the most of Marsh "
        "Legal and the council's other shared arrangements. The team heard from Upton Vale Homes Group, the "
        "largest social landlord in the borough."
    )
    assert set(rows) == {"Fenby Cares", "Marsh Legal", "Upton Vale Homes Group"}
    assert rows["Marsh Legal"][1] == "shared_service"


def test_an_ended_arrangement_ends_at_its_clause_and_leaves_a_later_partner() -> None:
    body = (
        "The end of the waste contract with Upton Borough Council and a new partnership with Marsh District "
        "Council were agreed. The council no longer shares a chief executive with Wyre District Council but now "
        "works with Caxley Borough Council."
    )
    assert _names(body) == {"Marsh District Council", "Caxley Borough Council"}


def test_a_body_the_council_ended_an_arrangement_with_by_a_verb_is_no_partner() -> None:
    body = (
        "In 2021 the council terminated its shared legal arrangement with Fenby District Council and withdrew "
        "from the waste partnership with Marsh Borough Council. It still shares services with Caxley Borough "
        "Council."
    )
    assert _names(body) == {"Caxley Borough Council"}


def test_a_name_before_infrastructure_works_is_a_project_not_a_partner() -> None:
    body = "Most of the slippage is on the Wexcombe Garden Communities infrastructure works and a new depot."
    assert _names(body) == set()


def test_a_former_body_is_a_predecessor_not_a_partner() -> None:
    body = (
        "Wyvern Council took on the services of Fenby District Council and the former Marsh County Council in "
        "2023, and now shares its legal service with Caxley Borough Council."
    )
    assert _names(body) == {"Fenby District Council", "Caxley Borough Council"}


def test_a_public_auditor_the_report_is_made_to_is_no_partner() -> None:
    body = (
        "Report by the Controller of Audit to the Accounts Commission\n\n"
        "Fenby Council shared its findings with Audit Wales and works with the Marsh Housing Partnership."
    )
    assert _names(body) == {"Marsh Housing Partnership"}


def test_a_lender_to_councils_is_no_partner() -> None:
    body = (
        "The council borrowed £12m from the Public Works Loan Board (PWLB) to build homes with Caxley "
        "Housing Partnership. It also works with the Public Works Loan Board on its treasury plans."
    )
    assert _names(body) == {"Caxley Housing Partnership"}
