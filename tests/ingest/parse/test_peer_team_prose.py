"""The peer team named in freer prose (invented texts, fictional councils)."""

from ingest.parse.peer_team import parse_peer_team
from tests.fixtures.docs import make_docs


def _team(text: str) -> list[tuple]:
    rows = parse_peer_team(make_docs(text)).collect()
    return rows.select("honorific", "name", "role", "organisation").rows()


def test_a_member_who_led_the_team_joined_by_others() -> None:
    text = (
        "The visit took place at Marsh House on 4 May 2025. Two of the original peers returned: Nell Garrow, "
        "Chief Executive of Fenby District Council, led the team, joined by Councillor Owen Pratt, Leader of "
        "Upton Borough Council, and by Kay Lund, who acted as the LGA's Peer Challenge Manager.\n\n"
        "The council has made good progress.\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Chief Executive", "Fenby District Council"),
        ("Councillor", "Owen Pratt", "Leader", "Upton Borough Council"),
        (None, "Kay Lund", "Peer Challenge Manager", "LGA"),
    ]


def test_led_by_the_team_also_included_members_apart_by_semicolons() -> None:
    text = (
        "Led by Cllr Ann Bell, Leader of Wyvern Borough Council, the peer team also included Ivo Brent, "
        "Chief Executive of Caxley District Council; Sue Hale, Director of Housing at Selsby City Council; "
        "and Abel Corrie, who was the LGA's Peer Challenge Manager.\n\nThe peers met over 80 people.\n"
    )
    assert _team(text) == [
        ("Cllr", "Ann Bell", "Leader", "Wyvern Borough Council"),
        (None, "Ivo Brent", "Chief Executive", "Caxley District Council"),
        (None, "Sue Hale", "Director of Housing", "Selsby City Council"),
        (None, "Abel Corrie", "Peer Challenge Manager", "LGA"),
    ]


def test_a_member_named_with_a_role_and_organisation_in_commas_after_the_team_included() -> None:
    text = (
        "Led by Dame Rose Kell, Chief Executive of Brantwood City Council, the team also included Tom Reed, "
        "Leader, Marsh District Council; and Mina Sorrell, Peer Challenge Manager at the LGA.\n"
    )
    assert _team(text) == [
        ("Dame", "Rose Kell", "Chief Executive", "Brantwood City Council"),
        (None, "Tom Reed", "Leader", "Marsh District Council"),
        (None, "Mina Sorrell", "Peer Challenge Manager", "LGA"),
    ]


def test_a_person_who_led_something_else_is_no_member() -> None:
    text = "Nell Garrow, Chief Executive of Fenby District Council, led the recovery programme in 2021.\n"
    assert _team(text) == []


def test_the_team_led_by_after_a_sentence_about_the_team_then_managed_by() -> None:
    text = (
        "The peer team\n\nThe team was made up of members and officers from other councils. The peer team was "
        "led by Ruth Calder, Chief Executive of Fenby District Council, alongside Councillor Dev Anand, Leader of "
        "Upton Borough Council; and Iris Moss, Head of Finance at Caxley City Council. The team was managed by "
        "Lew Tarrant, Programme Manager at the LGA.\n\nThe visit lasted three days.\n"
    )
    assert _team(text) == [
        (None, "Ruth Calder", "Chief Executive", "Fenby District Council"),
        ("Councillor", "Dev Anand", "Leader", "Upton Borough Council"),
        (None, "Iris Moss", "Head of Finance", "Caxley City Council"),
        (None, "Lew Tarrant", "Programme Manager", "LGA"),
    ]


def test_members_of_the_team_after_a_dash_with_bracketed_roles() -> None:
    text = (
        "The review was carried out by two members of the original peer team – Nell Garrow (Chief Executive, "
        "Fenby District Council) and Councillor Owen Pratt (Leader, Upton Borough Council) – supported by Kay "
        "Lund, the LGA's Peer Challenge Manager for the North West.\n\nThe council has made good progress.\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Chief Executive", "Fenby District Council"),
        ("Councillor", "Owen Pratt", "Leader", "Upton Borough Council"),
        (None, "Kay Lund", "Peer Challenge Manager", "LGA"),
    ]


def test_a_council_team_named_with_a_dash_or_led_by_an_officer_is_no_peer_team() -> None:
    text = (
        "Wyvern District Council\n\nQuarter 2 Performance Report\n\n"
        "The report was prepared by the corporate leadership team – Ann Bell (Chief Executive) and Tom Reed "
        "(Director of Resources).\n\n"
        "Sara Quill, Director of Children's Services, led the team that redesigned early help this year.\n"
    )
    assert _team(text) == []


