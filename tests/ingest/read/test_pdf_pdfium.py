import io
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("pypdfium2")

from ingest.read.errors import UnreadableReport  # noqa: E402
from ingest.read.pdf_pdfium import extract_pdf_pages_pdfium  # noqa: E402
from ingest.read.pdf_pdfminer import extract_pdf_pages  # noqa: E402
from tests.fixtures import pdf_render  # noqa: E402
from tests.fixtures.pdf_render import render_report_pdf  # noqa: E402

FILLER = " ".join(
    [
        "Officers walked the panel through the depot refit, the fleet renewal and the new rota for gritting crews."
    ]
    * 5
)

REPORT = "\n".join(
    [
        "# Harbourside Depot Review",
        "",
        FILLER,
        "",
        "**2. The council should publish a single depot plan by spring.** Members asked for quarterly updates.",
        "- replace the salt barn roof",
        "- agree a shared rota with the parish",
        "",
        "Rating\tDepots\tRoutes",
        "Green\t4\t2",
        "Amber\t7\t11",
        "Red\t1\t0",
        "",
        *([FILLER, ""] * 22),
        "Closing remarks note a capital budget of £3.4m for the refit.",
    ]
)


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("pdfium") / "depot.pdf"
    return render_report_pdf(REPORT, path, header="Brackenford Borough Council").read_bytes()


@pytest.fixture(scope="module")
def pages(report_pdf: bytes) -> list[str]:
    return extract_pdf_pages_pdfium(report_pdf)


def _canvas_pdf(draw) -> bytes:  # noqa: ANN001 - a function drawing on a reportlab Canvas
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    draw(canvas)
    canvas.save()
    return buffer.getvalue()


