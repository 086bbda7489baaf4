from pathlib import Path

import pytest

from ingest.read.errors import UnreadableReport
from ingest.read.pdf_layout import Segment, page_lines
from ingest.read.pdf_page import page_text
from ingest.read.pdf_pdfminer import extract_pdf_pages
from tests.fixtures.pdf_render import render_report_pdf

FILLER = " ".join(["The committee reviewed progress on the delivery plan for the coming year."] * 6)

REPORT = "\n".join(
    [
        "# Corporate Peer Challenge",
        "",
        FILLER,
        "",
        "**1. The authority should set a balanced budget.** It should also agree a recovery plan with partners.",
        "- publish a timetable",
        "- report monthly to cabinet",
        "",
        "Segment\tGreen\tAmber\tRed",
        "People\t3\t2\t1",
        "Totals\t3\t2\t1",
        "",
        *([FILLER, ""] * 24),
        "The final paragraph mentions savings of £2.5m.",
    ]
)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = render_report_pdf(REPORT, tmp_path_factory.mktemp("pdf") / "report.pdf", header="Wendmoor Council")
    return extract_pdf_pages(path.read_bytes())


def test_extract_pdf_pages_keeps_one_text_per_page(pages: list[str]) -> None:
    assert len(pages) >= 3
    assert "£2.5m" in pages[-1]


def test_running_header_and_page_numbers_are_removed(pages: list[str]) -> None:
    text = "\n".join(pages)
    assert "Wendmoor Council" not in text
    assert "Page 2" not in text


def test_bold_lead_sentence_survives_as_markup(pages: list[str]) -> None:
    assert "**1. The authority should set a balanced budget.**" in pages[0]


def test_bullet_glyphs_become_dashes(pages: list[str]) -> None:
    assert "\n- publish a timetable\n" in pages[0]


def test_table_rows_keep_their_columns_as_tabs(pages: list[str]) -> None:
    assert "Totals\t3\t2\t1" in pages[0]


def test_wrapped_paragraph_lines_are_joined(pages: list[str]) -> None:
    first = next(line for line in pages[0].splitlines() if line.startswith("The committee"))
    assert first.count("The committee") == 6


def test_hyphen_at_a_line_end_is_removed_when_the_word_continues() -> None:
    segments = [
        Segment(50, 700, 300, 710, "the council will re-"),
        Segment(50, 687, 300, 697, "structure its debt"),
    ]
    assert page_text(page_lines(segments)) == "the council will restructure its debt"


def test_random_bytes_named_pdf_are_unreadable() -> None:
    with pytest.raises(UnreadableReport, match="broken PDF"):
        extract_pdf_pages(b"%PDF-1.7\n" + bytes(range(256)) * 4)


def test_a_pdf_without_text_is_unreadable(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(tmp_path / "scan.pdf"))
    canvas.rect(50, 50, 400, 600, fill=1)
    canvas.showPage()
    canvas.save()
    with pytest.raises(UnreadableReport, match="no text layer"):
        extract_pdf_pages((tmp_path / "scan.pdf").read_bytes())


def test_text_that_is_mostly_cid_glyph_codes_is_unreadable() -> None:
    from ingest.read.pdf_layout import refuse_unreadable

    with pytest.raises(UnreadableReport, match=r"\(cid:NN\)"):
        refuse_unreadable(["(cid:71)(cid:82)(cid:88)(cid:81)(cid:70)(cid:76)(cid:79) " * 40])
    refuse_unreadable(["A readable page with one odd glyph (cid:12) among many ordinary words. " * 5])


def _layout_analysis_pages(data: bytes) -> list[str]:
    """The page texts with pdfminer's own layout analysis building the text lines (the oracle for the
    engine's character grouping): every LTTextLine split into cells at CELL_GAP, bold runs marked."""
    import io

    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTChar, LTTextContainer, LTTextLine

    from ingest.read.pdf_layout import CELL_GAP, is_bold_font, markup_runs, pages_from_layouts

    layouts = []
    for page in extract_pages(io.BytesIO(data), laparams=LAParams(boxes_flow=None)):
        segments = []
        lines = [line for box in page if isinstance(box, LTTextContainer) for line in box]
        for line in (line for line in lines if isinstance(line, LTTextLine)):
            cells, previous = [[]], None
            for item in line:
                if isinstance(item, LTChar):
                    if previous is not None and item.x0 - previous.x1 >= CELL_GAP:
                        cells.append([])
                    cells[-1].append((item, (item.get_text(), is_bold_font(item.fontname))))
                    previous = item
                else:
                    cells[-1].append((None, (item.get_text(), None)))
            for cell in cells:
                chars = [c for c, _ in cell if c is not None]
                text = markup_runs(run for _, run in cell)
                if chars and text.strip():
                    segments.append(Segment(chars[0].x0, line.y0, chars[-1].x1, line.y1, text))
        layouts.append(page_lines(segments))
    return pages_from_layouts(layouts)


def _varied_pdf() -> bytes:
    """Two pages: mixed fonts and sizes, a superscript, close cells and wide ones, a line drawn right to left,
    text in a form XObject, characters spaced out, then a rotated page."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.beginForm("stamp")
    canvas.setFont("Helvetica", 10)
    canvas.drawString(60, 300, "Draft watermark in a form")
    canvas.endForm()
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(60, 780, "3. Finance and the medium term plan")
    canvas.setFont("Times-Roman", 11)
    canvas.drawString(60, 760, "Reserves stood at £12.4m")
    canvas.setFont("Times-Roman", 7)
    canvas.drawString(186, 765, "1")
    canvas.setFont("Courier", 10)
    for k, (label, value) in enumerate([("Adult care", "£3.1m"), ("Highways", "£0.9m"), ("Waste", "£1.2m")]):
        canvas.drawString(320, 730 - 13 * k, value)
        canvas.drawString(60, 730 - 13 * k, label)
    text = canvas.beginText(60, 670)
    text.setFont("Helvetica", 9)
    text.setCharSpace(2.5)
    text.textLine("Spaced out heading")
    text.setCharSpace(0)
    text.setFont("Helvetica-Oblique", 9)
    text.textLine("An italic line with a **literal** pair of asterisks.")
    canvas.drawText(text)
    canvas.doForm("stamp")
    canvas.showPage()
    canvas.setPageRotation(90)
    canvas.rotate(90)
    canvas.setFont("Helvetica", 11)
    for k in range(5):
        canvas.drawString(60, -80 - 14 * k, f"Landscape row {k} with {k * 3} cases")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


@pytest.mark.parametrize("source", ["varied", "report"])
def test_character_grouping_gives_the_pages_of_pdfminers_layout_analysis(source: str, tmp_path: Path) -> None:
    if source == "varied":
        data = _varied_pdf()
    else:
        data = render_report_pdf(REPORT, tmp_path / "report.pdf", header="Wendmoor Council").read_bytes()
    pages = extract_pdf_pages(data)
    assert pages == _layout_analysis_pages(data)
    assert any("Reserves stood at £12.4m" in page or "£2.5m" in page for page in pages)
