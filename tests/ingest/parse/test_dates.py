import datetime as dt

import pytest

from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.docs import make_docs

D = dt.date


def _facts(text: str) -> dict:
    return parse_documents(make_docs(text), invented_register()).collect().to_dicts()[0]


def _period(text: str) -> tuple:
    facts = _facts(text)
    return facts["period_start"], facts["period_end"], facts["document_date"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Feedback: 9th May 2023\n1. Introduction\nThe council undertook a Corporate Peer Challenge during "
            "14-17 June 2022. The progress review took place onsite on 9th May 2023.",
            (D(2023, 5, 9), D(2023, 5, 9), None),
        ),
        (
            "Feedback: 3 and 4 October 2024\n1. Introduction\nThe progress review took place on Thursday 3 and "
            "Friday 4 October 2024.",
            (D(2024, 10, 3), D(2024, 10, 4), None),
        ),
        (
            "The council asked for a progress review of its corporate peer challenge, which took place on "
            "Tuesday 12 March 2024.",
            (D(2024, 3, 12), D(2024, 3, 12), None),
        ),
    ],
)
def test_progress_review_visit_is_its_header_date_not_the_earlier_challenge(
    text: str, expected: tuple
) -> None:
    assert _period(text) == expected


def test_visit_between_two_days_joined_by_and() -> None:
    text = "Agenda item\n\nThe corporate peer challenge ended with a visit to Wyvern between 2nd and 4th June 2021."
    assert _period(text)[:2] == (D(2021, 6, 2), D(2021, 6, 4))


def test_visit_range_without_a_year_takes_the_year_of_the_month_named() -> None:
    text = "In September 2019, we invited the LGA to a corporate peer review. It took place on the 10th - 12th September."
    assert _period(text)[:2] == (D(2019, 9, 10), D(2019, 9, 12))


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The report covered the first quarter of 2019 to 2020 against the council plan.",
            None,
            D(2019, 6, 30),
        ),
        ("Budget monitoring Q3 2022/23\n\nThe forecast is balanced.", None, D(2022, 12, 31)),
        (
            "Revenue Budget Monitoring 2016/17 - Quarter Two\n\nThe forecast is balanced.",
            None,
            D(2016, 9, 30),
        ),
        ("Budget monitoring for the Fourth Quarter 2016-17\n\nThe year closed.", None, D(2017, 3, 31)),
        (
            "Performance in Quarter 3 (October to December) of 2020/21 was reported.",
            D(2020, 10, 1),
            D(2020, 12, 31),
        ),
        (
            "Performance during the third quarter of 2020/21, 1 October to 31 December 2020, was reported.",
            D(2020, 10, 1),
            D(2020, 12, 31),
        ),
        (
            "Financial Report - Quarter 3 2016-17\n\nThe scorecard to the end of December shows.",
            None,
            D(2016, 12, 31),
        ),
        ("The portfolio forecast, as at the end of September 2017, is an overspend.", None, D(2017, 9, 30)),
        ("Unaudited Revenue Outturn 2016/17\n\nThe council underspent.", None, D(2017, 3, 31)),
        ("The council ended 2020/21 with an underspend, the report says.", None, D(2021, 3, 31)),
        ("Medium Term Financial Strategy 2021/22 - 2024/25\n\nThe gap is large.", None, None),
        ("Council Plan 2018-2022 - Quarter 2 performance\n\nMost measures are on track.", None, None),
    ],
)
def test_reporting_period_in_its_printed_forms(text: str, start: D | None, end: D | None) -> None:
    assert _period(text)[:2] == (start, end)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Issue - meetings\n\nQuarter 2 Performance\n\nMeeting: 04/11/2021 - Cabinet (Item 12)",
            D(2021, 11, 4),
        ),
        (
            "Decision details\n\nAction plan\n\nDate of decision: 02/03/2022\n\nDecided at meeting: 02/03/2022 - Cabinet",
            D(2022, 3, 2),
        ),
        ("Issue - decisions\n\nBudget Strategy\n\n21/09/2021 - Budget Strategy\n\nAgreed.", D(2021, 9, 21)),
        ("• Meeting of Cabinet, Tuesday, 8th June, 2021 6.00 pm (Item 5.)\n\nMinutes:", D(2021, 6, 8)),
        (
            "Chief Executive\nWyvern District Council\n\n14th February 2016\n\nDear Sam\n\nCorporate Peer Challenge",
            D(2016, 2, 14),
        ),
    ],
)
def test_document_date_of_a_meeting_record_or_letter(text: str, date: D) -> None:
    assert _facts(text)["document_date"] == date


