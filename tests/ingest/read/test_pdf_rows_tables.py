"""Tables as producers lay them out: cells wrapped over several lines, cells centred vertically beside
wrapped ones, row borders, justified gaps inside a cell, and a header row repeated after a page break."""

from __future__ import annotations

import pytest

from ingest.read.pdf_graphics import horizontal_rules
from ingest.read.pdf_page import page_text, page_texts, running_rows
from ingest.read.pdf_rows import Segment, page_lines
from tests.fixtures.segments import seg as _seg


def _row(top: float, *cells: tuple[float, str]) -> list[Segment]:
    return [_seg(x, top, text) for x, text in cells]


HEADER = ((60, "Partnership"), (180, "Green"), (240, "Amber"), (300, "Red"))


def test_a_cell_wrapped_over_two_lines_in_a_table_without_rules_is_one_row() -> None:
    page = [
        *_row(700, *HEADER),
        *_row(688, (60, "Borsetshire Community"), (180, "3"), (240, "1"), (300, "0")),
        *_row(676, (60, "Safety Partnership")),  # "Safety" would not have fitted after "Community"
        *_row(664, (60, "Wyvern Leisure Trust"), (180, "2"), (240, "2"), (300, "1")),
        *_row(652, (60, "Totals"), (180, "5"), (240, "3"), (300, "1")),
    ]
    assert page_text(page_lines(page)) == (
        "Partnership\tGreen\tAmber\tRed\n"
        "Borsetshire Community Safety Partnership\t3\t1\t0\n"
        "Wyvern Leisure Trust\t2\t2\t1\n"
        "Totals\t5\t3\t1"
    )


def test_a_header_wrapped_in_several_columns_is_one_row() -> None:
    page = [
        *_row(700, (60, "Wheel"), (120, "Number of"), (230, "Direction")),
        *_row(688, (60, "segment"), (120, "objectives"), (230, "of travel")),
        *_row(676, (120, "Green"), (175, "Amber"), (230, "Up")),
        *_row(664, (60, "Fenby"), (120, "4"), (175, "2"), (230, "3")),
    ]
    assert (
        page_text(page_lines(page)).split("\n")[0]
        == "Wheel segment\tNumber of objectives\t\tDirection of travel"
    )


def test_rows_with_an_empty_first_cell_under_a_long_one_stay_rows_of_their_own() -> None:
    page = [
        *_row(700, (60, "Segment"), (180, "Objective"), (240, "Q1"), (300, "Q2")),
        *_row(688, (60, "Wyvern Priorities Group"), (180, "P1"), (240, "R"), (300, "A")),
        *_row(676, (180, "P2"), (240, "A"), (300, "A")),
        *_row(664, (180, "P3"), (240, "G"), (300, "G")),
        _seg(60, 652, "The committee noted the position of each objective in the district.", width=400),
    ]
    assert page_text(page_lines(page)) == (
        "Segment\tObjective\tQ1\tQ2\nWyvern Priorities Group\tP1\tR\tA\n\tP2\tA\tA\n\tP3\tG\tG\n"
        "The committee noted the position of each objective in the district."
    )


def test_a_one_line_cell_centred_beside_a_wrapped_one_joins_its_row() -> None:
    # a producer that centres cells vertically puts a one-line cell half a line below the wrapped cell's top
    page = [
        *_row(700, *HEADER),
        *_row(688, (60, "Borsetshire Community")),
        *_row(682, (180, "3"), (240, "1"), (300, "0")),
        *_row(676, (60, "Safety Partnership")),
        *_row(664, (60, "Wyvern Leisure Trust"), (180, "2"), (240, "2"), (300, "1")),
    ]
    assert page_text(page_lines(page)).split("\n")[1] == "Borsetshire Community Safety Partnership\t3\t1\t0"


def test_the_middle_line_of_a_cell_wrapped_over_three_lines_carries_the_centred_cells() -> None:
    page = [
        *_row(700, *HEADER),
        *_row(688, (60, "Review of residential")),
        *_row(676, (60, "care placements in"), (180, "3"), (240, "1"), (300, "0")),
        *_row(664, (60, "Borsetshire")),
        *_row(652, (60, "Library hours"), (180, "2"), (240, "2"), (300, "1")),
    ]
    assert page_text(page_lines(page)).split("\n")[1:] == [
        "Review of residential care placements in Borsetshire\t3\t1\t0",
        "Library hours\t2\t2\t1",
    ]


