import pytest

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _peers(items: str, heading: str = "The peer team") -> list[tuple]:
    text = f"Corporate Peer Challenge\n\n{heading}\n\nThe peers who delivered the challenge were:\n\n{items}\n\nScope and focus\n\n- not a peer, a scope bullet"
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Cllr Ada Quill Leader, Fenby County Council",
            ("Cllr", "Ada Quill", "Leader", "Fenby County Council"),
        ),
        (
            "- Ada Quill, Chief Executive, Fenby County Council",
            (None, "Ada Quill", "Chief Executive", "Fenby County Council"),
        ),
        (
            "- Ada Quill – Chief Executive, Fenby County Council",
            (None, "Ada Quill", "Chief Executive", "Fenby County Council"),
        ),
        ("- **Sir Ada Quill** (Leader – Fenby MBC);", ("Sir", "Ada Quill", "Leader", "Fenby MBC")),
        (
            "- Shadow: **Ada Quill** (Political Adviser – LGA); and,",
            (None, "Ada Quill", "Political Adviser", "LGA"),
        ),
        (
            "- LGA peer challenge manager: **Ada Quill** (LGA Programme Manager).",
            (None, "Ada Quill", "LGA Programme Manager", "LGA"),
        ),
        (
            "- Councillor Ada Quill, Fenby District Council",
            ("Councillor", "Ada Quill", None, "Fenby District Council"),
        ),
        (
            "- Ada Quill Director of Finance for Fenby Clinical Commissioning Group",
            (None, "Ada Quill", "Director of Finance", "Fenby Clinical Commissioning Group"),
        ),
        ("- Ada Quill LGA Peer Challenge Manager.", (None, "Ada Quill", "LGA Peer Challenge Manager", "LGA")),
        (
            "- Lead officer peer: Ada Quill, Chief Executive Fenby City Council",
            (None, "Ada Quill", "Chief Executive", "Fenby City Council"),
        ),
        ("- Cllr Ada Quill MBE, Leader Fenby Council", ("Cllr", "Ada Quill", "Leader", "Fenby Council")),
        (
            "  • Cllr Ada Quill (Labour) – Leader of Labour Group, Fenby City Council",
            ("Cllr", "Ada Quill", "Leader of Labour Group", "Fenby City Council"),
        ),
        (
            "- Dame Ada Quill (former Director of Resources (S151 Officer) – Fenby Council and LGA Associate)",
            ("Dame", "Ada Quill", "former Director of Resources (S151 Officer)", "Fenby Council"),
        ),
        ("- Ada Quill – former CEX of Fenby Council", (None, "Ada Quill", "former CEX", "Fenby Council")),
        (
            "- Ada Quill – Director – Strategic Finance, Fenby County Council",
            (None, "Ada Quill", "Director – Strategic Finance", "Fenby County Council"),
        ),
        (
            "- Ada Quill – Deputy Leader, Fenby District Council/Cabinet Member, Wyvern County Council",
            (None, "Ada Quill", "Deputy Leader", "Fenby District Council"),
        ),
        ("- Ada Quill, Director, FENCO", (None, "Ada Quill", "Director", "FENCO")),
        (
            "- Cllr Ada Quill OBE (Conservative) – London Borough of Fenby",
            ("Cllr", "Ada Quill", None, "London Borough of Fenby"),
        ),
        (
            "- Ada Quill – LGA Public Affairs Manager (Shadow role)",
            (None, "Ada Quill", "LGA Public Affairs Manager", "LGA"),
        ),
        (
            "- Ada Quill – Programme Manager, LGA (peer challenge manager)",
            (None, "Ada Quill", "Programme Manager", "LGA"),
        ),
        (
            "- LGA Peer Challenge Manager: Ada Quill, Regional Adviser",
            (None, "Ada Quill", "Regional Adviser", "LGA"),
        ),
        (
            "- Ada Quill, Peer Challenge Manager, Local Government Association.",
            (None, "Ada Quill", "Peer Challenge Manager", "Local Government Association"),
        ),
        ("- Mayor Ada O’Quill, Mayor of Fenby Council", ("Mayor", "Ada O’Quill", "Mayor", "Fenby Council")),
    ],
)
def test_member_styles(line: str, expected: tuple) -> None:
    assert _peers(line) == [expected]


