"""The pypdfium2 engine reads what producers we do not control write the way the pdfminer engine does:
spaces PDFium drops (justified TJ arrays, runs of spaces) and fonts whose descriptor gives no metrics."""

import re
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")
pytest.importorskip("fpdf")

from ingest.read import pdf_pdfium, pdf_pdfminer  # noqa: E402
from ingest.read.pdf_pdfium import extract_pdf_pages_pdfium  # noqa: E402
from ingest.read.pdf_pdfminer import extract_pdf_pages, font_descents  # noqa: E402
from tests.ingest.read.test_pdf_pdfium import _raw_pdf  # noqa: E402

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
pytestmark = pytest.mark.skipif(not (DEJAVU / "DejaVuSans.ttf").exists(), reason="DejaVu fonts not installed")

PARAGRAPH = (
    "Wyvern District Council agreed a leaner depot plan for the coming year, with the gritting fleet "
    "renewed in two stages and the salt barn roof replaced before the first frost of the winter season; "
    "members asked officers for a quarterly note on progress against each of the milestones."
)


def _fpdf(write) -> bytes:  # noqa: ANN001 - a function writing on an FPDF page
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(DEJAVU / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(DEJAVU / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", size=10.5)
    write(pdf)
    return bytes(pdf.output())


def _both(data: bytes) -> list[str]:
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    return pages


def test_a_space_glyph_after_a_wide_tj_move_keeps_its_width() -> None:
    # justified by a TJ move before each space glyph (fpdf2): PDFium generates a space at the glyph and
    # drops the glyph, which would widen each 10-point word gap past a cell gap
    pages = _both(_raw_pdf(b"BT /F1 10 Tf 60 700 Td [(Wyvern) -1000 ( District) -1000 ( Council)] TJ ET"))
    assert pages[0].startswith("Wyvern District Council")


def test_runs_of_spaces_aligning_values_are_gaps_within_a_line_not_cells() -> None:
    # PDFium keeps the first of consecutive space glyphs only; pdfminer keeps them all, so the values
    # aligned by spaces (Courier, /F2) stay in their lines' text and no table of two columns appears
    content = b"BT /F2 10 Tf 60 700 Td (Cabinet Portfolio:    Borsetshire Resources) Tj ET\n"
    content += b"BT /F2 10 Tf 60 686 Td (Lead Officer:         Wyvern Estates Team) Tj ET\n"
    content += b"BT /F1 10 Tf 60 660 Td [(4.2) -50 ( ) -50 ( ) -50 ( ) -50 ( ) -50 ( Wyvern)] TJ ET"
    pages = _both(_raw_pdf(content))
    assert "Cabinet Portfolio: Borsetshire Resources Lead Officer: Wyvern Estates Team" in pages[0]
    assert "\t" not in pages[0]


def test_a_font_descriptor_without_ascent_and_descent_boxes_glyphs_from_the_baseline(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # LibreOffice writes /Ascent 0 /Descent 0: pdfminer then boxes every glyph from its baseline, while
    # PDFium derives the metrics from the glyphs and widens a box to a glyph reaching beyond them
    def write(pdf) -> None:  # noqa: ANN001
        pdf.set_font("DejaVu", "B", 14)
        pdf.cell(0, 8, "Corporate Peer Challenge: Wyvern", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 11)
        pdf.multi_cell(0, 6, PARAGRAPH)

    data = _fpdf(write)
    zeroed = re.sub(
        rb"/(Ascent|Descent) -?\d+", lambda m: b"/" + m[1] + b" " + b"0" * (len(m[0]) - len(m[1]) - 2), data
    )
    assert set(font_descents(zeroed).values()) == {0.0}
    boxes = {}
    for module, extract in ((pdf_pdfium, extract_pdf_pages_pdfium), (pdf_pdfminer, extract_pdf_pages)):
        layout = module.page_layout
        monkeypatch.setattr(
            module,
            "page_layout",
            lambda chars, paths, k=module.__name__, f=layout: f(boxes.setdefault(k, list(chars)), paths),
        )
        extract(zeroed)
    pdfium, pdfminer = boxes["ingest.read.pdf_pdfium"], boxes["ingest.read.pdf_pdfminer"]
    assert [c[4] for c in pdfium] == [c[4] for c in pdfminer]
    assert max(abs(a[k] - b[k]) for a, b in zip(pdfium, pdfminer, strict=True) for k in (1, 3)) < 0.01


def test_pdfminer_descents_come_from_descriptors_and_standard_metrics() -> None:
    data = _fpdf(lambda pdf: pdf.cell(0, 6, "Borsetshire County Council"))
    assert set(font_descents(data).values()) == {-0.236}
    assert font_descents(b"not a pdf") == {}