def test_a_header_line_above_a_row_of_new_columns_is_not_joined_to_it() -> None:
    # "Apr - Jun" would not have fitted after "Status 2024/25", but nothing below wraps on from it
    page = [
        *_row(700, (60, "Segment"), (240, "Status 2024/25")),
        *_row(688, (240, "Apr - Jun"), (330, "Q2"), (380, "Q3")),
        *_row(676, (60, "Wyvern Priorities"), (180, "P1"), (240, "R"), (330, "A")),
        *_row(664, (180, "P2"), (240, "G"), (330, "G")),
    ]
    assert page_text(page_lines(page)).split("\n")[:2] == [
        "Segment\t\tStatus 2024/25",
        "\t\tApr - Jun\tQ2\tQ3",
    ]


def test_gaps_of_a_justified_line_inside_a_cell_are_not_columns() -> None:
    page = [
        *_row(700, (60, "Ward"), (180, "Spend"), (240, "Status")),
        *_row(688, (60, "Fenby"), (110, "North"), (160, "and")),  # justified to the cell's width
        *_row(676, (60, "Market Harborough East"), (180, "103"), (240, "G")),  # the middle line of three
        *_row(664, (60, "ward 3")),
        *_row(652, (60, "Ward 4"), (180, "104"), (240, "A")),
        *_row(640, (60, "Fenby"), (110, "North"), (160, "and")),
        *_row(628, (60, "Market Harborough East"), (180, "105"), (240, "R")),
        *_row(616, (60, "ward 5")),
        *_row(604, (60, "Ward 6 of Fenby"), (180, "106"), (240, "G")),
    ]
    assert page_text(page_lines(page)).split("\n")[1:3] == [
        "Fenby North and Market Harborough East ward 3\t103\tG",
        "Ward 4\t104\tA",
    ]


def test_in_justified_cells_a_line_short_of_the_edge_ends_its_cell() -> None:
    # "Review" would not have fitted after "reserves", but the column is justified: a line ending short of
    # its edge is a cell's last line, so the next line starts a row
    page = [
        *_row(700, (60, "Recommendation"), (180, "Response")),
        _seg(60, 688, "Strengthen"),
        _seg(159, 688, "the"),
        _seg(180, 688, "Agreed; a new plan"),
        _seg(60, 676, "council's approach to", width=114),
        _seg(180, 676, "will follow"),
        _seg(60, 664, "planning and reserves"),
        _seg(60, 652, "Review the governance", width=114),
        *_row(640, (60, "of"), (100, "the"), (139, "housing")),  # justified: its gaps are not columns
        _seg(180, 640, "Agreed"),
        _seg(60, 628, "company"),
    ]
    assert page_text(page_lines(page)).split("\n")[1:] == [
        "Strengthen the council's approach to planning and reserves\tAgreed; a new plan will follow",
        "Review the governance of the housing company\tAgreed",
    ]


def _bordered(rows: list[list[tuple[float, str]]], top: float = 700.0) -> tuple[list[Segment], list]:
    """Segments of a table drawn with a border between its rows (each entry: one text line; a line starting
    with None continues the row above, with no border between)."""
    segments, boxes = [], []
    for r, line in enumerate(rows):
        y = top - 12 * r
        if line[0][0] is not None:
            boxes.append((55.0, y + 1.0, 400.0, y + 1.5))
        segments.extend(_seg(x, y, text) for x, text in line if x is not None)
    return segments, boxes


def test_in_a_table_with_row_borders_the_borders_tell_rows_from_wrapped_lines() -> None:
    # a browser sizes the Lead column to its widest cell: no initials would fit after another's, yet
    # every row of it is a row of its own; a wrapped line has no border above it, however short
    segments, boxes = _bordered(
        [
            [(60, "Lead"), (90, "Service"), (300, "Status")],
            [(60, "AH"), (90, "Adult social care and"), (300, "G")],
            [(None, ""), (90, "health")],
            [(60, "BR"), (90, "Housing"), (300, "R")],
            [(60, "CK"), (90, "Waste"), (300, "A")],
        ]
    )
    rows = page_lines(segments, across=horizontal_rules(boxes))
    assert (
        page_text(rows)
        == "Lead\tService\tStatus\nAH\tAdult social care and health\tG\nBR\tHousing\tR\nCK\tWaste\tA"
    )


def test_only_thin_wide_boxes_are_row_borders() -> None:
    boxes = [(55.0, 700.0, 400.0, 700.75), (55.0, 700.0, 58.0, 720.0), (55.0, 700.0, 400.0, 760.0)]
    assert horizontal_rules(boxes) == [(700.375, 55.0, 400.0)]


def _table_page(first: int, header: bool, rows: int = 3) -> list[Segment]:
    segments = _row(780, (60, "Ward"), (180, "Spend"), (240, "Status")) if header else []
    for n in range(first, first + rows):
        segments += _row(768 - 12 * (n - first), (60, f"Wyvern ward {n}"), (180, f"{100 + n}"), (240, "G"))
    return segments


