"""The peer team's engagement (people, meetings, hours) in wordings beyond "spoke to more than N people"."""

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs


def _engagement(text: str) -> tuple:
    facts = parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]
    return facts["people"], facts["meetings"], facts["hours"]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("The peers met around 85 people, including staff and partners.", 85),
        ("During the visit the team met more than 190 people across the district.", 190),
        ("Peers spoke with in excess of 310 people, including councillors.", 310),
        ("The peers had conversations with more than 275 people and partners.", 275),
        ("Over 125 people were spoken to during the three days on site.", 125),
        ("The visit took place over four days, and the team spoke with 90+ people.", 90),
        ("During the visit the peers interviewed 64 staff and councillors.", 64),
        ("The peer team engaged with upwards of 140 partners across Wyvern.", 140),
        ("The team heard from more than 70 residents at three drop-in events.", 70),
        ("The team spoke to 210 local people in four towns.", 210),
        ("On site the peers gathered the views of more than 160 people in Ambridge.", 160),
    ],
)
def test_people_the_team_engaged_with_in_other_wordings(sentence: str, people: int) -> None:
    assert _engagement(f"Corporate Peer Challenge\n\n{sentence}")[0] == people


@pytest.mark.parametrize(
    "text",
    [
        "Wyvern is a district of 148,000 people with two market towns.",
        "Last year the council engaged with over 2,400 residents on its local plan.",
        "In the budget consultation we heard from 1,900 people.",
    ],
)
def test_a_population_or_the_councils_own_consultation_is_no_engagement(text: str) -> None:
    assert _engagement(f"Corporate Peer Challenge\n\n{text}")[0] is None


@pytest.mark.parametrize(
    ("sentence", "meetings", "hours"),
    [
        ("The peers met around 85 people and took part in 31 meetings.", 31, None),
        ("Over 125 people were spoken to in 27 meetings, focus groups and visits.", 27, None),
        ("The team held more than 44 meetings and spent over 330 hours on site.", 44, 330),
        ("The peers had conversations with 180 people, spending over 290 hours in Wyvern.", None, 290),
        # list items under "On site the peers:"
        (
            "On site the peers:\n• took part in 28 meetings\n• spent more than 210 hours reviewing evidence",
            28,
            210,
        ),
        ("The team:\n- spent over 240 hours gathering and weighing evidence", None, 240),
        ("In that time they:\n- between them put in about 260 hours reaching their conclusions", None, 260),
    ],
)
def test_meetings_and_hours_in_an_engagement_sentence(
    sentence: str, meetings: int | None, hours: int | None
) -> None:
    assert _engagement(f"Corporate Peer Challenge\n\n{sentence}")[1:] == (meetings, hours)


@pytest.mark.parametrize(
    "text",
    [
        "The peers praised the contact centre, which is open 24 hours a day.",
        "The housing options service answers calls 24 hours a day, seven days a week.",
        "Carers can book up to 12 hours per week of respite.",
        "The helpline responded to complaints within 48 hours.",
        "Cabinet held 11 meetings in the year.",
        "Council staff spent over 1,800 hours on the budget consultation.",
        "The council held 14 meetings with local people about the new library.",
    ],
)
def test_rates_and_the_councils_own_meetings_are_no_engagement(text: str) -> None:
    assert _engagement(f"Corporate Peer Challenge\n\n{text}")[1:] == (None, None)


def test_hours_after_a_rate_in_the_same_text() -> None:
    text = (
        "Corporate Peer Challenge\n\nThe council's control room is staffed 24 hours a day.\n\n"
        "The team collectively spent more than 270 hours to reach their findings."
    )
    assert _engagement(text)[2] == 270


def test_bulleted_engagement_lines_are_read_one_by_one() -> None:
    text = (
        "Corporate Peer Challenge\n\nThe peers:\n- spoke to more than 66 people including staff\n"
        "- gathered information and views from more than 23 meetings\n"
        "- collectively spent more than 210 hours to determine their findings"
    )
    assert _engagement(text) == (66, 23, 210)


def test_a_count_opening_a_wrapped_line_after_the_sentences_engagement_words() -> None:
    text = (
        "Corporate Peer Challenge\n\nThe team held\n35 meetings and spoke to more than\n"
        "95 people, spending more than 230 hours in Wyvern."
    )
    assert _engagement(text) == (95, 35, 230)


def test_people_met_and_listened_to_and_hours_as_one_persons_weeks() -> None:
    text = (
        "Corporate Peer Challenge\n\nWhile on site in Wyvern the team:\n\n"
        "- met and listened to more than 115 people, among them staff and partners\n"
        "- spent over 260 hours on the work in total – roughly what one person would do in 7 weeks."
    )
    assert _engagement(text) == (115, None, 260)


def test_hours_of_council_staff_are_no_engagement() -> None:
    text = (
        "Corporate Peer Challenge\n\nThe peers spoke to more than 80 people.\n\n"
        "Council staff spent 2,000 hours on the new system, the work of one person for a year."
    )
    assert _engagement(text) == (80, None, None)
