from pathlib import Path

import pytest

from ingest.pdf_layout import Segment, page_lines, page_text
from ingest.pdf_render import render_report_pdf
from ingest.pdf_text import extract_pdf_pages
from ingest.read_text import UnreadableReport

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
    assert page_text(page_lines(segments), set()) == "the council will restructure its debt"


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
    from ingest.pdf_layout import refuse_unreadable

    with pytest.raises(UnreadableReport, match=r"\(cid:NN\)"):
        refuse_unreadable(["(cid:71)(cid:82)(cid:88)(cid:81)(cid:70)(cid:76)(cid:79) " * 40])
    refuse_unreadable(["A readable page with one odd glyph (cid:12) among many ordinary words. " * 5])
