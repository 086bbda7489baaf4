"""Headings known by size or weight (whatever the font's family), and list items marked by numbers or only by
indentation, in page assembly; the same inside a column of a two-column page."""

from __future__ import annotations

import pytest

from ingest.read.pdf_columns import unfold_columns
from ingest.read.pdf_layout import Segment, is_bold_font, page_lines
from ingest.read.pdf_page import page_text
from tests.fixtures.segments import seg as _seg

BODY = "Wyvern District Council agreed a balanced budget for the year after a public consultation."


@pytest.mark.parametrize(
    "font",
    [
        "ABCDEF+Arial-BoldMT",  # Word
        "BCDEFG+LiberationSerif-Bold",  # LibreOffice
        "Calibri,Bold",  # Word, a bold style of a regular font
        "CDEFGH+DejaVuSans-Bold",  # fpdf2
        "DEFGHI+SegoeUI-Semibold",
        "EFGHIJ+Helvetica-Black",
        "FGHIJK+MyriadPro-Heavy",
    ],
)
def test_bold_faces_of_any_family_are_bold(font: str) -> None:
    assert is_bold_font(font)


@pytest.mark.parametrize(
    "font", ["ABCDEF+ArialMT", "Calibri", "BCDEFG+LiberationSerif-Italic", "Helvetica-Light"]
)
def test_regular_faces_are_not_bold(font: str) -> None:
    assert not is_bold_font(font)


def test_a_bold_heading_of_the_body_size_is_not_joined_to_the_paragraph_below() -> None:
    page = [_seg(60, 700, "**Financial sustainability**", width=140), _seg(60, 686, BODY, width=470)]
    assert page_text(page_lines(page)) == f"**Financial sustainability**\n\n{BODY}"


def test_a_larger_plain_heading_is_not_joined_to_the_paragraph_below() -> None:
    page = [_seg(60, 704, "Borsetshire budget", size=16, width=170), _seg(60, 684, BODY, width=470)]
    assert page_text(page_lines(page)) == f"Borsetshire budget\n\n{BODY}"


def test_numbered_items_are_items_each_and_their_wrapped_lines_join() -> None:
    page = [
        _seg(60, 700, "The peer team recommends that Borsetshire County Council:", width=300),
        _seg(60, 686, "1. Reviews its capital programme before the end of the financial", width=470),
        _seg(72, 672, "year.", width=25),
        _seg(60, 658, "2. Publishes its asset strategy.", width=170),
        _seg(60, 644, "(c) Sets out its savings plans by service.", width=210),
    ]
    assert page_text(page_lines(page)) == (
        "The peer team recommends that Borsetshire County Council:\n\n"
        "1. Reviews its capital programme before the end of the financial year.\n\n"
        "2. Publishes its asset strategy.\n\n(c) Sets out its savings plans by service."
    )


def test_items_marked_only_by_indentation_in_the_right_column_are_items() -> None:
    left = [
        Segment(60, 740 - 12 * i, 280, 750 - 12 * i, f"Wyvern District Council line {i} of the left column")
        for i in range(5)
    ]
    right = [Segment(310, 740, 530, 750, "The peers were:")]
    names = [
        "Ann Hale, Leader, Borsetshire County Council",
        "Sam Reed, Chief Executive, Fenby Borough Council",
    ]
    right += [Segment(330, 728 - 12 * i, 330 + 5 * len(n), 738 - 12 * i, n) for i, n in enumerate(names)]
    right += [
        Segment(310, 704 - 12 * i, 530, 714 - 12 * i, f"Wyvern review line {i} of the right column")
        for i in range(3)
    ]
    moved, _ = unfold_columns(left + right, [])
    text = page_text(page_lines(moved))
    assert f"The peers were:\n\n- {names[0]}\n- {names[1]}\n\nWyvern review line 0" in text