def test_numbered_review_team_heading_is_found() -> None:
    assert [p[1] for p in _peers("- Ada Quill – Leader, Fenby Council", heading="4. The review team")] == [
        "Ada Quill"
    ]


def test_bullets_after_the_team_section_are_not_peers() -> None:
    names = [
        p[1]
        for p in _peers("- Ada Quill – Leader, Fenby Council\n- Tom Reed – Chief Executive, Ashby Council")
    ]
    assert names == ["Ada Quill", "Tom Reed"]


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_members_run_together_after_the_introduction_on_one_line() -> None:
    text = (
        "Dear Tom The peers who delivered the peer challenge at Fenby were: Ann Bell – Chief Executive, Ashby "
        "District Council Councillor Tom Reed (Conservative) – Leader of Wyvern County Council Jo Lane – Senior "
        "Adviser, LGA (Peer Challenge Manager) Scope and focus of the peer challenge You asked the peer team to look."
    )
    assert _team(text) == [
        (None, "Ann Bell", "Chief Executive", "Ashby District Council"),
        ("Councillor", "Tom Reed", "Leader", "Wyvern County Council"),
        (None, "Jo Lane", "Senior Adviser", "LGA"),
    ]


def test_members_in_prose_after_the_team_were() -> None:
    text = (
        "The peer team were Cllr Ann Bell (Leader, Fenby Council), Tom Reed (Chief Executive, Ashby Council) "
        "and Jo Lane (LGA Programme Manager).\n\nThe visit took four days."
    )
    assert _team(text) == [
        ("Cllr", "Ann Bell", "Leader", "Fenby Council"),
        (None, "Tom Reed", "Chief Executive", "Ashby Council"),
        (None, "Jo Lane", "LGA Programme Manager", "LGA"),
    ]


def test_plain_lines_wrapped_brackets_and_two_people_sharing_a_role() -> None:
    text = (
        "The  peers  who  delivered  the  peer  challenge  at \nFenby were: \n"
        "  Tom  Reed,  Director,  Ashby  Council \n"
        "  Ann  Bell  and  Jo  Lane,  Programme  Managers,  LGA  (Peer \nChallenge Managers) \n"
        "Scope and focus of the peer challenge \n"
    )
    assert _team(text) == [
        (None, "Tom Reed", "Director", "Ashby Council"),
        (None, "Ann Bell", "Programme Manager", "LGA"),
        (None, "Jo Lane", "Programme Manager", "LGA"),
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "For this Progress Review, the following members of the original CPC team were involved:",
        "The review took place on 3 May, with the following members of the original CPC team involved:",
        "Who was on the peer challenge team?\n\nThe team was made up of two people with long experience:",
    ],
)
def test_team_introductions(intro: str) -> None:
    text = f"{intro}\n- Ann Bell – Chief Executive, Ashby Council\n- Tom Reed, Leader, Wyvern Council\n3. Feedback"
    assert [p[1] for p in _team(text)] == ["Ann Bell", "Tom Reed"]


def test_the_addressee_of_a_letter_is_not_a_peer() -> None:
    text = (
        "Ann Bell\nChief Executive\nFenby Council\n\nDear Ann\n\nOn behalf of the peer team, thank you.\n\n"
        "The peers were:\n\n- Tom Reed – Chief Executive, Ashby Council\n"
    )
    assert [p[1] for p in _team(text)] == ["Tom Reed"]


@pytest.mark.parametrize(
    "lead",
    ["The peer team would like to thank:", "The peer team met with:", "The peer team spoke to:"],
)
def test_people_thanked_or_met_are_not_peers(lead: str) -> None:
    text = f"The peer team\n\n{lead}\n\n- Ann Bell, Chief Executive, Fenby Council\n- Tom Reed, Leader, Fenby Council\n"
    assert _team(text) == []


