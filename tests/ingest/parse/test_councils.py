from datetime import date
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

from ingest.parse.councils import DATA, load_register, parse_councils
from ingest.parse.documents import parse_documents
from tests.fixtures.councils import invented_register
from tests.fixtures.make_council_register import build_register

LONG = "This page tells residents what the peer team found and what happens next, " * 3


def _council(text: str, source_file: str = "doc0.txt", file_path: str | None = None, register=None) -> dict:
    docs = pl.LazyFrame(
        {
            "document_id": ["d"],
            "source_file": [source_file],
            "plain": [text],
            "file_path": [file_path or source_file],
        }
    )
    row = parse_councils(docs, invented_register() if register is None else register).collect().to_dicts()[0]
    return {k: row[k] for k in ("council", "council_gss_code", "council_source")}


def test_council_named_in_the_title_lines() -> None:
    text = "Corporate peer challenge: Wyvern District Council\n\nFeedback report: 3 – 5 May 2022\n\n" + LONG
    assert _council(text) == {
        "council": "Wyvern District Council",
        "council_gss_code": "X99000004",
        "council_source": "text",
    }


def test_council_in_a_letters_address_block() -> None:
    text = f"{LONG}\nJo Bloggs\nChief Executive\nWyvern District Council\nHigh Street\n"
    assert _council(text)["council"] == "Wyvern District Council"


def test_council_after_a_letters_salutation_on_one_flattened_line() -> None:
    text = f"{LONG} 3rd May 2019 Dear Jo City of Tarnby Council Corporate Peer Challenge 1st – 4th April 2019"
    assert _council(text)["council"] == "City of Tarnby Council"


def test_council_as_the_subject_of_the_lead_sentence() -> None:
    text = f"{LONG}\nBorchester Borough Council (BBC) undertook a corporate peer challenge in May 2022."
    assert _council(text)["council_gss_code"] == "X99000008"


def test_council_as_the_place_the_peers_spent_their_days() -> None:
    text = f"{LONG}\nThe team spent three days at London Borough of Elmwick, meeting staff."
    assert _council(text)["council"] == "London Borough of Elmwick"


@pytest.mark.parametrize(
    "peer_line",
    [
        "• Lead officer peer: Ann Other, Chief Executive, Tarnby City Council",
        "- Lead officer peer: Ann Other, Chief Executive Tarnby City Council",
    ],
)
def test_a_peers_home_council_is_never_the_council(peer_line: str) -> None:
    text = f"{LONG}\nThe peers were:\n{peer_line}\n"
    assert _council(text, "wyvern_2020_cpc-council-page.txt")["council"] == "Wyvern District Council"


def test_a_joint_challenge_of_two_councils_leaves_the_choice_to_the_file_name() -> None:
    text = f"{LONG}\nWe asked for a peer challenge of Wyvern District Council and Borchester Borough Council in 2019."
    assert _council(text, "borchester_2019_peer-review-page.txt")["council"] == "Borchester Borough Council"


def test_councils_in_the_plural_name_no_one_council() -> None:
    text = "Corporate Peer Challenge\nWyvern and Borchester District Councils\n"
    assert _council(text)["council"] is None


def test_council_from_the_file_name_spelling_out_abbreviations() -> None:
    found = _council("The council agreed its budget.", "ne-fenby_2021_budget-monitoring.txt")
    assert found == {
        "council": "North East Fenby Council",
        "council_gss_code": "X99000007",
        "council_source": "file_name",
    }


@pytest.mark.parametrize(
    ("source_file", "code"),
    [("borsetshire-cc_2018_budget.txt", "X99000005"), ("borsetshire_2024_budget.txt", "X99000006")],
)
def test_a_county_council_and_its_unitary_successor_told_apart(source_file: str, code: str) -> None:
    assert _council("The council agreed its budget.", source_file)["council_gss_code"] == code


@pytest.mark.parametrize(
    ("reference_date", "code"),
    [
        (date(2019, 6, 1), "X99000005"),  # the county was in office then
        (date(2023, 3, 31), "X99000005"),  # its last day
        (date(2023, 4, 1), "X99000006"),  # the unitary council's first
        (None, "X99000006"),  # no date: the council in office now
    ],
)
def test_the_council_in_office_at_the_reports_date(reference_date: date | None, code: str) -> None:
    docs = pl.LazyFrame(
        {
            "document_id": ["d"],
            "source_file": ["borsetshire_budget-monitoring.txt"],
            "plain": ["The council agreed its budget."],
            "reference_date": pl.Series([reference_date], dtype=pl.Date),
        }
    )
    row = parse_councils(docs, invented_register()).collect().to_dicts()[0]
    assert row["council_gss_code"] == code


