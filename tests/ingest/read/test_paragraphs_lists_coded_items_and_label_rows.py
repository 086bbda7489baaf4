"""Lines of a hard-wrapped text that stand on their own though the line above is full: a list's items after a
blank line under its colon, items under a code ("R4  ..."), and a label's row ("Lead Officer:     ...")
(invented councils and sentences)."""

import textwrap

from ingest.read.paragraphs import unwrap_text

PROSE = (
    "Fenby Vale County Council asked the panel to look at its financial planning, and the panel found a council "
    "that knows its pressures well but has yet to agree how it will close the gap in its medium term plan. "
    "Members and officers spoke with one voice about the council's priorities, and staff told the panel that "
    "they understand how their own work contributes to them, which the panel considered a real strength."
)


def _with_prose(block: str) -> str:
    """`block` after a hard-wrapped paragraph (so that the text is read as wrapped at 72 columns)."""
    return textwrap.fill(PROSE, 72) + "\n\n" + block


def _kept(block: str) -> str:
    return unwrap_text(_with_prose(block)).split("\n\n", 1)[1].rstrip("\n")


def test_a_lists_items_after_a_blank_line_under_its_colon_stay_apart() -> None:
    block = (
        "The panel was on site from 3 to 6 June 2025. It was facilitated by the\n"
        "Fenby Councils Association and comprised:\n\n"
        "    Ada Quill (Lead Peer) - Chief Executive, Fenby Vale Borough Council\n"
        "    Councillor Bo Tarn - Leader, Upton Marsh County Borough Council\n"
        "    Di Vane - Improvement Adviser, Fenby Councils Association\n"
    )
    assert _kept(block).split("\n")[2:5] == [
        "    Ada Quill (Lead Peer) - Chief Executive, Fenby Vale Borough Council",
        "    Councillor Bo Tarn - Leader, Upton Marsh County Borough Council",
        "    Di Vane - Improvement Adviser, Fenby Councils Association",
    ]


def test_items_under_a_code_and_two_spaces_stay_apart() -> None:
    block = (
        "R3  Strengthen the performance framework so that it reports outcomes too.\n"
        "R4  Make sure that scrutiny committees focus on fewer issues each year.\n"
        "KR5. Continue to improve member and officer relationships through joint\n"
        "development.\n"
    )
    assert _kept(block).split("\n") == [
        "R3  Strengthen the performance framework so that it reports outcomes too.",
        "R4  Make sure that scrutiny committees focus on fewer issues each year.",
        "KR5. Continue to improve member and officer relationships through joint development.",
    ]


def test_a_labels_row_with_its_value_apart_stays_apart() -> None:
    block = (
        "Lead Member:          Lead Member for Governance and Corporate Services\n"
        "Lead Officer:         Chief Officer Governance and Customer Services\n"
    )
    assert _kept(block).split("\n") == [
        "Lead Member:          Lead Member for Governance and Corporate Services",
        "Lead Officer:         Chief Officer Governance and Customer Services",
    ]


def test_a_block_of_labels_rows_with_one_space_after_each_colon_stays_apart() -> None:
    block = (
        "Subject: Revenue Outturn 2025/26 - General Fund, Housing and Reserves\n"
        "Portfolio Holder: Portfolio Holder for Resources and Transformation\n"
        "Contact Officer: Bram Tolley, Head of Finance and Deputy Section 151\n"
        "Officer, Fenby Vale County Council\n"
    )
    assert _kept(block).split("\n") == [
        "Subject: Revenue Outturn 2025/26 - General Fund, Housing and Reserves",
        "Portfolio Holder: Portfolio Holder for Resources and Transformation",
        "Contact Officer: Bram Tolley, Head of Finance and Deputy Section 151 Officer, Fenby Vale County Council",
    ]


def test_a_label_wrapped_into_prose_is_joined_when_the_line_above_is_no_labels_row() -> None:
    block = (
        "The report was considered by the Overview and Scrutiny Committee on the\n"
        "Council's behalf: the committee asked officers to report back in the autumn.\n"
    )
    assert _kept(block).count("\n") == 0
