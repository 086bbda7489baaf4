"""Forms of partnership names not seen in the development corpus (invented texts, fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> set[str]:
    text = f"Corporate Peer Challenge\n\n{body}"  # the own council is dropped in dbt, not here
    return set(parse_partnership_mentions(make_docs(text)).collect()["name"].to_list())


def test_a_body_the_peers_heard_from_is_a_partner() -> None:
    body = "Peers also heard positive views from the Fenby and Marsh Integrated Care Board."
    assert _names(body) == {"Fenby and Marsh Integrated Care Board"}


def test_a_partnership_named_head_first() -> None:
    body = (
        "The council plays a full part in the Partnership for North Wyvern (PfNW) and the Marsh Local "
        "Enterprise Partnership. The University of Fenby is a partner too."
    )
    rows = parse_partnership_mentions(make_docs(body)).collect().select("name", "acronym", "kind").rows()
    assert set(rows) == {
        ("Partnership for North Wyvern", "PfNW", "partnership"),
        ("Marsh Local Enterprise Partnership", None, "partnership"),
        ("University of Fenby", None, "partner"),
    }


def test_a_company_name_runs_on_after_its_head() -> None:
    body = "Payroll is provided by Fenby Public Partnership Services Ltd (FPPS), a company the councils own."
    rows = parse_partnership_mentions(make_docs(body)).collect().select("name", "acronym").rows()
    assert rows == [("Fenby Public Partnership Services Ltd", "FPPS")]


def test_a_second_council_of_a_peers_post_is_no_partner() -> None:
    body = (
        "The peer team was led by Nell Garrow, Chief Executive of Fenby District Council and Upton Borough "
        "Council, working alongside Councillor Owen Pratt, Leader of Wyvern Borough Council. They were joined "
        "by Sue Hale, Director of Housing at Caxley City Council; and Councillor Jo Pike, member peer from "
        "Selsby Borough Council. The team was supported by Kay Lund, Peer Challenge Manager at the Local "
        "Government Association. The council shares its legal service with Marsh District Council and Wyre "
        "Borough Council."
    )
    assert _names(body) == {"Marsh District Council", "Wyre Borough Council"}


def test_an_nhs_body_keeps_its_area_and_nhs_as_a_kind_of_body_is_no_name() -> None:
    body = (
        "Work with the Fenby Care Partnership, the locality board of NHS North Wyvern, goes on.\n\nThe alliance "
        "of the council and local NHS bodies is strong.\n\nMembers engage well with the NHS through the Fenby "
        "Partnership."
    )
    rows = parse_partnership_mentions(make_docs(body)).collect()
    assert sorted(rows["quote"].to_list()) == [
        "Fenby Care Partnership",
        "Fenby Partnership",
        "NHS",
        "NHS North Wyvern",
    ]
    assert rows.filter(rows["name"] == "NHS")["char_offset"].to_list() == [body.index("NHS through")]


def test_a_name_opening_with_a_list_of_places() -> None:
    body = "Work with the Marsh, Fenby and Wyre Integrated Care Board (ICB) on discharge."
    assert _names(body) == {"Marsh, Fenby and Wyre Integrated Care Board"}


def test_a_name_opening_with_a_list_of_places_of_more_than_one_word() -> None:
    body = "Joint work with the Fenby, North Marsh and South Wyre Integrated Care Board (FNMSW ICB) helps."
    assert _names(body) == {"Fenby, North Marsh and South Wyre Integrated Care Board"}


def test_a_name_the_report_calls_the_areas_partnership_or_board() -> None:
    body = (
        "Wyvern Together, the borough's health and care system board, meets monthly.\n\n"
        "Fenby Health and Care, the county’s alliance of the council and local health bodies, is strong.\n\n"
        "In Marsh, the borough's finance team is small."
    )
    assert _names(body) == {"Wyvern Together", "Fenby Health and Care"}


def test_an_agency_a_deal_a_freeport_and_a_garden_community_are_named_bodies() -> None:
    body = (
        "The borough's regeneration company, Fenby Development Agency, is aligned with the growth plan. Capital "
        "goes to the Marsh Bay City Deal and the Wyvern Growth Deal, to Freeport West and the Upton Freeport, "
        "and to the Caxley Selsby Borders Garden Community."
    )
    rows = parse_partnership_mentions(make_docs(body)).collect().select("name", "kind").rows()
    assert set(rows) == {
        ("Fenby Development Agency", "partner"),
        ("Marsh Bay City Deal", "partnership"),
        ("Wyvern Growth Deal", "partnership"),
        ("Freeport West", "partnership"),
        ("Upton Freeport", "partnership"),
        ("Caxley Selsby Borders Garden Community", "partnership"),
    }


def test_a_shared_service_named_with_its_acronym() -> None:
    body = (
        "The shared planning service run with Marsh through West Wyvern Planning and Building Control (WWPBC) "
        "is valued. The council shares its legal services with Upton, as the Medium Term Financial Strategy "
        "(MTFS) sets out. Shared revenue services run with Selsby through the Benefits Desk (RSS) improve."
    )
    rows = parse_partnership_mentions(make_docs(body)).collect().select("name", "acronym", "kind").rows()
    # (Upton, a neighbour named in one word after "shares ... services with", is a partner, without MTFS)
    assert rows == [
        ("West Wyvern Planning and Building Control", "WWPBC", "shared_service"),
        ("Upton", None, "partner"),
    ]


def test_a_council_with_an_ampersand_in_its_name_is_one_council() -> None:
    body = "Fenby & Marsh City Council and Upton District Council run the joint waste service."
    assert _names(body) == {"Fenby & Marsh City Council", "Upton District Council"}


def test_nhs_before_a_noun_describes_it_but_nhs_before_a_preposition_is_the_body() -> None:
    body = "| NHS health checks offered | G |\n\nNHS funding is tight.\n\nThe council works with the NHS on discharge."
    rows = parse_partnership_mentions(make_docs(body)).collect()
    assert rows["char_offset"].to_list() == [body.index("NHS on")]


def test_a_body_after_a_clause_about_a_chair_is_no_employer() -> None:
    body = (
        "The Fenby Vision Board, chaired by the Leader, brings together the council, Fenby Hospital NHS "
        "Foundation Trust and Wyvern Police. Jo Bloggs, Director of Place, Growth and Homes, Marsh Homes "
        "Partnership, joined the team."
    )
    assert _names(body) == {"Fenby Vision Board", "Fenby Hospital NHS Foundation Trust", "Wyvern Police"}


def test_a_business_improvement_district_by_its_acronym_after_its_place() -> None:
    body = (
        "Peers saw a strong working relationship with the Upper Dunsby BID (Business Improvement\n"
        "District), which traders voted to renew last spring. The BID levy is collected with the council tax."
    )
    rows = parse_partnership_mentions(make_docs(body)).collect().select("name", "kind").rows()
    assert set(rows) == {("Upper Dunsby BID", "partnership")}
