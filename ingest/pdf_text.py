"""pdfminer.six: PDF bytes -> one text per page, bold runs kept as **markup**.

A loop over pages, boxes and characters is I/O-shaped work and fine here; the parsers downstream
see only the page texts.
"""

from __future__ import annotations

import io
import re
import time

from ingest.pdf_layout import CELL_GAP, Segment, page_lines, page_text, running_lines
from ingest.read_text import UnreadableReport

CID_PATTERN = re.compile(r"\(cid:\d+\)")
MIN_CHARS_PER_PAGE = 20


def _is_bold(fontname: str) -> bool:
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")


def _close_bold(out: list[str]) -> None:
    """Close a bold run, keeping trailing spaces outside the markup."""
    trailing = ""
    while out and out[-1].isspace():
        trailing = out.pop() + trailing
    out.append("**" + trailing)


def _runs_to_text(items: list) -> str:  # noqa: ANN001 - pdfminer layout objects
    """Text of a run of characters with bold runs wrapped in ** **."""
    from pdfminer.layout import LTChar

    out: list[str] = []
    bold_open = False
    for item in items:
        char = item.get_text()
        if isinstance(item, LTChar) and char.strip():
            bold = _is_bold(item.fontname)
            if bold != bold_open:
                _close_bold(out) if bold_open else out.append("**")
                bold_open = bold
        out.append(char)
    if bold_open:
        _close_bold(out)
    return "".join(out).rstrip("\n")


def _line_segments(line) -> list[Segment]:  # noqa: ANN001 - pdfminer layout object
    """A text line split where characters are a column gap apart (pdfminer joins close table cells)."""
    from pdfminer.layout import LTChar

    groups: list[list] = [[]]
    last_x1 = None
    for item in line:
        if isinstance(item, LTChar):
            if last_x1 is not None and item.x0 - last_x1 >= CELL_GAP and groups[-1]:
                groups.append([])
            last_x1 = item.x1
        groups[-1].append(item)
    segments = []
    for group in groups:
        chars = [c for c in group if isinstance(c, LTChar)]
        text = _runs_to_text(group)
        if chars and text.strip():
            segments.append(Segment(chars[0].x0, line.y0, chars[-1].x1, line.y1, text))
    return segments


def _segments(page) -> list[Segment]:  # noqa: ANN001 - pdfminer layout object
    """Every text line (or table cell) of a page with its position, bold runs marked."""
    from pdfminer.layout import LTTextContainer, LTTextLine

    segments: list[Segment] = []
    for element in page:
        if not isinstance(element, LTTextContainer):
            continue
        for line in element:
            if isinstance(line, LTTextLine):
                segments.extend(_line_segments(line))
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
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(boxes_flow=None)):
            if len(layouts) >= max_pages:
                raise UnreadableReport(f"more than {max_pages} pages")
            if time.monotonic() - started > max_seconds:
                raise UnreadableReport(f"extraction took longer than {max_seconds:g} s")
            layouts.append(page_lines(_segments(page)))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise UnreadableReport(f"encrypted PDF ({type(exc).__name__})") from exc
    except PSException as exc:
        raise UnreadableReport(f"broken PDF ({type(exc).__name__}: {exc})") from exc
    except UnreadableReport:
        raise
    except Exception as exc:  # pdfminer raises many internal types on damaged files
        raise UnreadableReport(f"broken PDF ({type(exc).__name__}: {exc})") from exc
    running = running_lines(layouts)
    pages = [page_text(lines, running) for lines in layouts]
    _refuse_unreadable(pages)
    return pages


def _refuse_unreadable(pages: list[str]) -> None:
    text = "".join(pages)
    if not pages:
        raise UnreadableReport("PDF has no pages")
    cids = sum(len(m) for m in CID_PATTERN.findall(text))
    if cids > 0.3 * max(len(text), 1):
        raise UnreadableReport("unreadable PDF: text is mostly (cid:NN) glyph codes (no ToUnicode map)")
    if len(text.replace("*", "").strip()) < MIN_CHARS_PER_PAGE * len(pages) / 4:
        raise UnreadableReport("unreadable PDF: no text layer (scanned or image-only)")