def _raw_pdf(content: bytes) -> bytes:
    """A one-page PDF drawing `content` (PDF operators) with Helvetica as /F1, Courier as /F2 and, as /F3, a
    two-byte font without a ToUnicode map and without a font program (its glyphs have no known text)."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        font % b"Helvetica",
        font % b"Courier",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /Glyphs /Encoding /Identity-H /DescendantFonts [8 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Glyphs /FontDescriptor 9 0 R /DW 500"
        b" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
        b"<< /Type /FontDescriptor /FontName /Glyphs /Flags 4 /FontBBox [0 -200 1000 800] /ItalicAngle 0"
        b" /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pages_equal_the_pdfminer_engine_page_for_page(report_pdf: bytes, pages: list[str]) -> None:
    assert len(pages) >= 2
    assert pages == extract_pdf_pages(report_pdf)


def test_bold_lead_sentence_keeps_its_markup(pages: list[str]) -> None:
    assert "**2. The council should publish a single depot plan by spring.** Members asked" in pages[0]


def test_table_rows_keep_their_cells_as_tabs(pages: list[str]) -> None:
    assert "\nGreen\t4\t2\nAmber\t7\t11\nRed\t1\t0" in pages[0]


def test_bullets_become_dashes_and_headings_stay_bold(pages: list[str]) -> None:
    assert pages[0].startswith("**Harbourside Depot Review**\n")
    assert "\n- replace the salt barn roof\n- agree a shared rota with the parish\n" in pages[0]


def test_running_header_and_page_numbers_are_dropped_and_pounds_survive(pages: list[str]) -> None:
    text = "\n".join(pages)
    assert "Brackenford Borough Council" not in text
    assert "Page 2" not in text
    assert "£3.4m" in pages[-1]


def test_wrapped_lines_join_into_one_paragraph_with_single_spaces(pages: list[str]) -> None:
    first = next(line for line in pages[0].splitlines() if line.startswith("Officers walked"))
    assert first == FILLER


def test_unembedded_standard_fonts_give_the_pdfminer_paragraphs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # Helvetica is not embedded: PDFium's box for it is taller than pdfminer's, which would merge paragraphs
    monkeypatch.setattr(pdf_render, "_fonts", lambda: ("Helvetica", "Helvetica-Bold"))
    data = render_report_pdf(
        REPORT, tmp_path / "helvetica.pdf", header="Brackenford Borough Council"
    ).read_bytes()
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert f"\n\n{FILLER}\n\n{FILLER}\n\n" in pages[1]


def test_hyphen_at_a_line_end_and_character_spacing_read_like_pdfminer() -> None:
    def draw(canvas) -> None:  # noqa: ANN001
        canvas.setFont("Helvetica", 11)
        for k, line in enumerate(["The board approved a multi-", "year settlement for the leisure trust."]):
            canvas.drawString(60, 760 - 14 * k, line)
        text = canvas.beginText(60, 700)
        text.setFont("Helvetica", 11)
        text.setCharSpace(1.5)
        text.textLine("Letter spaced banner")
        canvas.drawText(text)
        canvas.showPage()

    data = _canvas_pdf(draw)
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert "multi-year settlement" in pages[0]  # a compound broken at its hyphen keeps it (pdf_hyphens)


def test_kerning_gaps_become_single_spaces_and_wide_ones_table_cells() -> None:
    # justified text without space glyphs (PDFium adds spaces of its own there) and a row of cells set in
    # one TJ array, close enough for pdfminer to keep them on one text line
    data = _raw_pdf(
        b"BT /F1 10 Tf 60 700 Td [(Justified) -450 (words) -450 (without) -450 (space) -450 (glyphs)] TJ ET\n"
        b"BT /F1 20 Tf 60 650 Td [(Green) -700 (4) -700 (2)] TJ ET"
    )
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert pages[0] == "Justified words without space glyphs\nGreen\t4\t2"


def test_cells_drawn_right_to_left_still_read_left_to_right() -> None:
    data = _raw_pdf(
        b"BT /F1 10 Tf 300 700 Td (Amber) Tj ET\nBT /F1 10 Tf 60 700 Td (Waste collections) Tj ET\n"
        b"BT /F1 10 Tf 300 686 Td (Green) Tj ET\nBT /F1 10 Tf 60 686 Td (Street lighting) Tj ET"
    )
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert pages[0] == "Waste collections\tAmber\nStreet lighting\tGreen"


def test_a_text_position_moving_back_along_the_line_starts_a_new_line() -> None:
    # one TJ array whose offset jumps 270 points back: pdfminer breaks the line, and page_lines reorders it
    data = _raw_pdf(
        b"BT /F1 10 Tf 300 700 Td [(Amber) 27000 (Waste collections)] TJ ET\n"
        b"BT /F1 10 Tf 60 650 Td (Collections were missed on two rounds.) Tj ET"
    )
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert pages[0] == "Waste collections\tAmber\nCollections were missed on two rounds."


def test_lines_set_closer_than_their_font_size_stay_apart() -> None:
    # 7 points apart in a 10 point font: the words overlap by less than half their height, so two lines
    data = _raw_pdf(
        b"BT /F1 10 Tf 60 720 Td (Ratings for the quarter) Tj ET\n"
        b"BT /F1 10 Tf 60 700 Td (Red) Tj ET\nBT /F1 10 Tf 60 693 Td (Amber) Tj ET"
    )
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert pages[0] == "Ratings for the quarter\n\nRed Amber"


def test_paragraph_breaks_follow_pdfminer_descents_of_standard_fonts() -> None:
    # 19.05 points between baselines: a paragraph gap on pdfminer's boxes (Courier's descent is 194/1000,
    # Helvetica's 207/1000), a wrapped line on PDFium's own font metrics
    data = _raw_pdf(
        b"BT /F2 10 Tf 60 700 Td (Courier line on the depot budget.) Tj ET\n"
        b"BT /F1 10 Tf 60 680.95 Td (Helvetica line on the fleet renewal.) Tj ET"
    )
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert pages[0] == "Courier line on the depot budget.\n\nHelvetica line on the fleet renewal."


def test_a_rotated_page_reads_like_pdfminer() -> None:
    def draw(canvas) -> None:  # noqa: ANN001
        canvas.setPageRotation(90)
        canvas.rotate(90)
        canvas.setFont("Helvetica", 11)
        for k in range(6):
            canvas.drawString(
                60, -80 - 14 * k, f"Landscape table note {k} reports {k * 4} closed cases this month."
            )
        canvas.showPage()

    data = _canvas_pdf(draw)
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert "Landscape table note 5 reports 20 closed cases" in pages[0]


def test_text_inside_a_form_xobject_is_left_out_like_pdfminer() -> None:
    def draw(canvas) -> None:  # noqa: ANN001
        canvas.beginForm("stamp")
        canvas.setFont("Helvetica", 10)
        canvas.drawString(60, 400, "Stamped draft marking")
        canvas.endForm()
        canvas.setFont("Helvetica", 10)
        for k in range(4):
            canvas.drawString(60, 700 - 14 * k, f"Body line {k} of the cabinet note, written in plain words.")
        canvas.doForm("stamp")
        canvas.showPage()

    data = _canvas_pdf(draw)
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert "Body line 3" in pages[0]
    assert "Stamped" not in pages[0]


def test_a_password_protected_pdf_is_encrypted() -> None:
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, encrypt="opensesame")
    canvas.drawString(60, 700, "Confidential annex on the depot land sale. " * 3)
    canvas.showPage()
    canvas.save()
    with pytest.raises(UnreadableReport, match=r"^encrypted PDF \("):
        extract_pdf_pages_pdfium(buffer.getvalue())


def test_random_bytes_named_pdf_are_broken() -> None:
    with pytest.raises(UnreadableReport, match=r"^broken PDF \("):
        extract_pdf_pages_pdfium(b"%PDF-1.7\n" + bytes(range(256)) * 4)


def test_a_truncated_pdf_is_broken(report_pdf: bytes) -> None:
    with pytest.raises(UnreadableReport, match=r"^broken PDF \("):
        extract_pdf_pages_pdfium(report_pdf[: len(report_pdf) // 2])


def test_glyphs_without_unicode_show_as_cid_codes_like_pdfminer() -> None:
    data = _raw_pdf(
        b"BT /F1 10 Tf 60 700 Td (The annex lists the grant conditions in full.) Tj ET\n"
        b"BT /F1 10 Tf 60 680 Td (Grant code ) Tj /F3 10 Tf <00260027> Tj ET"
    )
    pages = extract_pdf_pages_pdfium(data)
    assert pages == extract_pdf_pages(data)
    assert pages[0].endswith("\n\nGrant code (cid:38)(cid:39)")


def test_text_that_is_mostly_cid_glyph_codes_is_unreadable() -> None:
    data = _raw_pdf(b"BT /F3 10 Tf 60 700 Td <" + b"0026002700280003" * 12 + b"> Tj ET")
    with pytest.raises(UnreadableReport, match=r"mostly \(cid:NN\) glyph codes"):
        extract_pdf_pages_pdfium(data)


def test_an_image_only_pdf_has_no_text_layer() -> None:
    def draw(canvas) -> None:  # noqa: ANN001
        canvas.rect(50, 50, 400, 600, fill=1)
        canvas.showPage()

    with pytest.raises(UnreadableReport, match="no text layer"):
        extract_pdf_pages_pdfium(_canvas_pdf(draw))


def test_a_pdf_without_pages_is_refused() -> None:
    import pypdfium2

    buffer = io.BytesIO()
    pypdfium2.PdfDocument.new().save(buffer)
    with pytest.raises(UnreadableReport, match="PDF has no pages"):
        extract_pdf_pages_pdfium(buffer.getvalue())


def test_limits_on_pages_and_time_are_kept(report_pdf: bytes) -> None:
    with pytest.raises(UnreadableReport, match="^more than 1 pages$"):
        extract_pdf_pages_pdfium(report_pdf, max_pages=1)
    with pytest.raises(UnreadableReport, match="^extraction took longer than 0 s$"):
        extract_pdf_pages_pdfium(report_pdf, max_seconds=0)


def test_importing_the_module_does_not_load_pypdfium2() -> None:
    code = "import sys, ingest.read.pdf_pdfium; print('pypdfium2' in sys.modules)"
    root = Path(__file__).resolve().parents[3]
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