def test_a_peer_reports_heading_date_is_no_document_date() -> None:
    text = "Corporate Peer Challenge – Progress Review\n\nWednesday 6 November 2024\n\n1. Introduction\n\nFeedback: 6 November 2024"
    assert _facts(text)["document_date"] is None


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("The peer team met with over 210 partners, councillors and council staff.", 210),
        ("A team of peers spent four days with us, speaking to more than150 people.", 150),
        ("They spoke with more than 95 colleagues, councillors and partners.", 95),
    ],
)
def test_people_the_peers_spoke_to_in_their_wordings(sentence: str, people: int) -> None:
    assert _facts(sentence)["people"] == people


def test_people_counted_only_where_the_peers_spoke_to_them() -> None:
    text = "The council engaged with over 3,000 people on its vision.\n- Spoke to more than 120 people."
    assert _facts(text)["people"] == 120


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Wyvern District Council\n\nTreasury Management Review 2023/24\n\nCabinet, 9 October 2023\n\n1. Summary",
            D(2023, 10, 9),
        ),
        (
            "Wyvern District Council\n\nCapital Outturn 2022/23\n\nReport to Cabinet – 20 June 2023\n\nSummary",
            D(2023, 6, 20),
        ),
        (
            "Tarnby City Council\n\nAnnual Budget 2024/25\n\nFull Council, 22 February 2024\n\n1. Purpose",
            D(2024, 2, 22),
        ),
        ("Overview and Scrutiny Committee: 5 March 2024\n\nQuarter 3 Performance", D(2024, 3, 5)),
        (
            "New leisure centre opens\n\nPublished: 7 August 2023\n\nThe new centre opened today.",
            D(2023, 8, 7),
        ),
        ("Council tax bills explained\n\nPosted on 2 March 2024\n\nBills are on their way.", D(2024, 3, 2)),
        (
            "Bin collections over the holidays\n\nLast updated: 19 December 2023\n\nCollections change.",
            D(2023, 12, 19),
        ),
        (
            "Press release\nIssued: Friday 11 October 2024\n\nThe council has set out its plans.",
            D(2024, 10, 11),
        ),
        (
            "Wyvern District Council\n\nHave your say on next year's budget\n\n4 October 2023\n\nEvery year...",
            D(2023, 10, 4),
        ),
        (
            "Wyvern District Council\n\nMinutes of the meeting of Cabinet held on Tuesday 16 January 2024\n\n12. Budget",
            D(2024, 1, 16),
        ),
        (
            "Wyvern District Council\n\nMINUTES of a meeting of the CABINET held in the Council Chamber, Town Hall, "
            "Wyvern on Wednesday 20 November 2024 at 7.00 pm\n\n54. Budget",
            D(2024, 11, 20),
        ),
        (
            "# Ambridge Council\n\n## Audit Committee\n\n**Minutes of the meeting held on Monday 3 June 2024 at the "
            "Village Hall**\n\nThe minutes of the meeting held on 2 May 2024 were agreed.",
            D(2024, 6, 3),
        ),
        (
            "Minute of Meeting of the Audit Committee held remotely on Tuesday, 4th March 2025 at 10.00 am",
            D(2025, 3, 4),
        ),
        (
            "WYVERN DISTRICT COUNCIL\n\nReport to\tCabinet\nDate of meeting\t7 September 2023\nReport of\tChief Executive",
            D(2023, 9, 7),
        ),
        ("Report to:       Cabinet\nDate of meeting:  7 September 2023", D(2023, 9, 7)),
        ("Decision Details\nDate of decision    14/02/2024\nDecision Maker Cabinet", D(2024, 2, 14)),
        ("# Wyvern District Council\n\n## Cabinet – 12 March 2024\n\n### Quarter 3 report", D(2024, 3, 12)),
        (
            "**Wyvern & Fenby Councils**\n\n**Joint Committee – Minutes**\n\n"
            "**Tuesday 4 July 2023, 6.30pm, Council Chamber, Wyvern Town Hall**\n\n1. Budget",
            D(2023, 7, 4),
        ),
    ],
)
def test_document_date_of_a_council_report_or_page_in_more_forms(text: str, date: D) -> None:
    assert _facts(text)["document_date"] == date


