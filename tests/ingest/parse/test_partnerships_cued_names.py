"""A body of any form named after a cue that it works with or for the council (but not government funding it
operates with), and a name the report calls a partnership in lower case (but not an area's "partnership
landscape") (invented texts, fictional councils)."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _rows(body: str) -> set[tuple[str, str]]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return set(found.select("name", "kind").rows())


def test_a_body_delivering_or_managing_a_service_is_a_partner() -> None:
    body = (
        "Road repairs, delivered by Wyvern Roads North, are on budget. The homes are managed on the council's "
        "behalf by Felpersham Tenant Homes, and tenants are content."
    )
    assert _rows(body) == {("Wyvern Roads North", "partner"), ("Felpersham Tenant Homes", "partner")}


def test_a_body_the_council_works_with_is_a_partner() -> None:
    body = "Officers work with the Harbour of Marsh on resilience and the council works with Fenby Sixth Form College on skills."
    assert _rows(body) == {("Harbour of Marsh", "partner"), ("Fenby Sixth Form College", "partner")}


def test_a_cued_name_cut_by_a_line_end_or_a_person_is_no_partner_but_a_whole_one_is() -> None:
    body = (
        "The council will agree a plan with Ambridge Children\nFirst. The visit was managed by Jo Bloggs, "
        "Programme Manager at the LGA. Help was provided by Senior Management Teams and by Marsh Care and "
        "Support. Officers worked with Wyvern Bay's staff, and buses are run by Borsetshire Coaches North."
    )
    assert _rows(body) == {("Borsetshire Coaches North", "partner")}


def test_a_name_called_a_partnership_in_lower_case() -> None:
    body = "Savings came through the Felpersham Together partnership and the Team Ambridge partnership board."
    assert _rows(body) == {("Felpersham Together", "partnership"), ("Team Ambridge", "partnership")}


def test_a_later_body_worked_with_and_a_body_a_service_runs_through_are_partners() -> None:
    body = (
        "It works closely with Fenby County Council on roads and with the Harbour of Marsh on resilience. "
        "Licensing is delivered through the Wyvern Regulatory Service, and the council continues to work "
        "through Ambridge Together on health. Money is managed through General Fund balances."
    )
    assert {name for name, _ in _rows(body)} == {
        "Fenby County Council",
        "Harbour of Marsh",
        "Wyvern Regulatory Service",
        "Ambridge Together",
    }


def test_a_place_led_name_called_a_partnership_keeps_a_generic_word() -> None:
    body = "Savings came through the West Wyvern Services partnership and the Fenby Services partnership."
    assert _rows(body) == {("West Wyvern Services", "partner")}  # a service is a partner


def test_a_body_the_council_is_in_a_joint_venture_with_is_a_partner() -> None:
    body = "Grounds maintenance moved into a joint venture with Wexley Civic Care North, which has improved resilience."
    assert _rows(body) == {("Wexley Civic Care North", "partner")}


def test_a_body_the_council_holds_a_contract_with_is_a_partner() -> None:
    body = "Roads are kept up through our PFI contract with Wexley Highway Care – £3.1 million this year."
    assert _rows(body) == {("Wexley Highway Care", "partner")}


def test_a_name_before_system_board_in_lower_case_is_a_partnership() -> None:
    body = "Winter plans were agreed by the Wexcombe Together system board, which brings together health and care."
    assert _rows(body) == {("Wexcombe Together", "partnership")}


def test_a_one_word_body_whose_representatives_peers_met_is_a_partner() -> None:
    body = "Peers met the Leader, the Executive and representatives of Wexgreen and the health and voluntary bodies."
    assert _rows(body) == {("Wexgreen", "partner")}


def test_government_funding_after_with_is_no_partner() -> None:
    body = "The council remains under intervention and with Transitional Financial Support from government."
    assert _rows(body) == set()


def test_a_places_partnership_landscape_is_no_partnership() -> None:
    body = "The council should play a fuller part in the Fenby and Marsh partnership landscape."
    assert _rows(body) == set()


def test_representatives_of_a_council_listed_after_a_post_are_a_partner() -> None:
    body = (
        "Over three days the review team held 14 sessions and met 52 people, among them the Leader, the Head of Paid "
        "Service, the audit and standards chair, tenants and representatives of Wyvernshire County Council."
    )
    assert _rows(body) == {("Wyvernshire County Council", "partner")}


def test_a_councillor_something_is_shared_with_is_no_partner() -> None:
    body = (
        "Asked about the depot costs, officers said the detail would be shared with Councillor Ann Example after the "
        "meeting, and the figures shared with Cllr Ben Sample too. The service is shared with Fenby Borough Council."
    )
    assert _rows(body) == {("Fenby Borough Council", "partner")}
