"""Page rows -> report-like text: running headers and footers dropped, tables as tab-separated cells,
paragraphs and list items re-joined (engine-independent; rows come from `ingest.read.pdf_layout`).

The output is shaped like the plain-text reports the parsers read: one paragraph per line, list items as
"- " (or their number), headings on lines of their own, table cells separated by tabs.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import takewhile

from ingest.read.paragraphs import BULLET_GLYPHS, NUMBERED, append_wrapped, is_item
from ingest.read.pdf_cells import same_row_text, table_texts
from ingest.read.pdf_rows import CELL_GAP, Row
from ingest.read.pdf_running import running_rows

__all__ = ["page_text", "page_texts", "running_rows"]

BODY_SHARE = 0.15  # the body's left edge: the leftmost start of at least this share of the text lines
SIZE_CHANGE = 1.15
WIDE_WORD = 1.5  # a word may be this much wider than its letters' average width suggests  # a line this much larger or smaller than the one before starts a new paragraph


@dataclass
class Line:
    """A row of a page as text, with what paragraph assembly needs of its geometry."""

    text: str
    x0: float
    x1: float
    top: float
    size: float
    is_table: bool
    bold: bool = field(default=False)
    pitch: float = field(default=0.0)  # the character advance of a monospaced font (`Row.pitch`)


def _lines(rows: list[Row]) -> list[Line]:
    texts = table_texts(rows)
    return [
        Line(
            text,
            row.x0,
            row.x1,
            row.top,
            row.size,
            "\t" in text,
            text.startswith("**") and text.endswith("**"),
            row.pitch,
        )
        for row, text in zip(rows, texts, strict=True)
        if text.strip()
    ]


def _ends_short(prev: Line, line: Line, right: float) -> bool:
    """Whether `prev` ended before the right edge although the first word of `line` would have fitted
    (in a monospaced font exactly: a word of n letters takes n + 1 advances with its space)."""
    words = line.text.replace("**", "").split()
    if not words or not prev.text:
        return True
    if prev.pitch:
        return prev.x1 + prev.pitch * (len(words[0]) + 0.5) <= right
    char = max((prev.x1 - prev.x0) / max(len(prev.text.replace("**", "")), 1), 1.0)
    return prev.x1 + WIDE_WORD * char * (len(words[0]) + 1) < right


def _joinable(prev: Line, line: Line, body_left: float, right: float) -> bool:
    """Whether `line` continues the paragraph of `prev` (wrapped text, not a new block or item)."""
    if line.is_table or prev.is_table or is_item(line.text):
        return False
    if prev.top - prev.size - line.top > 0.9 * max(line.size, prev.size) or line.x0 < prev.x0 - 2:
        return False
    if max(line.size, prev.size) > SIZE_CHANGE * min(line.size, prev.size):
        return False  # a heading by its size
    if prev.bold and not line.text.startswith("**"):
        return False  # a bold heading line, then plain text
    if (line.pitch or line.x0 > body_left + CELL_GAP) and _ends_short(prev, line, right):
        return False  # items marked by indentation only; a paragraph's end in text wrapped at a fixed width
    return not prev.text.rstrip().endswith(":")


def _body_edges(lines: list[Line]) -> tuple[float, float]:
    """The left edge of the body text (the leftmost x that many lines start at: list items can outnumber
    the paragraphs), and the right edge the widest lines end at."""
    prose = [line for line in lines if not line.is_table] or lines
    starts: dict[int, int] = defaultdict(int)
    for line in prose:
        starts[round(line.x0 / 2)] += 1
    common = [x for x, n in starts.items() if n >= BODY_SHARE * len(prose)]
    left = 2.0 * min(common or starts or [0])
    return left, max((line.x1 for line in prose), default=0.0)


def _as_item(line: Line, prev: Line | None, body_left: float, right: float) -> str:
    """A line's text with its bullet glyph as "- "; an indented line that starts a block as an item
    (its marker drawn as a graphic, or none), unless it is centred."""
    text = line.text
    if BULLET_GLYPHS.match(text):
        return BULLET_GLYPHS.sub("- ", text, count=1)
    if line.is_table or NUMBERED.match(text) or line.x0 <= body_left + CELL_GAP:
        return text
    centred = line.x1 < right - CELL_GAP and abs((line.x0 + line.x1) - (body_left + right)) < CELL_GAP
    return text if centred else "- " + text


def page_text(rows: list[Row], body: tuple[float, float] | None = None, carry: Line | None = None) -> str:
    """Text of one page (its running rows already dropped): paragraphs on one line each, items as "- ".

    Args:
        rows: the page's rows, top first.
        body: the left edge of the document's body text and the right edge of its widest lines (else the
            page's own).
        carry: the previous page's last line: an indented line at the top of the page that continues it is
            not a new item.
    """
    return _page_text(_lines(rows), body, carry)


def _page_text(lines: list[Line], body: tuple[float, float] | None, carry: Line | None) -> str:
    body_left, right = body or _body_edges(lines)
    paragraphs: list[str] = []
    prev: Line | None = None
    prev_item = False
    for line in lines:
        if prev is not None and _joinable(prev, line, body_left, right):
            paragraphs[-1] = append_wrapped(paragraphs[-1], line.text.strip())
            prev = line
            continue
        text = _as_item(line, prev, body_left, right)
        if (
            prev is None
            and carry is not None
            and text.startswith("- ")
            and not BULLET_GLYPHS.match(line.text)
        ):
            hanging = carry.x0 - 2 <= line.x0 <= carry.x0 + 3 * CELL_GAP
            if not carry.is_table and hanging and not _ends_short(carry, line, right):
                text = line.text  # an indented paragraph or item running on from the page before
        item = text.startswith("- ")
        if prev is not None and not (line.is_table or prev.is_table) and not (item and prev_item):
            paragraphs.append("")
        paragraphs.append(text.rstrip())
        prev_item = item
        prev = line
    return "\n".join(paragraphs)


def page_texts(pages: list[list[Row]]) -> list[str]:
    """The text of every page of a document, with the body's edges taken from the whole document and a
    table's header row repeated at the top of the page it runs on to dropped."""
    lines = [_lines(rows) for rows in pages]
    body = _body_edges([line for page in lines for line in page])
    lines = lines[:1] + [
        page[_repeated_header(prev, page) :] for prev, page in zip(lines, lines[1:], strict=False)
    ]
    carries = [None, *(page[-1] if page else None for page in lines)][: len(lines)]
    return [_page_text(page, body, carry) for page, carry in zip(lines, carries, strict=True)]


def _repeated_header(prev: list[Line], page: list[Line]) -> int:
    """How many lines at the top of `page` repeat the first rows of the table `prev` ends with (a table's
    header row repeated after a page break), so that the table runs on."""
    tail = list(takewhile(lambda line: line.is_table, reversed(prev)))[::-1]
    head = list(takewhile(lambda line: line.is_table, page))
    same = 0
    while same < min(len(head), len(tail) - 1) and same_row_text(head[same].text) == same_row_text(
        tail[same].text
    ):
        same += 1
    return same
