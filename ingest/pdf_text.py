"""pdfminer.six: PDF bytes -> one text per page, bold runs kept as **markup**.

A loop over pages, boxes and characters is I/O-shaped work and fine here; the parsers downstream
see only the page texts.
"""

from __future__ import annotations

import io
import time

from ingest.pdf_layout import CELL_GAP, Segment, is_bold_font, markup_runs, page_lines, pages_from_layouts
from ingest.read_text import UnreadableReport


def _line_segments(line, bold_fonts: dict[str, bool]) -> list[Segment]:  # noqa: ANN001 - pdfminer object
    """A text line split where characters are a column gap apart (pdfminer joins close table cells),
    each part's text with its bold runs marked."""
    from pdfminer.layout import LTChar

    segments: list[Segment] = []
    chars: list[tuple[str, bool | None]] = []
    x0 = x1 = None

    def close() -> None:
        text = markup_runs(chars)
        if x0 is not None and text.strip():
            segments.append(Segment(x0, line.y0, x1, line.y1, text))

    for item in line:
        if not isinstance(item, LTChar):
            chars.append((item.get_text(), None))
            continue
        if x1 is not None and item.x0 - x1 >= CELL_GAP:
            close()
            chars, x0 = [], None
        font = item.fontname
        bold = bold_fonts.get(font)
        if bold is None:
            bold = bold_fonts[font] = is_bold_font(font)
        chars.append((item.get_text(), bold))
        x0 = item.x0 if x0 is None else x0
        x1 = item.x1
    close()
    return segments


def _segments(page, bold_fonts: dict[str, bool]) -> list[Segment]:  # noqa: ANN001 - pdfminer object
    """Every text line (or table cell) of a page with its position, bold runs marked."""
    from pdfminer.layout import LTTextContainer, LTTextLine

    segments: list[Segment] = []
    for element in page:
        if not isinstance(element, LTTextContainer):
            continue
        for line in element:
            if isinstance(line, LTTextLine):
                segments.extend(_line_segments(line, bold_fonts))
    return segments


def extract_pdf_pages(data: bytes, max_pages: int = 400, max_seconds: float = 120.0) -> list[str]:
    """Extract the text of every page of a PDF.

    Args:
        data: the PDF's bytes.
        max_pages: a longer PDF is refused rather than read.
        max_seconds: extraction taking longer than this is abandoned (checked between pages).

    Returns:
        One string per page, in page order.

    Raises:
        UnreadableReport: encrypted, broken, too long, or without usable text (scanned/image-only, `(cid:NN)`).
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.psexceptions import PSException

    started = time.monotonic()
    layouts: list[list[tuple[str, float, float, float]]] = []
    bold_fonts: dict[str, bool] = {}
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(boxes_flow=None)):
            if len(layouts) >= max_pages:
                raise UnreadableReport(f"more than {max_pages} pages")
            if time.monotonic() - started > max_seconds:
                raise UnreadableReport(f"extraction took longer than {max_seconds:g} s")
            layouts.append(page_lines(_segments(page, bold_fonts)))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise UnreadableReport(f"encrypted PDF ({type(exc).__name__})") from exc
    except PSException as exc:
        raise UnreadableReport(f"broken PDF ({type(exc).__name__}: {exc})") from exc
    except UnreadableReport:
        raise
    except Exception as exc:  # pdfminer raises many internal types on damaged files
        raise UnreadableReport(f"broken PDF ({type(exc).__name__}: {exc})") from exc
    return pages_from_layouts(layouts)
