"""Page assembly from positioned text: what real PDF producers do to running lines, lists and headings."""

from __future__ import annotations

from ingest.read.pdf_layout import Segment, page_lines
from ingest.read.pdf_page import page_text, page_texts, running_rows
from tests.fixtures.segments import seg as _seg


def _assemble(pages: list[list[Segment]]) -> list[str]:
    rows = [page_lines(segments) for segments in pages]
    running = running_rows(rows)
    return page_texts(
        [[row for r, row in enumerate(page) if (p, r) not in running] for p, page in enumerate(rows)]
    )


BODIES = ["Wyvern District Council reviewed its budget this year.", "Reserves fell.", "Borrowing rose."]


def _body(page: int) -> list[Segment]:
    day = ["Monday", "Tuesday", "Friday"][page - 1]
    return [_seg(60, 700, BODIES[page - 1]), _seg(60, 680, f"The committee met on {day}.")]


def test_a_header_that_varies_by_page_number_and_date_is_dropped_but_the_same_words_in_the_body_stay() -> (
    None
):
    pages = []
    for n in (1, 2, 3):
        header = [_seg(60, 800, f"Borsetshire County Council – {n}/3/2025"), _seg(60, 40, f"Page {n} of 3")]
        pages.append(header + _body(n))
    pages[0].append(_seg(60, 750, "Borsetshire County Council – 1/3/2025", size=14))
    texts = _assemble(pages)
    assert texts[1] == "Reserves fell.\n\nThe committee met on Tuesday."
    assert "Page 2" not in texts[1]
    assert texts[0].startswith("Borsetshire County Council – 1/3/2025")


def test_a_browsers_date_and_address_lines_are_dropped_on_a_one_page_report() -> None:
    page = [
        _seg(20, 820, "3/4/25, 9:15 AM", size=8),
        _seg(250, 820, "Wyvern peer review", size=8),
        *_body(1),
        _seg(20, 20, "file:///home/officer/wyvern.html", size=8),
        _seg(560, 20, "1/1", size=8),
    ]
    assert _assemble([page]) == [
        "Wyvern District Council reviewed its budget this year.\n\nThe committee met on Monday."
    ]


def test_list_items_marked_only_by_indentation_are_items_and_their_wrapped_lines_join() -> None:
    full = "Councillor Ann Hale, Leader, Borsetshire County Council and chair of the"
    page = [
        _seg(60, 700, "The peers were:", width=80),
        _seg(90, 686, full, width=450),
        _seg(90, 672, "growth board", width=60),
        _seg(90, 658, "Sam Reed, Chief Executive, Wyvern District Council", width=260),
        _seg(60, 630, "The review took place over four days in the spring of the year.", width=480),
    ]
    assert page_text(page_lines(page)) == (
        f"The peers were:\n\n- {full} growth board\n- Sam Reed, Chief Executive, Wyvern District Council\n\n"
        "The review took place over four days in the spring of the year."
    )


def test_a_heading_by_size_is_not_joined_to_the_paragraph_below() -> None:
    page = [_seg(60, 700, "Financial resilience", size=14), _seg(60, 684, "Reserves at Wyvern stood at £4m.")]
    assert page_text(page_lines(page)) == "Financial resilience\n\nReserves at Wyvern stood at £4m."


def test_a_bullet_glyph_set_apart_by_a_tab_stop_is_one_item_and_its_wrapped_line_joins() -> None:
    page = [
        _seg(60, 700, "•", width=5),
        _seg(90, 700, "Borsetshire County Council agreed savings of £2.1m across", width=420),
        _seg(90, 686, "adult social care.", width=90),
    ]
    assert (
        page_text(page_lines(page))
        == "- Borsetshire County Council agreed savings of £2.1m across adult social care."
    )


def test_a_number_set_apart_by_a_tab_stop_keeps_a_space_before_the_item() -> None:
    page = [_seg(60, 700, "10.", width=12), _seg(90, 700, "**To review the capital programme**", width=200)]
    assert page_text(page_lines(page)) == "10. **To review the capital programme**"