def test_the_member_peers_named_in_a_sentence_after_the_leader() -> None:
    text = (
        "Nell Garrow, Chief Executive of Fenby District Council, led the team. The member peers were Councillor "
        "Owen Pratt, Leader of Upton Borough Council, and Councillor Ida Roe, Cabinet Member for Housing at "
        "Marsh City Council. The team had been supported by Mr Kay Lund, Adviser at the LGA.\n\n"
        "The council has made good progress.\n"
    )
    assert _team(text) == [
        (None, "Nell Garrow", "Chief Executive", "Fenby District Council"),
        ("Councillor", "Owen Pratt", "Leader", "Upton Borough Council"),
        ("Councillor", "Ida Roe", "Cabinet Member for Housing", "Marsh City Council"),
        ("Mr", "Kay Lund", "Adviser", "LGA"),
    ]


def test_a_team_made_up_of_officers_led_by_one_named_member() -> None:
    text = (
        "1.1 Wyvern Borough Council hosted a peer challenge in May 2024. The peer team was made up of five "
        "officers and councillors from other councils, led by Abel Corrie, Chief Executive of Caxley District "
        "Council. The peers met over 90 people.\n"
    )
    assert _team(text) == [(None, "Abel Corrie", "Chief Executive", "Caxley District Council")]


def test_the_peer_challenge_manager_named_in_a_sentence_after_the_team() -> None:
    # invented text, fictional councils
    text = (
        "Brackley Vale Council: corporate peer challenge\n\n"
        "The team was led by Cllr Nia Ford, Leader of Oxley District Council, with Sam Kerr, Chief Executive "
        "of Dunmore Borough Council, as lead officer peer. The peer challenge manager was Ivo Lund of the "
        "Local Government Association.\n\nScope\n\nThe council asked the peers to look at housing.\n"
    )
    rows = parse_peer_team(make_docs(text)).collect().select("name", "role", "organisation").rows()
    assert rows[-1] == ("Ivo Lund", "peer challenge manager", "Local Government Association")
    assert [r[0] for r in rows] == ["Nia Ford", "Sam Kerr", "Ivo Lund"]


def test_a_team_of_local_government_professionals_led_by_members_with_bracketed_roles() -> None:
    text = (
        "In May 2024 Selsby District Council welcomed a team of local government professionals led by Ivo Brent "
        "(Joint Chief Executive, Caxley District Council) and Councillor Ida Roe (Leader of Marsh Borough "
        "Council) to undertake the LGA's Corporate Peer Challenge.\n"
    )
    assert _team(text) == [
        (None, "Ivo Brent", "Joint Chief Executive", "Caxley District Council"),
        ("Councillor", "Ida Roe", "Leader", "Marsh Borough Council"),
    ]


def test_a_councils_own_team_of_several_officers_led_by_an_officer_is_no_peer_team() -> None:
    text = (
        "Selsby District Council\n\nBudget Report\n\n"
        "The council's team of senior finance officers led by Ivo Brent (Director of Finance, Selsby District "
        "Council) prepared the draft budget.\n"
    )
    assert _team(text) == []


def test_a_councils_own_team_of_service_professionals_in_a_peer_challenge_report_is_no_peer_team() -> None:
    text = (
        "Selsby District Council Corporate Peer Challenge\n\nFeedback report\n\n"
        "Early help is delivered by a team of social work professionals led by Anna Price (Head of Early Help, "
        "Selsby District Council) and Tom Reed (Service Manager) to support families at the earliest point.\n"
    )
    assert _team(text) == []


def test_a_councils_own_team_of_housing_experts_is_no_peer_team() -> None:
    text = (
        "Selsby District Council\n\nCabinet report\n\nThe review was carried out by a team of housing experts led by "
        "Anna Price (Head of Housing, Selsby District Council) to assess the condition of council homes.\n"
    )
    assert _team(text) == []


def test_a_titled_member_joined_by_and_after_the_first_members_role_in_a_led_by_run() -> None:
    text = (
        "A Local Government Association sponsored team, led by Ivo Brent, the Chief Executive of Caxley City "
        "Council and Mayor Rhea Dunmore from Selsby Council, visited Fenby between 3 and 5 March 2025.\n"
    )
    assert _team(text) == [
        (None, "Ivo Brent", "the Chief Executive", "Caxley City Council"),
        ("Mayor", "Rhea Dunmore", None, "Selsby Council"),
    ]


def test_a_role_joined_by_and_to_another_role_is_no_second_member() -> None:
    text = (
        "The peer team was led by Nell Garrow, Chief Executive and Leader of Brackley Council, who visited "
        "in May 2025.\n"
    )
    assert _team(text) == [(None, "Nell Garrow", "Chief Executive and Leader", "Brackley Council")]
