"""Partners named by their place in a sentence (invented texts, fictional councils): each of a list after a kind of
body ("registered providers such as ..."), a body the council has an agreement or an agreed plan with and the next of
its list, a body "for" two things, an arrangement named with the body it is with; and names that are none: a verb
opening a table's cell, the council's own scrutiny board, the last of a list of councils printed as one council, a
later list item that runs on into a longer name, and a name whose part after "and" is a kind alone."""

from ingest.parse.partnerships import parse_partnership_mentions
from tests.fixtures.docs import make_docs


def _names(body: str) -> set[str]:
    found = parse_partnership_mentions(make_docs(f"Corporate Peer Challenge\n\n{body}")).collect()
    return set(found["name"].to_list())


def test_each_body_listed_after_its_kind_is_a_partner() -> None:
    body = (
        "Lease homes for temporary use with local registered providers such as Brightwater and Fenby Homes."
    )
    assert _names(body) == {"Brightwater", "Fenby Homes"}


def test_a_body_the_council_has_an_agreement_or_an_agreed_plan_with_is_a_partner() -> None:
    body = (
        "| 4 | Grow the estate | Partnership agreement with Marsh Valley Homes signed | Director | Green |\n"
        "| 5 | Open the station | Station masterplan agreed with Wyvern Rail Ltd and the Fenby Growth Company | "
        "Director | Amber |"
    )
    assert _names(body) == {"Marsh Valley Homes", "Wyvern Rail Ltd", "Fenby Growth Company"}


def test_a_body_for_two_things_keeps_its_and() -> None:
    body = "Work with the Institute for Rates and Valuation under way."
    assert _names(body) == {"Institute for Rates and Valuation"}


def test_an_arrangement_named_with_the_body_it_is_with_is_a_partnership() -> None:
    body = "The report praises the Strategic Alliance with Marsh District Council, which shares a chief executive."
    assert _names(body) == {"Strategic Alliance", "Marsh District Council"}


def test_a_verb_opening_a_table_cell_is_no_part_of_a_name() -> None:
    body = "| 3 | Agree a plan for the docks | Use Freeport status to draw in investors | Q2 |"
    assert _names(body) == set()


def test_the_councils_own_scrutiny_board_is_no_partner() -> None:
    body = "**Finance and Assets Scrutiny Board – 3 March 2025**\n\nThe board works with the Fenby Partnership Board."
    assert _names(body) == {"Fenby Partnership Board"}


def test_a_council_printed_after_another_councils_place_is_the_last_of_a_list() -> None:
    body = (
        "The council shares staff with Upper Marsh Council. It works through the Wyvern Growth Partnership with "
        "Fenby City Council, Upper Marsh and Marsh County Council on housing."
    )
    assert _names(body) == {
        "Upper Marsh Council",
        "Wyvern Growth Partnership",
        "Fenby City Council",
        "Marsh County Council",
    }


def test_a_council_with_and_in_its_name_stands_where_no_council_of_its_first_place_is_named() -> None:
    body = "It works through the Wyvern Growth Partnership with Fenby and Marsh Borough Council on housing."
    assert _names(body) == {"Wyvern Growth Partnership", "Fenby and Marsh Borough Council"}


def test_a_national_body_before_and_a_council_is_the_first_of_a_list() -> None:
    body = "The new garden village depends on Natural England and Wexcombe County Council as landowners."
    assert _names(body) == {"Natural England", "Wexcombe County Council"}


def test_a_later_list_item_running_on_into_a_capitalised_word_is_no_company() -> None:
    body = (
        "Peers praised the council's work with the Fenby Vale Partnership on Brookmoor, the Marsh Enterprise "
        "Development Zone that is to bring 4,000 jobs."
    )
    assert _names(body) == {"Fenby Vale Partnership"}


def test_a_name_whose_part_after_and_is_a_kind_alone_names_no_body() -> None:
    body = (
        "Make better use of the Fenby Harbour and City Deal relationships to land the regeneration programme."
    )
    assert _names(body) == set()
