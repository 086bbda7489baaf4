import pytest

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> list[tuple]:
    text = f"Corporate Peer Challenge\n\n{body}"  # the own council is dropped in dbt, not here
    rows = parse_partnership_mentions(make_docs(text)).collect()
    return rows.select("name", "acronym", "kind").rows()


def test_acronym_is_tied_to_its_expansion() -> None:
    assert _names("The Fenby and Marsh Local Enterprise Partnership (LEP) funds skills.")[0] == (
        "Fenby and Marsh Local Enterprise Partnership",
        "LEP",
        "partnership",
    )


def test_named_boards_forums_authorities_and_regions() -> None:
    body = (
        "The Health and Wellbeing Board met. The Marsh Rivers Authority was formed, and the Local Resilience Forum "
        "and the Wyre City Region agreed a plan with the Fenby Combined Authority."
    )
    names = {n for n, _, _ in _names(body)}
    assert names == {
        "Health and Wellbeing Board",
        "Marsh Rivers Authority",
        "Local Resilience Forum",
        "Wyre City Region",
        "Fenby Combined Authority",
    }


def test_a_head_runs_on_over_capitalised_words_into_another_head() -> None:
    body = (
        "Wyvern works with Fenby Marsh University Health Board on discharge and with Wyre College on skills."
    )
    assert {n for n, _, _ in _names(body)} == {"Fenby Marsh University Health Board", "Wyre College"}


def test_generic_words_and_internal_boards_are_not_partnerships() -> None:
    body = "The partnership works well. Our Transformation Board and the Programme Board meet monthly with the Cabinet."
    assert _names(body) == []


def test_named_councils_and_national_bodies_are_partners() -> None:
    names = _names(
        "The council works with Marsh District Council and the NHS on the Highways England scheme."
    )
    assert {(n, k) for n, _, k in names} == {
        ("Marsh District Council", "partner"),
        ("NHS", "partner"),
        ("Highways England", "partner"),
    }


def test_peer_team_employers_are_not_partners() -> None:
    body = (
        "The peer team\n\n- Ada Quill, Chief Executive, Wyre Combined Authority\n- Tom Reed, Leader, Marsh District Council\n\n"
        "Scope and focus\n\nThe council chairs the Fenby Safeguarding Board."
    )
    assert [n for n, _, _ in _names(body)] == ["Fenby Safeguarding Board"]


def test_shared_service_is_its_own_kind() -> None:
    names = _names("It runs a shared service with Marsh District Council for legal work.")
    assert ("Marsh District Council", None, "shared_service") in names


def test_a_body_after_a_job_title_is_the_persons_employer() -> None:
    body = (
        "We thank Cllr Ann Bell, Leader of Marsh District Council, and Tom Reed (former Chief Executive – "
        "Fenby Borough Council). Jo Vale, Director of Resources, Wyre Combined Authority, joined them.\n"
        "Sam Hart – Head of Policy, Performance and Partnerships, Borsetshire County Council"
    )
    assert _names(body) == []


def test_a_council_named_without_a_job_title_stays_a_partner() -> None:
    body = "Arrangements with Wyvern District Council as improvement partner continue."
    assert [n for n, _, _ in _names(body)] == ["Wyvern District Council"]


def test_internal_oversight_boards_joined_by_and_are_not_partnerships() -> None:
    body = (
        "It reports to the Improvement and Assurance Board and the Core Council Board; decisions may be called "
        "in by the Council Overview Board."
    )
    assert _names(body) == []


def test_joint_councils_name_the_partner_council_by_its_place() -> None:
    names = _names("The review at Fenby and Marsh District Councils took place in May.")
    assert {(n, k) for n, _, k in names} == {
        ("Fenby", "shared_service"),
        ("Marsh District Council", "shared_service"),
    }


def test_integrated_care_system_is_found_with_its_acronym() -> None:
    body = "The county works within an Integrated Care System (ICS) which covers Wyvern."
    assert _names(body) == [("Integrated Care System", "ICS", "partnership")]


def test_a_body_named_only_by_acronym_needs_a_working_with_cue() -> None:
    assert [n for n, _, _ in _names("Controls were tightened with CIPFA’s help last year.")] == ["CIPFA"]
    assert _names("The finance team won the CIPFA award for its accounts.") == []


def test_a_long_prose_paragraph_near_the_peer_team_is_still_read() -> None:
    body = (
        "Our peer team consisted of experienced peers (see section four).\n\n"
        + "Wyvern County Council serves a large population across urban and rural areas and works " * 3
        + "within the Wyvern Combined Authority and an Integrated Care System (ICS)."
    )
    names = {n for n, _, _ in _names(body)}
    assert {"Wyvern Combined Authority", "Integrated Care System"} <= names


def test_companies_named_after_a_working_with_cue_are_partners() -> None:
    body = (
        "The depot was rebuilt in partnership with Kestrel Energy, and officers are working with Fenby Homes Ltd "
        "on the estate. Kestrel Energy reported that the Green Energy grant closed."
    )
    names = {(n, k) for n, _, k in _names(body)}
    assert names == {("Kestrel Energy", "partner"), ("Fenby Homes Ltd", "partner")}


def test_universities_housing_associations_police_and_voluntary_service_councils() -> None:
    body = (
        "The council works with Marsh University and Wyvern Valley Housing Association, with Fenby Police on "
        "rural crime and with the Wyvern Council for Voluntary Service (CVS)."
    )
    assert {(n, a) for n, a, _ in _names(body)} == {
        ("Marsh University", None),
        ("Wyvern Valley Housing Association", None),
        ("Fenby Police", None),
        ("Wyvern Council for Voluntary Service", "CVS"),
    }