@pytest.mark.parametrize(
    "text",
    [
        "Wyvern District Council\n\nOur action plan was agreed by Cabinet on 20 June 2023 and is published below.",
        "Corporate Peer Challenge\n\nFeedback report\n\n12 March 2024\n\n1. Executive summary",
        "Wyvern District Council\n\nPublished September 2024\n\nThe annual report.",
        "Wyvern District Council\n\nTuesday 4 July 2023, the day the council agreed its plan, was a milestone.",
        "Wyvern District Council\n\n"
        + "The council set its budget. " * 30
        + "\n\n3 March 2022\n\nMore text.",
    ],
)
def test_dates_that_are_not_the_documents_own(text: str) -> None:
    assert _facts(text)["document_date"] is None


def test_a_letters_date_heading_its_address_block() -> None:
    text = (
        "Local Government Association\n18 Smith Square\nLondon\n\n11 March 2024\n\nCllr Jo Bloggs, Leader\n"
        "Sam Smith, Chief Executive\nWyvern District Council\nCouncil Offices\nWyvern\n\nDear Jo and Sam,\n\n"
        "Corporate Peer Challenge Progress Review – 20 February 2024\n\nThank you for hosting us."
    )
    facts = _facts(text)
    assert (facts["doc_type"], facts["document_date"], facts["period_start"]) == (
        "progress_review",
        D(2024, 3, 11),
        D(2024, 2, 20),
    )


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Wyvern asked the LGA for a corporate peer challenge. It took place from Monday 12 to Thursday 15 "
            "June 2023.",
            D(2023, 6, 12),
            D(2023, 6, 15),
        ),
        (
            "Agenda item\n\nThe corporate peer challenge team visited Wyvern between Tuesday 7 and Friday 10 May 2024.",
            D(2024, 5, 7),
            D(2024, 5, 10),
        ),
        (
            "In November 2022 the council hosted an LGA peer challenge. The visit took place between 8 and 11 "
            "November, and the team met many people.",
            D(2022, 11, 8),
            D(2022, 11, 11),
        ),
        (
            "During May 2021 the council welcomed a finance peer challenge team (18 to 20 May) to look at its finances.",
            D(2021, 5, 18),
            D(2021, 5, 20),
        ),
        (
            "Agenda item\n\nThe budget consultation ran from 1 – 28 February 2024. The peer challenge visit took "
            "place on 5 – 7 March 2024.",
            D(2024, 3, 5),
            D(2024, 3, 7),
        ),
        (
            "Agenda item\n\nResidents were asked for views from 2 to 30 October 2023.\n\nThe corporate peer "
            "challenge, 13 – 16 November 2023, made six recommendations.",
            D(2023, 11, 13),
            D(2023, 11, 16),
        ),
    ],
)
def test_visit_range_in_more_forms_and_in_the_sentence_about_the_visit(text: str, start: D, end: D) -> None:
    assert _period(text)[:2] == (start, end)


