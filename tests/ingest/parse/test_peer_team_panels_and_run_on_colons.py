"""The peer team named after a colon on the introducing line ("The review team: ...", "... of the original team
returned: ..."), an assessment panel chaired by one member with its other members after it, a sentence that
joins members with "; with", a shadow named after it, and a table's team label before the day job (invented
texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_members_after_the_review_team_and_a_colon() -> None:
    text = (
        "2.1 Wyvern Council asked for a finance review in the spring.\n\n"
        "2.2 The review team: Nell Garrow (Director of Finance, Fenby Council); Cllr Owen Pratt (Cabinet Member "
        "for Finance, Upton District Council); and Kay Lund (Adviser, LGA), who managed the review.\n\n"
        "2.3 The team met 40 people.\n"
    )
    assert [row[:2] for row in _team(text)] == [
        (None, "Nell Garrow"),
        ("Cllr", "Owen Pratt"),
        (None, "Kay Lund"),
    ]


def test_members_after_the_original_team_returned_and_no_list_below() -> None:
    text = (
        "## 2. Who came back\n\n"
        "Three of the original team returned: Nell Garrow, Chief Executive of Fenby Council; Councillor Owen "
        "Pratt, Leader of Upton District Council; and Kay Lund, the LGA's Peer Challenge Manager.\n\n"
        "## 3. The recommendations\n\nIn March the peers left Wyvern with two recommendations:\n\n"
        "1. **Make Marsh Lane the heart of the town.** Traders want a plan.\n"
        "2. **Agree a budget.**\n"
    )
    assert [row[:2] for row in _team(text)] == [
        (None, "Nell Garrow"),
        ("Councillor", "Owen Pratt"),
        (None, "Kay Lund"),
    ]


def test_an_assessment_panel_chaired_by_one_member_and_its_other_members() -> None:
    text = (
        "4. Panel Performance Assessment\n\nThe panel was on site between 2 and 5 June 2025. It was chaired by Dr Nell Garrow, former Chief "
        "Executive of Fenby County Council, and its other members were Councillor Owen Pratt, Leader of Upton "
        "District Council; Kay Lund, Director of Resources at Marsh Council; and Ivo Brent, an independent member "
        "from the voluntary sector. Over four days the panel spoke to 80 people.\n"
    )
    assert _team(text) == [
        ("Dr", "Nell Garrow", "former Chief Executive", "Fenby County Council"),
        ("Councillor", "Owen Pratt", "Leader", "Upton District Council"),
        (None, "Kay Lund", "Director of Resources", "Marsh Council"),
        (None, "Ivo Brent", "an independent member from the voluntary sector", None),
    ]


def test_members_joined_by_a_semicolon_and_with_and_a_shadow_after_them() -> None:
    text = (
        "The team was led by Nell Garrow, Chief Executive of Fenby Council; with Councillor Owen Pratt, Leader of "
        "Upton District Council, and Councillor Sue Hale, Deputy Leader of Marsh Council, as member peers; and "
        "Kay Lund, Senior Adviser at the LGA, who managed the challenge. Abel Corrie, LGA graduate trainee, "
        "shadowed the team.\n\nThe peers met 90 people.\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Chief Executive", "Fenby Council"),
        ("Councillor", "Owen Pratt", "Leader", "Upton District Council"),
        ("Councillor", "Sue Hale", "Deputy Leader", "Marsh Council"),
        (None, "Kay Lund", "Senior Adviser", "LGA"),
        (None, "Abel Corrie", "LGA graduate trainee", "LGA"),
    ]


def test_a_typed_tables_team_label_before_the_day_job_is_no_role() -> None:
    text = (
        "The peers were:\n\n"
        "  Peer              Role on the team    Day job\n"
        "  ----------------  ------------------  ------------------------------\n"
        "  Nell Garrow       Lead officer peer   Chief Executive, Fenby Borough\n"
        "                                        Council\n"
        "  Kay Lund          Peer challenge      LGA\n"
        "                    manager\n\n"
        "Wyvern Council – Corporate Peer Challenge            Page 3\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Chief Executive", "Fenby Borough Council"),
        (None, "Kay Lund", "Peer challenge manager", "LGA"),
    ]


def test_a_scrutiny_panels_chair_in_a_text_about_no_assessment_visit_is_no_peer() -> None:
    text = (
        "Minutes of the Housing Scrutiny Panel\n\nThe panel was chaired by Councillor Nell Garrow, Chair of the "
        "Housing Scrutiny Panel. Also present were Councillors Pratt and Lund.\n"
    )
    assert _team(text) == []
