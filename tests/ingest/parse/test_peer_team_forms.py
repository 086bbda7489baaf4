"""Forms of the peer team not seen in the development corpus (invented texts, fictional councils)."""

import pytest

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


@pytest.mark.parametrize("sep", [" – ", " - ", "\t", " | "])
def test_label_set_off_by_a_dash_or_a_table_cell(sep: str) -> None:
    text = (
        "4. The peer team\n\n"
        f"Lead peer{sep}Cllr Joan Farrow{sep}Leader, Upton Marsh Borough Council\n"
        f"Officer peer{sep}Dev Raman{sep}Director of Finance, Lindfield County Council\n"
        f"Peer challenge manager{sep}Ruth Calder{sep}Local Government Association\n\n"
        "5. Feedback\n\nThe council is well run.\n"
    )
    assert _team(text) == [
        ("Cllr", "Joan Farrow", "Leader", "Upton Marsh Borough Council"),
        (None, "Dev Raman", "Director of Finance", "Lindfield County Council"),
        (
            None,
            "Ruth Calder",
            "Peer challenge manager",
            "Local Government Association",
        ),  # the label: no other role
    ]


def test_name_and_role_on_separate_lines() -> None:
    text = (
        "Summary of the approach\nThe peer team\nCllr Owen Pratt\nLeader, Caxley District Council\n"
        "Mina Sorrell\nChief Executive, Brantwood City Council\nCllr Hugh Dane (Independent)\n"
        "Cabinet Member for Housing, Selsby Borough Council\nAbel Corrie\n"
        "Peer Challenge Manager, Local Government Association\nScope and focus\n"
        "The peer team looked at the five core themes.\n"
    )
    assert _team(text) == [
        ("Cllr", "Owen Pratt", "Leader", "Caxley District Council"),
        (None, "Mina Sorrell", "Chief Executive", "Brantwood City Council"),
        ("Cllr", "Hugh Dane", "Cabinet Member for Housing", "Selsby Borough Council"),
        (None, "Abel Corrie", "Peer Challenge Manager", "Local Government Association"),
    ]


def test_a_line_after_a_role_line_is_not_joined_to_the_member() -> None:
    text = "The peer team\nMina Sorrell\nChief Executive, Brantwood City Council\nScope and focus\nThe peers met staff.\n"
    assert _team(text) == [(None, "Mina Sorrell", "Chief Executive", "Brantwood City Council")]


def test_a_role_word_after_a_dash_is_no_label() -> None:
    # "Lead" starts a role here, not a label: the member is still read from the line
    text = "The peer team\n\n- Ivo Brent – Lead Officer, Caxley District Council\n"
    assert _team(text) == [(None, "Ivo Brent", "Lead Officer", "Caxley District Council")]


@pytest.mark.parametrize(
    "intro",
    [
        "The following peers took part:",
        "The following members of the original peer team took part:",
        "The following members of the peer team were involved:",
        "The peers who participated:",
    ],
)
def test_took_part_introductions(intro: str) -> None:
    text = (
        f"Dear Leader,\n\n{intro}\n\n- Cllr Joan Farrow, Leader, Upton Marsh Borough Council\n"
        "- Ruth Calder, Senior Regional Adviser, LGA\n\nThe peers met with 30 people.\n"
    )
    assert _team(text) == [
        ("Cllr", "Joan Farrow", "Leader", "Upton Marsh Borough Council"),
        (None, "Ruth Calder", "Senior Regional Adviser", "LGA"),
    ]


def test_people_the_peers_met_are_not_the_team() -> None:
    text = "The following people took part:\n\n- Cllr Joan Farrow, Leader of the council\n"
    assert _team(text) == []