def test_a_county_named_as_such_stays_the_county_whatever_the_date() -> None:
    docs = pl.LazyFrame(
        {
            "document_id": ["d"],
            "source_file": ["history.txt"],
            "plain": ["Borsetshire County Council\n\nA look back at the county's last budget."],
            "reference_date": [date(2025, 1, 10)],
        }
    )
    row = parse_councils(docs, invented_register()).collect().to_dicts()[0]
    assert (row["council"], row["council_gss_code"]) == ("Borsetshire County Council", "X99000005")


@pytest.mark.parametrize(
    ("meeting", "code"),
    [("Date of meeting: 12 March 2019", "X99000005"), ("Date of meeting: 4 June 2024", "X99000006")],
)
def test_a_meeting_record_is_given_the_council_of_its_meeting_date(meeting: str, code: str) -> None:
    text = f"Borsetshire\nBudget monitoring report\n{meeting}\n\nThe council agreed its budget.\n"
    docs = pl.LazyFrame(
        {
            "document_id": ["d"],
            "source_file": ["borsetshire_budget.txt"],
            "text": [text],
            "file_path": ["borsetshire_budget.txt"],
        }
    )
    row = parse_documents(docs, invented_register()).collect().to_dicts()[0]
    assert (row["council_gss_code"], row["council_source"]) == (code, "file_name")


def test_council_from_the_folder_the_file_is_in() -> None:
    found = _council("The council agreed its budget.", "minutes.txt", "/inbox/reports/Borchester/minutes.txt")
    assert (found["council"], found["council_source"]) == ("Borchester Borough Council", "folder")


def test_council_named_only_deep_in_the_text_is_the_last_resort() -> None:
    text = f"{LONG}\n{LONG}\nThe kiosk follows a decision of Brackenshire County Council last year."
    assert _council(text)["council_source"] == "text_mention"


def test_unknown_council_and_file_give_nothing() -> None:
    assert _council("The council agreed its budget.", "minutes.txt") == {
        "council": None,
        "council_gss_code": None,
        "council_source": None,
    }


@pytest.mark.parametrize(
    ("title", "code"),
    [
        ("Scottish Borders Council", "S12000026"),
        ("Belfast City Council", "N09000003"),
        ("Westmorland and Furness Council", "E06000064"),
        ("Blaenau Gwent County Borough Council", "W06000019"),
        ("Stoke-on-Trent City Council", "E06000021"),
    ],
)
def test_shipped_register_knows_councils_of_all_four_nations(title: str, code: str) -> None:
    text = f"Budget monitoring report\n{title}\n\n{LONG}"
    assert _council(text, register=load_register())["council_gss_code"] == code


@pytest.mark.parametrize(
    ("source_file", "code"),
    [
        ("west-norfolk_2025_budget-update.txt", "E07000146"),
        ("anglesey_2025_scorecard.txt", "W06000001"),
        ("ynys-mon_2025_scorecard.txt", "W06000001"),
    ],
)
def test_shipped_register_knows_a_council_by_the_short_name_it_goes_by(source_file: str, code: str) -> None:
    """A council's file or site named by the short name it goes by ("West Norfolk" for King's Lynn and West
    Norfolk, "Anglesey" and "Ynys Môn" for the Isle of Anglesey), where the text does not name it."""
    text = f"Quarterly performance scorecard\n\n{LONG}"
    assert _council(text, source_file, register=load_register())["council_gss_code"] == code


def test_shipped_register_is_the_generators_output() -> None:
    shipped = pl.read_csv(DATA / "councils.csv", infer_schema=False)
    assert_frame_equal(shipped, build_register(), check_dtypes=False)
    assert Path(DATA / "councils_added.csv").exists()


def test_council_printed_in_capitals_is_recognised_and_spelled_as_the_register_does() -> None:
    text = "CORPORATE PEER CHALLENGE\n\nWYVERN DISTRICT COUNCIL\n\n2 – 4 May 2022\n\n" + LONG
    assert _council(text, "final_report_v3.txt") == {
        "council": "Wyvern District Council",
        "council_gss_code": "X99000004",
        "council_source": "text",
    }


def test_a_hard_wrapped_body_is_not_taken_for_title_lines() -> None:
    text = (
        "Budget monitoring report\n\nThe forecast position for the year is set out below. The council\n"
        "works closely with Tarnby City Council on waste, and with the police.\n"
    )
    assert _council(text, "borchester_2023_budget.txt")["council"] == "Borchester Borough Council"