def test_a_body_inside_a_longer_name_is_one_partner() -> None:
    body = "It works with the Fenby Hospitals NHS Foundation Trust and the Marsh Fire and Rescue Service."
    assert {n for n, _, _ in _names(body)} == {
        "Fenby Hospitals NHS Foundation Trust",
        "Marsh Fire and Rescue Service",
    }


def test_councils_the_peers_came_from_are_not_partners() -> None:
    body = (
        "The peers, drawn from Marsh District Council and Fenby Borough Council, met staff. The peer team "
        "included councillors from Wyre County Council. Cllr Jo Hart, Cabinet Member for Housing at Ashby "
        "City Council, joined them. The council shares a legal team with Kent Vale District Council."
    )
    assert [n for n, _, _ in _names(body)] == ["Kent Vale District Council"]


def test_two_councils_named_together_are_two_names() -> None:
    names = _names("A waste contract is let with Wyre Council and Marsh District Council.")
    assert {n for n, _, _ in names} == {"Wyre Council", "Marsh District Council"}


def test_lower_case_named_forums_but_not_generic_or_internal_ones() -> None:
    body = (
        "Families spoke through the parent carer forum and the health and wellbeing board. The wider "
        "partnership board and the member working board met, as did the corporate performance board."
    )
    assert {n for n, _, _ in _names(body)} == {"parent carer forum", "health and wellbeing board"}


def test_regulators_and_people_with_roles_are_not_partners() -> None:
    body = "The Care Quality Commission inspected services; the Chief Fire Officer and Police spoke."
    assert _names(body) == []


def test_national_kinds_of_body_keep_the_place_printed_before_them() -> None:
    body = (
        "It funds Fenby Citizens Advice, sits in the Marsh Integrated Care System and backs the Wyre Business "
        "Improvement District (BID)."
    )
    assert {(n, a) for n, a, _ in _names(body)} == {
        ("Fenby Citizens Advice", None),
        ("Marsh Integrated Care System", None),
        ("Wyre Business Improvement District", "BID"),
    }


def test_a_council_named_without_its_type_is_a_partner_when_a_cue_names_it() -> None:
    names = _names("The council shares its payroll service with Wyre Council. The Full Council met twice.")
    assert names == [("Wyre Council", None, "shared_service")]


def test_a_university_named_head_first_and_a_company_introduced_as_partner() -> None:
    body = (
        "Skills work with the University of North Wyvern goes well; plans to found a University of Marsh "
        "are early. Our housing partner, Fenby Homes Ltd, builds the new flats."
    )
    assert {(n, k) for n, _, k in _names(body)} == {
        ("University of North Wyvern", "partner"),
        ("Fenby Homes Ltd", "partner"),
    }


def test_joint_committees_and_community_foundations() -> None:
    body = "The Fenby and Marsh Joint Waste Committee met, and the Wyre Community Foundation gave grants."
    assert {(n, k) for n, _, k in _names(body)} == {
        ("Fenby and Marsh Joint Waste Committee", "partnership"),
        ("Wyre Community Foundation", "partner"),
    }


def test_posts_named_after_partnerships_are_not_partnerships() -> None:
    body = (
        "The Head of Policy and Partnerships, the Strategic Lead for Partnerships and the Cabinet Member for "
        "Communities and Partnerships report to the Fenby Health and Wellbeing Board."
    )
    assert _names(body) == [("Fenby Health and Wellbeing Board", None, "partnership")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fenby shares a chief executive and management team with Marsh District Council.",
        "Since 2019 Fenby has shared a senior leadership team with Marsh District Council.",
        "Fenby has shared its workforce with Marsh District Council since 2021.",
    ],
)
def test_councils_sharing_their_management_are_a_shared_service(sentence: str) -> None:
    assert ("Marsh District Council", "shared_service") in [(n, k) for n, _, k in _names(sentence)]


def test_an_acronym_printed_before_its_expansion_is_tied_to_it() -> None:
    assert _names("Discharge is planned with the WICB (Wyre Integrated Care Board) every week.") == [
        ("Wyre Integrated Care Board", "WICB", "partnership")
    ]


@pytest.mark.parametrize("sep", ["\t", " | ", "     "])
def test_the_councils_of_a_peer_team_table_are_not_partners(sep: str) -> None:
    rows = [("Name", "Role", "Organisation"), ("Cllr Tessa Brampton", "Leader", "Hollinbury Borough Council")]
    rows.append(("Yusuf Adeyemi", "Director of Finance", "Marlow Vale District Council"))
    table = "\n".join(sep.join(row) for row in rows)
    body = f"The peer team\n\n{table}\n\nThe council works closely with the Penhallow Community Safety Partnership.\n"
    assert [name for name, _, _ in _names(body)] == ["Penhallow Community Safety Partnership"]


@pytest.mark.parametrize(
    "name",
    [
        "Corvale Partnership Board",
        "Ashby Vale City Region Combined Authority",
        "Fenmoor Safeguarding Partnership Board",
    ],
)
def test_a_name_whose_head_runs_on_into_another_is_whole(name: str) -> None:
    assert [n for n, _, _ in _names(f"The {name} met in March and agreed its priorities.")] == [name]


def test_a_scottish_health_board_is_named_whole() -> None:
    names = [
        n for n, _, _ in _names("The council and NHS Greater Glasgow and Clyde run the partnership's budget.")
    ]
    assert "NHS Greater Glasgow and Clyde" in names and "NHS" not in names