# P5: names in any Latin script, repeated honorifics, "Rt Hon".
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Siân Prothero, Chief Executive, Llanfenni County Council", "Siân Prothero"),
        ("- Zoë Marchetti – Director of Resources, Bramcote Council", "Zoë Marchetti"),
        ("- Seán Ó Briain, Head of Policy, Kilgarvan City Council", "Seán Ó Briain"),
        ("- Cllr Dr Nell Ashworth, Leader, Thornfield Borough Council", "Nell Ashworth"),
        ("- The Rt Hon Lady Ivy Pardoe, Leader, Thornfield Borough Council", "Ivy Pardoe"),
        ("- Rt. Hon. Colm Fennessy, Leader, Thornfield Borough Council", "Colm Fennessy"),
    ],
)
def test_names_with_accents_and_honorifics(line: str, expected: str) -> None:
    rows = _team(f"The peer team\n\n{line}\n\nScope and focus\n")
    assert [r[1] for r in rows] == [expected]
    assert rows[0][2] in ("Chief Executive", "Director of Resources", "Head of Policy", "Leader")


def test_repeated_honorifics_are_all_kept_as_printed() -> None:
    rows = _team("The peer team\n\n- Cllr Dr Nell Ashworth, Leader, Thornfield Borough Council\n")
    assert rows == [("Cllr Dr", "Nell Ashworth", "Leader", "Thornfield Borough Council")]


# P4: members in prose.
def test_prose_members_joined_by_and_included() -> None:
    text = (
        "In May we invited the LGA to look at the council. The peer team was led by Councillor Pia Larkin, "
        "Leader of Denholme Borough Council, and included Rhys Oduya, Chief Executive of Wrayton County Council, "
        "Councillor Bea Stott, Cabinet Member for Housing at Ellerby City Council, and Kit Varga, Senior "
        "Regional Adviser at the LGA.\n"
    )
    assert _team(text) == [
        ("Councillor", "Pia Larkin", "Leader", "Denholme Borough Council"),
        (None, "Rhys Oduya", "Chief Executive", "Wrayton County Council"),
        ("Councillor", "Bea Stott", "Cabinet Member for Housing", "Ellerby City Council"),
        (None, "Kit Varga", "Senior Regional Adviser", "LGA"),
    ]


@pytest.mark.parametrize("connector", ["as well as", "alongside", "including"])
def test_prose_members_joined_by_other_connectors(connector: str) -> None:
    text = (
        "The peer team was led by Cllr Pia Larkin, Leader of Denholme Borough Council, "
        f"{connector} Rhys Oduya, Chief Executive of Wrayton County Council.\n"
    )
    assert [r[1:3] for r in _team(text)] == [("Pia Larkin", "Leader"), ("Rhys Oduya", "Chief Executive")]


def test_led_by_at_the_start_of_a_sentence_about_the_team() -> None:
    text = (
        "The peers spent three days on site. Led by Councillor Tam Hollis, Leader of Easby District Council, "
        "the team talked to more than 90 people.\n\n"
        'Councillor Ivy Moss, Cabinet Member for Communities, said: "We welcome the report."\n'
    )
    assert _team(text) == [("Councillor", "Tam Hollis", "Leader", "Easby District Council")]


def test_led_by_in_a_sentence_not_about_the_team_is_no_member() -> None:
    text = "Led by Councillor Tam Hollis, Leader of the council, the borough has grown.\n"
    assert _team(text) == []


def test_name_role_and_organisation_on_three_lines() -> None:
    text = (
        "The peer team\nCllr Owen Pratt\nLeader\nCaxley District Council\nMina Sorrell\nChief Executive\n"
        "Brantwood City Council\nScope and focus\nThe peers met staff.\n"
    )
    assert _team(text) == [
        ("Cllr", "Owen Pratt", "Leader", "Caxley District Council"),
        (None, "Mina Sorrell", "Chief Executive", "Brantwood City Council"),
    ]


def test_a_heading_after_a_role_alone_is_no_organisation() -> None:
    text = "The peer team\nMina Sorrell\nChief Executive\nScope and focus\nThe peers met staff.\n"
    assert _team(text) == [(None, "Mina Sorrell", "Chief Executive", None)]