def test_a_remark_about_the_team_does_not_start_a_list() -> None:
    text = "The peer team were impressed by the staff.\n\n- Ann Bell, Chief Executive, Fenby Council\n"
    assert _team(text) == []


def test_theme_bullets_after_an_introduction_are_not_peers() -> None:
    text = "The peers were:\n- Finance and Transformation\n- Leadership of Place\n"
    assert _team(text) == []


@pytest.mark.parametrize("mark", ["–", "—", "▪", "○", "■", "➢", "·"])
def test_other_list_marks(mark: str) -> None:
    assert _peers(f"{mark} Ann Bell, Chief Executive, Fenby Council")[0][1:3] == (
        "Ann Bell",
        "Chief Executive",
    )


def test_members_after_a_label_on_plain_lines() -> None:
    text = (
        "3. The peer team\n\nLead peer: Ann Bell, Director of Finance for Fenby County Council\n"
        "Member peer: Cllr Tom Reed, Cabinet Member at Ashby Borough Council\n"
        "Peer challenge manager: Jo Lane, Local Government Association\n\n4. Findings"
    )
    assert [row[1:3] for row in _team(text)] == [
        ("Ann Bell", "Director of Finance"),
        ("Tom Reed", "Cabinet Member"),
        ("Jo Lane", "Peer challenge manager"),  # the label is the only role printed
    ]


def test_members_in_prose_separated_by_commas_only() -> None:
    text = (
        "The peer team was Cllr Ann Bell, Leader of Fenby Council, Tom Reed, Chief Executive of Ashby District "
        "Council, and Jo Lane, Programme Manager at the Local Government Association.\n\nWe spoke to staff."
    )
    assert [row[1:] for row in _team(text)] == [
        ("Ann Bell", "Leader", "Fenby Council"),
        ("Tom Reed", "Chief Executive", "Ashby District Council"),
        ("Jo Lane", "Programme Manager", "Local Government Association"),  # the article is no part of it
    ]


def test_a_team_led_by_someone_with_someone_else() -> None:
    text = (
        "The team was led by Councillor Ann Bell, Leader of Fenby Council, with Tom Reed, Chief Executive of "
        "Ashby Council. They also met representatives of the health service."
    )
    assert [row[1:3] for row in _team(text)] == [("Ann Bell", "Leader"), ("Tom Reed", "Chief Executive")]


def test_a_sentence_ending_were_introduces_the_team() -> None:
    text = "The members of the original team who returned were:\n\n• Ann Bell, Leader, Fenby Council\n"
    assert [row[1] for row in _team(text)] == ["Ann Bell"]


def test_a_colon_after_the_team_reviewing_something_is_not_an_introduction() -> None:
    text = "The team reviewed progress on the points it had made, which included:\n\n• Bringing HR and IT together\n"
    assert _team(text) == []


def test_a_numbered_list_of_members_and_the_numbered_section_after_it() -> None:
    text = (
        "The peers were:\n1. Cllr Ann Bell, Leader, Fenby Council\n2) Tom Reed, Chief Executive, Ashby Council\n"
        "3. Progress Review findings\n"
    )
    assert [row[1:3] for row in _team(text)] == [("Ann Bell", "Leader"), ("Tom Reed", "Chief Executive")]


@pytest.mark.parametrize(
    "rows",
    [
        "Cllr Ann Bell\tLeader\tFenby Council\nTom Reed\tChief Executive\tAshby Council",
        "| Name | Role |\n|---|---|\n| Cllr Ann Bell | Leader, Fenby Council |\n| Tom Reed | Chief Executive, Ashby Council |",
    ],
)
def test_members_in_a_table(rows: str) -> None:
    text = f"The peer team\n\n{rows}\n\nScope and focus\n"
    assert [row[1:] for row in _team(text)] == [
        ("Ann Bell", "Leader", "Fenby Council"),
        ("Tom Reed", "Chief Executive", "Ashby Council"),
    ]