def test_a_range_away_from_any_visit_words_is_still_read_when_it_is_the_only_one() -> None:
    text = "Corporate Peer Challenge\nWyvern District Council\n\n4 – 7 July 2022\n\nFeedback report"
    assert _period(text)[:2] == (D(2022, 7, 4), D(2022, 7, 7))


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Wyvern District Council\n\nMedium Term Financial Plan\n\nReport to: Executive, 5 March 2025\n"
            "Lead Member: Councillor Tam Oyelaran",
            D(2025, 3, 5),
        ),
        (
            "Wyvern District Council\n\nQuarterly Scorecard\n\nExecutive, 11 February 2025 – Agenda item 6\n\n"
            "1. Summary",
            D(2025, 2, 11),
        ),
        (
            "Wyvern District Council\nStatement of Accounts 2022/23\n\n"
            + "The council spent within its budget this year. " * 40
            + "\n\nPriya Nandakumar CPFA\nChief Finance Officer (Section 151 Officer)\n30 May 2023\n\n  4\n",
            D(2023, 5, 30),
        ),
    ],
)
def test_document_date_after_a_colon_before_an_item_number_or_under_a_signature(text: str, date: D) -> None:
    assert _facts(text)["document_date"] == date


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "Wyvern District Council\n\nNarrative report\n\nThe accounts cover the financial year 1 April 2022 to "
            "31 March 2023 and follow the Code.",
            D(2022, 4, 1),
            D(2023, 3, 31),
        ),
        ("Wyvern District Council\nStatement of Accounts 2021/22\n\nNarrative report", None, D(2022, 3, 31)),
        (
            "Audit Committee\n\nThe committee noted the draft accounts for the year ended 31 March 2024.",
            None,
            D(2024, 3, 31),
        ),
        (
            "Wyvern District Council\n\nCorporate Performance Report - Quarter 2 2022/23 (July to September 2022)",
            D(2022, 7, 1),
            D(2022, 9, 30),
        ),
    ],
)
def test_reporting_period_of_accounts_and_of_a_quarter_whose_months_follow_its_year(
    text: str, start: D | None, end: D
) -> None:
    assert _period(text)[:2] == (start, end)


def test_a_yearless_visit_takes_its_year_from_the_publication_not_from_the_previous_challenge() -> None:
    text = (
        "Published: 9 February 2024\n\nThe council's corporate peer challenge took place from 14 to 16 November. "
        "The peers met many people.\n\nNote: Wyvern's previous corporate peer challenge took place in March 2016."
    )
    assert _period(text)[:2] == (D(2023, 11, 14), D(2023, 11, 16))


def test_a_yearless_visit_range_wrapped_after_between() -> None:
    text = "Published: 20 October 2022\n\nThe corporate peer challenge took place between\n11 and 13 October. It went well."
    assert _period(text)[:2] == (D(2022, 10, 11), D(2022, 10, 13))


@pytest.mark.parametrize(
    "text",
    [
        "Wyvern District Council\n\nREVENUE MONITORING 2024-25 – POSITION TO 31 DECEMBER 2024\n\nThe forecast.",
        "Cabinet noted the projected outturn for 2024/25, based on expenditure to 31 December 2024.",
    ],
)
def test_a_monitoring_reports_period_ends_on_the_date_spending_is_reported_to(text: str) -> None:
    assert _period(text)[:2] == (None, D(2024, 12, 31))


def test_a_councils_report_mentioning_a_peer_challenge_takes_no_unrelated_range_for_the_visit() -> None:
    text = (
        "Wyvern District Council\n\nMedium Term Financial Strategy\n\nThe strategy answers last year's finance peer "
        "challenge.\n\nConsultation on the proposals will run from 3 to 28 March 2025."
    )
    assert _period(text)[:2] == (None, None)