def test_the_lga_alone_after_a_name_is_the_organisation_not_the_role() -> None:
    text = "The peer team\n\n- Abel Corrie, LGA\n- Ruth Calder, Local Government Association\n"
    assert _team(text) == [
        (None, "Abel Corrie", None, "LGA"),
        (None, "Ruth Calder", None, "Local Government Association"),
    ]


TYPED_TABLE = (
    "3. The peer team and approach\n\n"
    "Name                  Role                                  Organisation\n"
    "Cllr Tessa Brampton   Leader                                Hollinbury Borough Council\n"
    "Yusuf Adeyemi         Director of Finance and S151 Officer  Marlow Vale District Council\n"
    "Carys Llewellyn       Peer Challenge Manager                Local Government Association\n\n"
    "The team spent three days on site.   It met 60 people.\n"
)


def test_a_table_typed_with_spaces_under_a_team_and_approach_heading() -> None:
    assert _team(TYPED_TABLE) == [
        ("Cllr", "Tessa Brampton", "Leader", "Hollinbury Borough Council"),
        (None, "Yusuf Adeyemi", "Director of Finance and S151 Officer", "Marlow Vale District Council"),
        (None, "Carys Llewellyn", "Peer Challenge Manager", "Local Government Association"),
    ]


def test_a_who_was_on_the_team_heading_over_a_bulleted_list() -> None:
    text = (
        "Who was on the team\n\n"
        "  • Councillor Ivy Marchant – Leader, Quarrendon District Council\n"
        "  • Tobias Wren – Chief Executive, Elmbridge Vale Borough Council\n\n"
        "What they found\n\nThe team praised the council's staff.\n"
    )
    assert _team(text) == [
        ("Councillor", "Ivy Marchant", "Leader", "Quarrendon District Council"),
        (None, "Tobias Wren", "Chief Executive", "Elmbridge Vale Borough Council"),
    ]


@pytest.mark.parametrize("cue", ["Lead peer", "The lead peer,"])
def test_a_news_items_lead_peer_quoted_in_prose(cue: str) -> None:
    text = (
        "Council welcomes peer challenge report\n\n"
        f"{cue} Cllr Nadia Okafor, Leader of Pennard Borough Council, said: “The council knows its places well.”\n\n"
        "Council Leader Cllr Ben Thorley welcomed the report.\n"
    )
    assert _team(text) == [("Cllr", "Nadia Okafor", "Leader", "Pennard Borough Council")]


def test_members_of_the_team_in_a_semicolon_list_after_a_colon() -> None:
    # the run follows "members of the ... team took part:" on the same line; a member's clause ("who ...")
    # is no part of the role
    text = (
        "2. The review\n\n"
        "The peers returned to Caddon Hall for one day in March. Two members of the original peer team took "
        "part: Nell Garside, Chief Executive of Brimley Borough Council, who again acted as lead peer; and "
        "Councillor Raj Odum, Leader of Tarnfield District Council.\n\n3. Progress\n\nThe council has moved on.\n"
    )
    assert _team(text) == [
        (None, "Nell Garside", "Chief Executive", "Brimley Borough Council"),
        ("Councillor", "Raj Odum", "Leader", "Tarnfield District Council"),
    ]


def test_members_named_in_a_sentence_after_the_run() -> None:
    text = (
        "The peer team was led by Gwen Allard, chief executive of Upshire District Council, and included "
        "Councillor Omar Pike, leader of Rockley Borough Council. They were supported by Lou Fenner, Peer "
        "Challenge Manager at the Local Government Association.\n\nThe team met staff.\n"
    )
    assert _team(text)[2] == (None, "Lou Fenner", "Peer Challenge Manager", "Local Government Association")


def test_a_member_whose_role_is_printed_before_the_name() -> None:
    text = (
        "The peer team was led by Gwen Allard, chief executive of Upshire District Council. They were joined "
        "by LGA peer challenge manager Lou Fenner.\n\nThe team met staff.\n"
    )
    assert _team(text) == [
        (None, "Gwen Allard", "chief executive", "Upshire District Council"),
        (None, "Lou Fenner", "LGA peer challenge manager", "LGA"),
    ]