@pytest.mark.parametrize("repeated", [True, False])
def test_a_header_row_repeated_after_a_page_break_is_dropped_so_the_table_runs_on(repeated: bool) -> None:
    pages = [page_lines(_table_page(1, True)), page_lines(_table_page(4, repeated))]
    assert page_texts(pages) == [
        "Ward\tSpend\tStatus\nWyvern ward 1\t101\tG\nWyvern ward 2\t102\tG\nWyvern ward 3\t103\tG",
        "Wyvern ward 4\t104\tG\nWyvern ward 5\t105\tG\nWyvern ward 6\t106\tG",
    ]


def test_a_new_tables_header_after_a_page_of_prose_stays() -> None:
    prose = [_seg(60, 780, "Borsetshire County Council set its budget in February.", width=300)]
    pages = [page_lines(prose), page_lines(_table_page(1, True))]
    assert page_texts(pages)[1].startswith("Ward\tSpend\tStatus\nWyvern ward 1")


WRAPPED_REPORT = """# Borsetshire County Council quarterly performance

The table below sets out the position of Borsetshire County Council at the end of the quarter.

Service area\tLead\tQ1\tQ2
Adult social care and public health commissioning across the county\tAH\tG\tA
\tBR\tR\tR
Housing\tDL\tG\tG

The council reviewed the position of each service.

Saving proposal\t2024/25 £000\t2025/26 £000
Review of residential care placements across the whole of the county\t1,250\t2,400
Library opening hours\t120\t180
Totals\t1,370\t2,580

The wards below are listed by their spending.

{wards}

The council will report again in the spring.
"""


def test_fpdf2_tables_with_wrapped_cells_over_a_page_break_read_as_their_rows_in_both_engines(
    tmp_path,  # noqa: ANN001 - pytest's tmp_path
) -> None:
    pytest.importorskip("fpdf")
    pytest.importorskip("pypdfium2")
    from ingest.read.pdf_pdfium import extract_pdf_pages_pdfium
    from ingest.read.pdf_pdfminer import extract_pdf_pages
    from tests.fixtures.fpdf_layout import DEJAVU, render_fpdf
    from tests.fixtures.report_markup import parse_blocks, title_of

    if not (DEJAVU / "DejaVuSans.ttf").exists():
        pytest.skip("DejaVu fonts are not installed (Debian package fonts-dejavu-core)")
    wards = ["Ward\tSpend £000\tStatus"] + [
        f"{'Upper Wyvern Valley and Felpersham South ward number ' if n % 3 == 0 else 'Ward '}{n}\t{100 + n}\tG"
        for n in range(1, 49)
    ]
    text = WRAPPED_REPORT.format(wards="\n".join(wards))
    data = render_fpdf(parse_blocks(text), title_of(text), tmp_path / "report.pdf").read_bytes()
    pages = extract_pdf_pages(data)
    assert extract_pdf_pages_pdfium(data) == pages
    assert len(pages) > 2
    lines = "\n".join(pages).replace("**", "").split("\n")
    assert [line for line in text.split("\n") if "\t" in line and line not in lines] == []
    assert sum(line == "Ward\tSpend £000\tStatus" for line in lines) == 1  # the repeated header dropped


def _long_table(pages: int) -> list[list[Segment]]:
    """A table over several pages, its header row repeated at the top of each, with a running title and a
    page number; each ward's name wraps, its number alone on the second line (as a page number would be)."""
    out, n = [], 110
    for page in range(1, pages + 1):
        segments = [_seg(60, 800, "Wyvern District Council ward spending"), _seg(300, 40, f"Page {page}")]
        segments += _row(770, (60, "Ward"), (265, "Spend"))
        for line in range(4):
            segments += _row(
                758 - 24 * line, (60, "Felpersham and Upper Fenby North wards"), (265, f"{n + 100}")
            )
            segments += _row(746 - 24 * line, (60, f"{n}"))
            n += 1
        out.append(segments)
    return out


def test_a_long_tables_rows_at_the_same_height_on_every_page_are_not_running_headers() -> None:
    rows = [page_lines(segments) for segments in _long_table(3)]
    running = running_rows(rows)
    texts = page_texts(
        [[row for r, row in enumerate(page) if (p, r) not in running] for p, page in enumerate(rows)]
    )
    assert texts[0].startswith("Ward\tSpend\nFelpersham and Upper Fenby North wards 110\t210\n")
    assert texts[1] == "\n".join(
        f"Felpersham and Upper Fenby North wards {n}\t{n + 100}" for n in range(114, 118)
    )