@pytest.mark.parametrize(
    "sentence",
    [
        "The team was led by Councillor Ann Bell, Leader of Tarnby City Council, with Tom Reed.",
        "Ann Bell, Chief Executive at Tarnby City Council, joined the review.",
        "The council works closely with Tarnby City Council on the economy.",
    ],
)
def test_a_peers_or_partners_council_is_never_the_last_resort(sentence: str) -> None:
    text = f"{LONG}\n{sentence}\nThe kiosk follows a decision of Brackenshire County Council last year."
    found = _council(text)
    assert (found["council"], found["council_source"]) == ("Brackenshire County Council", "text_mention")
    assert _council(f"{LONG}\n{sentence}\n")["council"] is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Corporate Peer Challenge\nNE Fenby Council\n", "X99000007"),
        ("Corporate Peer Challenge\nNorth East Fenby Council\n", "X99000007"),
    ],
)
def test_a_council_written_with_a_known_abbreviation(text: str, code: str) -> None:
    register = invented_register().with_columns(aliases=pl.lit(None, dtype=pl.String))
    assert _council(text, register=register)["council_gss_code"] == code


def test_a_register_name_with_a_comma_in_the_place() -> None:
    text = "Corporate Peer Challenge\nBournemouth, Christchurch and Poole Council\n"
    assert _council(text, register=load_register())["council_gss_code"] == "E06000058"


def test_a_council_written_with_its_type_abbreviated() -> None:
    text = "Corporate Peer Challenge\nWyvern DC\nFeedback report: 3 – 5 May 2022\n"
    assert _council(text)["council_gss_code"] == "X99000004"


@pytest.mark.parametrize(
    "source_file", ["WyvernCPC2019.pdf", "2019_Wyvern-feedback.txt", "WYVERN_letter.txt"]
)
def test_council_from_file_names_run_together_or_in_capitals(source_file: str) -> None:
    assert _council("The council agreed its budget.", source_file)["council_gss_code"] == "X99000004"


@pytest.mark.parametrize(
    ("title", "council"),
    [
        (
            "# Corporate Peer Challenge Fernmoor Borough Council\n\n7-10 October 2019",
            "Fernmoor Borough Council",
        ),
        ("Finance Peer Challenge – Lower Ashby City Council\n\n1 May 2020", "Lower Ashby City Council"),
        (
            "Progress Review\nStoke upon Marsh Metropolitan Borough Council\n",
            "Stoke upon Marsh Metropolitan Borough Council",
        ),
    ],
)
def test_a_council_shaped_title_the_register_lacks_is_still_the_council(title: str, council: str) -> None:
    assert _council(f"{title}\n\n{LONG}") == {
        "council": council,
        "council_gss_code": None,
        "council_source": "title_unregistered",
    }


def test_a_registered_council_in_the_title_wins_over_an_unregistered_one() -> None:
    text = "Wyvern District Council\nFernmoor Borough Council joint review\n\n" + LONG
    assert _council(text)["council_source"] == "text"


def test_a_council_shaped_name_in_prose_is_no_title() -> None:
    text = f"{LONG}\nThe peers came from Fernmoor Borough Council and other places.\n"
    assert _council(text)["council"] is None


@pytest.mark.parametrize(
    ("title", "council"),
    [
        ("# Royal Borough of Ashwendon\n\nStatement of Accounts 2022/23", "Royal Borough of Ashwendon"),
        ("Finance peer challenge: London Borough of Cressley Feedback Report", "London Borough of Cressley"),
        ("TORVANE COUNTY BOROUGH COUNCIL\n\nCABINET - 4 MARCH 2025", "Torvane County Borough Council"),
        ("ROYAL BOROUGH OF ASHWENDON\n\nReport to Cabinet", "Royal Borough of Ashwendon"),
        ("INVERCAIRN COUNCIL\n\nMINUTE of MEETING of the POLICY COMMITTEE", "Invercairn Council"),
    ],
)
def test_a_borough_of_title_or_a_name_in_capitals_the_register_lacks(title: str, council: str) -> None:
    assert _council(f"{title}\n\n{LONG}") == {
        "council": council,
        "council_gss_code": None,
        "council_source": "title_unregistered",
    }


def test_a_council_shaped_name_under_review_the_register_lacks() -> None:
    text = f"News\n\nAn independent review of Castlebury District Council by senior peers has found much to praise. {LONG}"
    assert _council(text)["council"] == "Castlebury District Council"


def test_a_council_shaped_subject_the_register_lacks() -> None:
    text = f"News\n\nPeer review praises town centre plans\n\nCastlebury District Council has published the peers' report. {LONG}"
    assert _council(text)["council"] == "Castlebury District Council"


@pytest.mark.parametrize(
    "line", ["FULL COUNCIL", "REPORT TO COUNCIL", "ANNUAL COUNCIL", "HALWICK PARISH COUNCIL"]
)
def test_a_meeting_or_a_parish_in_capitals_is_no_council(line: str) -> None:
    assert _council(f"{line}\n\n{LONG}")["council"] is None


def test_a_registered_council_from_the_file_name_wins_over_a_name_in_capitals() -> None:
    text = f"TORVANE COUNTY BOROUGH COUNCIL\n\n{LONG}"
    assert _council(text, "wyvern_2024_budget-report.txt")["council"] == "Wyvern District Council"