@pytest.mark.parametrize("verb", ["had met over 120 people", "spoke to more than 90 people"])
def test_a_team_of_n_led_by_members_named_in_the_sentence(verb: str) -> None:
    text = (
        "The Leader said that the peer team of five, led by Abel Quist, Chief Executive of Fordham City "
        f"Council, and Councillor Ida Marsh, Leader of Wendlow Borough Council, {verb} during the visit.\n"
    )
    assert _team(text) == [
        (None, "Abel Quist", "Chief Executive", "Fordham City Council"),
        ("Councillor", "Ida Marsh", "Leader", "Wendlow Borough Council"),
    ]


def test_a_council_after_a_bracketed_role_is_no_person() -> None:
    text = (
        "The peer team\n\n"
        "- Officer peer: Ross Tilling, Director of Finance (Section 151 Officer), Hollow Brook Borough Council\n"
        "- Member peer: Cllr Jan Arbery, Leader, Kelsey District Council\n"
    )
    assert _team(text) == [
        (None, "Ross Tilling", "Director of Finance (Section 151 Officer)", "Hollow Brook Borough Council"),
        ("Cllr", "Jan Arbery", "Leader", "Kelsey District Council"),
    ]


def test_members_of_the_team_introduced_on_a_wrapped_line() -> None:
    text = (
        "The progress review was held on 4 June 2024. Three\n"
        "members of the original team came back for it:\n\n"
        "- Cllr Ava Lorne, Leader, Pitsey Borough Council\n"
        "- Hal Dacre, Peer Challenge Manager, LGA\n\n"
        "The peers met the cabinet.\n"
    )
    assert _team(text) == [
        ("Cllr", "Ava Lorne", "Leader", "Pitsey Borough Council"),
        (None, "Hal Dacre", "Peer Challenge Manager", "LGA"),
    ]


def test_two_members_sharing_a_role_after_a_dash() -> None:
    text = "The peer team\n\n  • Kit Amory and Bea Stroud – Programme Managers, LGA\n"
    assert _team(text) == [
        (None, "Kit Amory", "Programme Manager", "LGA"),
        (None, "Bea Stroud", "Programme Manager", "LGA"),
    ]


def test_a_member_working_alongside_and_a_second_joined_sentence() -> None:
    text = (
        "3. The peer team\n\n"
        "The peer team was led by Nell Garrow, Chief Executive of Fenby District Council and Upton Borough "
        "Council, working alongside Councillor Owen Pratt, Leader of Wyvern Borough Council. They were joined "
        "by Sue Hale, Director of Housing at Caxley City Council; and Councillor Jo Pike, member peer from "
        "Selsby Borough Council. The team was supported by Kay Lund, Peer Challenge Manager at the Local "
        "Government Association.\n\n4. The process\n"
    )
    assert [row[:3] for row in _team(text)] == [
        (None, "Nell Garrow", "Chief Executive"),
        ("Councillor", "Owen Pratt", "Leader"),
        (None, "Sue Hale", "Director of Housing"),
        ("Councillor", "Jo Pike", "member peer"),
        (None, "Kay Lund", "Peer Challenge Manager"),
    ]


def test_it_was_led_by_after_a_sentence_about_the_team_and_who_managed_the_review() -> None:
    text = (
        "3. The peer team\n\n"
        "The review was carried out by a small team of finance peers. It was led by Nell Garrow, Director of "
        "Resources at the London Borough of Wyvern, with Councillor Owen Pratt, Cabinet Member for Finance at "
        "Upton Borough Council, and Ivo Brent, Head of Finance at Caxley Council. Kay Lund, Finance Adviser at "
        "the LGA, managed the review.\n\n4. The process\n"
    )
    assert [row[:3] for row in _team(text)] == [
        (None, "Nell Garrow", "Director of Resources"),
        ("Councillor", "Owen Pratt", "Cabinet Member for Finance"),
        (None, "Ivo Brent", "Head of Finance"),
        (None, "Kay Lund", "Finance Adviser"),
    ]
