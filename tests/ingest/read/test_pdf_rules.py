"""Ruling lines as cell boundaries: a browser's or word processor's table draws its cell borders as thin lines
or filled rectangles, often closer to the text than a cell gap; both engines split cells there alike."""

from __future__ import annotations

import io

import pytest

from ingest.read.pdf_layout import Segment, group_chars, markers, page_lines, vertical_rules
from ingest.read.pdf_page import page_text

pytest.importorskip("reportlab")

ROWS = [
    ["Segment", "Green", "Amber", "Red"],
    ["Wyvern Priorities", "3", "4", "1"],
    ["Fenby Services", "2", "0", "5"],
]
WIDTHS = [110.0, 40.0, 40.0, 40.0]


def _table_pdf(filled: bool) -> bytes:
    """A one-page PDF with a bordered table whose cell padding (3 pt) is narrower than a cell gap: borders as
    filled 0.75 pt rectangles (as Chromium draws them) or as stroked lines (as word processors do)."""
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, 760, "Borsetshire County Council counts its objectives by segment below.")
    top = 740.0
    for r, cells in enumerate(ROWS):
        x = 60.0
        for cell, width in zip(cells, WIDTHS, strict=True):
            canvas.drawString(x + 3, top - 13 * r - 10, cell)
            x += width
    bottom, edges = top - 13 * len(ROWS), [60.0 + sum(WIDTHS[:i]) for i in range(len(WIDTHS) + 1)]
    for x in edges:
        if filled:
            canvas.rect(x - 0.375, bottom, 0.75, top - bottom, stroke=0, fill=1)
        else:
            canvas.setLineWidth(0.75)
            canvas.line(x, bottom, x, top)
    canvas.drawString(60, bottom - 20, "The council met on Tuesday.")
    canvas.save()
    return buffer.getvalue()


def test_a_rule_between_two_close_characters_splits_them_into_cells() -> None:
    chars = [(60.0 + 5 * i, 700.0, 65.0 + 5 * i, 710.0, c, False) for i, c in enumerate("Wyvern")]
    chars.append((96.0, 700.0, 101.0, 710.0, "3", False))  # 6 points on: closer than a cell gap
    rules = vertical_rules([(92.6, 695.0, 93.4, 715.0)])
    assert [s.text for s in group_chars(chars)] == ["Wyvern 3"]
    assert [s.text.strip() for s in group_chars(chars, rules)] == ["Wyvern", "3"]


def test_only_thin_tall_boxes_are_rules() -> None:
    boxes = [(10.0, 0.0, 10.75, 20.0), (10.0, 0.0, 200.0, 20.0), (10.0, 0.0, 10.75, 2.0), (50, 0, 50.5, 30)]
    assert vertical_rules(boxes) == [(10.375, 0.0, 20.0), (50.25, 0, 30)]


def test_a_ruled_table_gets_its_columns_from_its_rules_not_its_cells_left_edges() -> None:
    # a centred header cell starts right of its column's text: the rules, not the left edges, place it
    segments = [
        Segment(80, 730, 130, 740, "Segment"),
        Segment(172, 730, 195, 740, "Green", 170.0),
        Segment(63, 717, 150, 727, "Wyvern Priorities"),
        Segment(173, 717, 178, 727, "3", 170.0),
        Segment(63, 704, 140, 714, "Fenby Services"),
        Segment(173, 704, 178, 714, "2", 170.0),
    ]
    assert page_text(page_lines(segments)) == "Segment\tGreen\nWyvern Priorities\t3\nFenby Services\t2"


@pytest.mark.parametrize("filled", [True, False], ids=["filled rectangles", "stroked lines"])
def test_both_engines_read_a_tightly_ruled_table_cell_by_cell(filled: bool) -> None:
    pytest.importorskip("pypdfium2")
    from ingest.read.pdf_pdfium import extract_pdf_pages_pdfium
    from ingest.read.pdf_pdfminer import extract_pdf_pages

    data = _table_pdf(filled)
    pages = extract_pdf_pages(data)
    assert "Segment\tGreen\tAmber\tRed\nWyvern Priorities\t3\t4\t1\nFenby Services\t2\t0\t5" in pages[0]
    assert pages[0].endswith("The council met on Tuesday.")
    assert extract_pdf_pages_pdfium(data) == pages


def test_a_marker_drawn_as_a_shape_before_a_line_makes_it_a_list_item() -> None:
    segments = [
        Segment(60, 700, 400, 710, "The peer team were:"),
        Segment(78, 687, 300, 697, "Councillor Ada Brook, Wyvern District Council"),
        Segment(78, 674, 300, 684, "Sam Reed, Borsetshire County Council"),
    ]
    discs = markers([(68.0, 689.0, 72.0, 693.0), (68.0, 676.0, 72.0, 680.0), (300.0, 600.0, 340.0, 640.0)])
    assert [line for line in page_text(page_lines(segments, markers=discs)).splitlines() if line] == [
        "The peer team were:",
        "- Councillor Ada Brook, Wyvern District Council",
        "- Sam Reed, Borsetshire County Council",
    ]


def test_both_engines_read_css_discs_as_bullets() -> None:
    pytest.importorskip("pypdfium2")
    from reportlab.pdfgen.canvas import Canvas

    from ingest.read.pdf_pdfium import extract_pdf_pages_pdfium
    from ingest.read.pdf_pdfminer import extract_pdf_pages

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, 760, "The peer team were:")
    for n, name in enumerate(["Councillor Ada Brook, Wyvern District Council", "Sam Reed, Fenby Homes Ltd"]):
        canvas.circle(72, 747.5 - 13 * n, 2, stroke=0, fill=1)
        canvas.drawString(80, 744 - 13 * n, name)
    canvas.save()
    data = buffer.getvalue()
    pages = extract_pdf_pages(data)
    assert [line for line in pages[0].splitlines() if line][1:] == [
        "- Councillor Ada Brook, Wyvern District Council",
        "- Sam Reed, Fenby Homes Ltd",
    ]
    assert extract_pdf_pages_pdfium(data) == pages


def test_an_item_number_its_text_follows_without_a_space_gets_one() -> None:
    segments = [
        Segment(60, 700, 400, 710, "10.**To publish a clear plan** for Wyvern's reserves."),
        Segment(60, 680, 400, 690, "11.Review the 2.5% council tax rise."),
        Segment(60, 660, 400, 670, "**12.**Fenby Homes Ltd joins the board."),
        Segment(60, 640, 400, 650, "Reserves stood at 12.5m pounds."),
    ]
    assert [line for line in page_text(page_lines(segments)).splitlines() if line] == [
        "10. **To publish a clear plan** for Wyvern's reserves.",
        "11. Review the 2.5% council tax rise.",
        "**12.** Fenby Homes Ltd joins the board.",
        "Reserves stood at 12.5m pounds.",
    ]
