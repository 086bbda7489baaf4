"""Peer teams in a role-first grid under a header naming a peer column (its last cell wrapping onto a row of
empty cells), on a numbered paragraph opening 'Peers:', in a list after 'the final team was as follows', and a
substitute peer 'joined for the day by' (the one replaced is no member), and hard-wrapped member lines (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _peers(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "organisation").rows()


def test_a_role_first_grid_under_a_header_with_a_peer_column() -> None:
    text = (
        "Fenby Borough Council\nCorporate Peer Challenge\n\nWHO CAME\n\n"
        "The LGA put together a team for the visit.\n\n"
        "Role\tPeer\tHome authority\n"
        "Lead peer\tAnn Bell\tMarsh Council\n"
        "Member peer\tCllr Tom Reed\tNorth Dale District\n"
        "\t\tCouncil\n"
        "Challenge manager\tRay Doyle\tLGA\n\n"
        "Across three days the team met 40 people.\n"
    )
    assert _peers(text) == [
        (None, "Ann Bell", "Marsh Council"),
        ("Cllr", "Tom Reed", "North Dale District Council"),
        (None, "Ray Doyle", "LGA"),
    ]


def test_a_table_of_officers_under_a_name_and_role_header_is_no_team() -> None:
    text = "Contacts\n\nName\tRole\tCouncil\nAnn Bell\tHead of Policy\tFenby Council\n"
    assert _peers(text) == []


def test_a_numbered_paragraph_opening_peers() -> None:
    text = (
        "FINANCE PEER CHALLENGE\nFenby District Council\n\n"
        "1.2 Peers: Ann Bell (Director of Finance, Wyvern Council); Cllr Tom Reed (Leader, Marsh Borough "
        "Council); Sam Hill (Programme Manager, LGA).\n\n"
        "1.3 The team held 20 interviews.\n"
    )
    assert [row[1] for row in _peers(text)] == ["Ann Bell", "Tom Reed", "Sam Hill"]


def test_the_list_after_a_correction_giving_the_final_team() -> None:
    text = (
        "## The peer team\n\nDraft team as first sent:\n\n- Ann Bell, Chief Executive\n\n"
        "> A note from the LGA: the final team was as follows.\n\n"
        "- **Ann Bell** — Chief Executive, Wyvern District Council\n"
        "- **Cllr Tom Reed** — Leader, Marsh Borough Council\n"
        "- **Sam Hill** — LGA Peer Challenge Manager\n\n"
        "## How the challenge was run\n"
    )
    assert [row[1] for row in _peers(text)] == ["Ann Bell", "Ann Bell", "Tom Reed", "Sam Hill"]


def test_a_substitute_joined_for_the_day_and_not_the_one_replaced() -> None:
    text = (
        "Two of the original peers came back: Ann Bell (Chief Executive, Wyvern Council) and Cllr Tom Reed "
        "(Leader, Marsh Borough Council). They were joined for the day by Cllr Sue Hart (Deputy Leader, Kerrow "
        "Council), who replaced Cllr Dan Moss of Fenby County Council, unable to attend.\n"
    )
    assert _peers(text) == [
        (None, "Ann Bell", "Wyvern Council"),
        ("Cllr", "Tom Reed", "Marsh Borough Council"),
        ("Cllr", "Sue Hart", "Kerrow Council"),
    ]


def test_a_lower_case_role_after_a_dash_is_kept_a_label_after_the_post_is_not() -> None:
    text = (
        "Corporate Peer Challenge\n\nThe peer team\n\n"
        "- Ann Bell, Director of Finance, Wyvern Council – lead peer\n"
        "- Sam Hill – peer challenge manager\n\nScope\n"
    )
    rows = parse_peer_team(make_docs(text)).collect().select("name", "role", "organisation").rows()
    assert rows == [
        ("Ann Bell", "Director of Finance", "Wyvern Council"),
        ("Sam Hill", "peer challenge manager", None),
    ]


def test_hard_wrapped_member_lines_run_on_to_their_organisations_end() -> None:
    text = (
        "Corporate Peer Challenge\n\nThe peers were:\n\n"
        "Ann Bell – Chief Executive, Wyvern District\nCouncil\n"
        "Cllr Tom Reed – Cabinet Member for Finance and\nResources, Marsh Borough Council\n"
        "Sam Hill – Peer Challenge Manager, Local Government\nAssociation\n\n"
        "Scope and focus\n\nThe team looked at five themes.\n"
    )
    rows = parse_peer_team(make_docs(text)).collect().select("name", "role", "organisation").rows()
    assert rows == [
        ("Ann Bell", "Chief Executive", "Wyvern District Council"),
        ("Tom Reed", "Cabinet Member for Finance and Resources", "Marsh Borough Council"),
        ("Sam Hill", "Peer Challenge Manager", "Local Government Association"),
    ]
