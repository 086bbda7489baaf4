"""Page layout -> report-like text: rows by baseline, table cells by gaps, paragraphs re-joined.

Input is a list of positioned text segments per page (what pdfminer's LTTextLine gives); output is
text shaped like the plain-text reports the parsers read: one paragraph per line, bullets as "- ",
table cells separated by tabs, running headers/footers and page numbers removed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from ingest.read.errors import UnreadableReport

BULLET_GLYPHS = re.compile(
    r"^\s*(?:[•▪■◦●○‣⁃∙·►➢✓\uf0a7\uf0b7\uf0d8\uf076]|\(cid:[0-9]+\)|o(?=\s)|[-–—](?=\s))\s*"
)
NUMBERED = re.compile(r"^\s*(?:\(?[0-9]{1,2}[.)]|[0-9]{1,2}\.[0-9]+\.?)\s")
PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?\s*$", re.IGNORECASE)
CELL_GAP = 12.0  # points of white space that separate two table cells on one row
WORD_MARGIN = 0.1  # pdfminer LAParams.word_margin: a gap wider than this many character sizes is a space
CHAR_MARGIN = 2.0  # pdfminer LAParams.char_margin: characters more widths apart than this break a line
LINE_OVERLAP = 0.5  # pdfminer LAParams.line_overlap: the share of the lower height a line's characters share
CID_PATTERN = re.compile(r"\(cid:[0-9]+\)")
MIN_CHARS_PER_PAGE = 20


@dataclass
class Segment:
    """One line of text as pdfminer placed it on the page."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str


def is_bold_font(fontname: str) -> bool:
    """Whether a font name is a bold face (what every PDF engine reports for bold text)."""
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")


def markup_runs(chars: Iterable[tuple[str, bool | None]]) -> str:
    """Text of a run of characters with bold runs wrapped in ** **.

    Args:
        chars: (text, bold) per character; bold is None for what is not a glyph (inserted spaces), which
            neither opens nor closes a bold run.
    """
    out: list[str] = []
    bold_open = False
    for char, bold in chars:
        if bold is not None and bold != bold_open and char.strip():
            if bold_open:
                _close_bold(out)
            else:
                out.append("**")
            bold_open = bold
        out.append(char)
    if bold_open:
        _close_bold(out)
    return "".join(out).rstrip("\n")


Char = tuple[float, float, float, float, str, bool | None]  # x0, y0, x1, y1, text, bold


def group_chars(chars: Iterable[Char]) -> list[Segment]:
    """A page's text lines, split into table cells, from its characters in content order (any engine).

    pdfminer's rules for horizontal text with its default `LAParams` (`LTLayoutContainer.group_objects`,
    `LTTextLineHorizontal.add`): two consecutive characters are on one line when they overlap vertically by
    more than `LINE_OVERLAP` of the lower one's height and are less than `CHAR_MARGIN` widths apart; a space
    goes where the gap from the previous character is over `WORD_MARGIN` of the character's size; a line
    with no width or height is dropped. A line is split into cells where the gap is `CELL_GAP` or more.
    """
    segments: list[Segment] = []
    parts: list[list] = []  # the current line's cells: [x0, x1, chars]
    line: list[tuple[str, bool | None]] = []
    y_min = y_max = x_min = x_max = 0.0
    px0 = py0 = px1 = py1 = pw = ph = float("nan")  # the previous character's box and size (none yet)
    for x0, y0, x1, y1, text, bold in chars:
        w, h = x1 - x0, y1 - y0
        if y0 == py0 and y1 == py1 and h > 0:  # the common case: same baseline and size as the one before
            distance = x0 - px1 if x0 > px1 else (px0 - x1 if x1 < px0 else 0.0)
            same_line = distance < (pw if pw > w else w) * CHAR_MARGIN
        elif parts and y0 <= py1 and py0 <= y1:
            overlap = min(abs(py0 - y1), abs(py1 - y0))
            if (ph if ph < h else h) * LINE_OVERLAP < overlap:
                distance = x0 - px1 if x0 > px1 else (px0 - x1 if x1 < px0 else 0.0)
                same_line = distance < (pw if pw > w else w) * CHAR_MARGIN
            else:
                same_line = False
        else:
            same_line = False
        if same_line:
            if px1 < x0 - WORD_MARGIN * (w if w > h else h):
                line.append((" ", None))
            if x0 - px1 >= CELL_GAP:
                parts[-1][1] = px1
                line = []
                parts.append([x0, 0.0, line])
            y_min, y_max = (y0 if y0 < y_min else y_min), (y1 if y1 > y_max else y_max)
            x_min, x_max = (x0 if x0 < x_min else x_min), (x1 if x1 > x_max else x_max)
        else:
            if parts:
                parts[-1][1] = px1
                _close_line(parts, y_min, y_max, x_max > x_min, segments)
            line = []
            parts = [[x0, 0.0, line]]
            y_min, y_max, x_min, x_max = y0, y1, x0, x1
        line.append((text, bold))
        px0, py0, px1, py1, pw, ph = x0, y0, x1, y1, w, h
    if parts:
        parts[-1][1] = px1
        _close_line(parts, y_min, y_max, x_max > x_min, segments)
    return segments


def _close_line(parts: list[list], y0: float, y1: float, has_width: bool, out: list[Segment]) -> None:
    """Append one text line's cells ([x0, x1, characters] each) as segments spanning the line's height."""
    if not has_width or y1 <= y0:
        return
    for x0, x1, chars in parts:
        text = markup_runs(chars)
        if text.strip():
            out.append(Segment(x0, y0, x1, y1, text))


def _close_bold(out: list[str]) -> None:
    """Close a bold run, keeping trailing spaces outside the markup."""
    trailing = ""
    while out and out[-1].isspace():
        trailing = out.pop() + trailing
    out.append("**" + trailing)


def _rows(segments: list[Segment]) -> list[list[Segment]]:
    """Group segments whose vertical centres are close into rows, top of the page first."""
    ordered = sorted(segments, key=lambda s: (-(s.y0 + s.y1) / 2, s.x0))
    rows: list[list[Segment]] = []
    for seg in ordered:
        centre = (seg.y0 + seg.y1) / 2
        height = max(seg.y1 - seg.y0, 1.0)
        if rows:
            last = rows[-1][0]
            if abs((last.y0 + last.y1) / 2 - centre) <= 0.4 * height:
                rows[-1].append(seg)
                continue
        rows.append([seg])
    return [sorted(row, key=lambda s: s.x0) for row in rows]


def _row_text(row: list[Segment]) -> str:
    parts = [row[0].text.strip()]
    for prev, seg in zip(row, row[1:], strict=False):
        parts.append("\t" if seg.x0 - prev.x1 >= CELL_GAP else " ")
        parts.append(seg.text.strip())
    return "".join(parts)


def _is_table_row(row: list[Segment]) -> bool:
    return any(b.x0 - a.x1 >= CELL_GAP for a, b in zip(row, row[1:], strict=False))


def _column_starts(rows: list[list[Segment]]) -> list[float]:
    """Left edges of a table's columns: the x positions where its cells start, merged within 4 points."""
    starts: list[float] = []
    for x in sorted(seg.x0 for row in rows for seg in row):
        if not starts or x - starts[-1] > 4:
            starts.append(x)
    return starts


def _table_text(row: list[Segment], starts: list[float]) -> str:
    """A table row as tab-separated cells in column order; an empty cell keeps its place."""
    cells = [""] * len(starts)
    for seg in row:
        column = max(i for i, start in enumerate(starts) if start <= seg.x0 + 4)
        cells[column] = (cells[column] + " " + seg.text.strip()).strip()
    return "\t".join(cells).rstrip("\t")


def page_lines(segments: list[Segment]) -> list[tuple[str, float, float, float]]:
    """Rows of a page as (text, left x, top y, height), top first; table rows as tab-separated cells
    placed by column position (runs of rows whose cells are separated by white space)."""
    rows = _rows(segments)
    texts = [_row_text(row) for row in rows]
    i = 0
    while i < len(rows):
        j = i
        while j < len(rows) and _is_table_row(rows[j]):
            j += 1
        if j - i >= 2:
            starts = _column_starts(rows[i:j])
            texts[i:j] = [_table_text(row, starts) for row in rows[i:j]]
        i = max(j, i + 1)
    out = []
    for row, text in zip(rows, texts, strict=True):
        if text.strip():
            out.append((text, min(s.x0 for s in row), max(s.y1 for s in row), max(s.y1 - s.y0 for s in row)))
    return out


def _key(line: str) -> str:
    return re.sub(r"[0-9]+", "#", line.strip().lower())


def running_lines(pages: list[list[tuple[str, float, float, float]]], edge: int = 3) -> set[str]:
    """Lines repeated at the top or bottom of most pages (headers, footers), by digit-blind key."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for lines in pages:
        keys = {_key(t) for t, *_ in lines[:edge] + lines[-edge:]}
        seen.update(keys)
    return {k for k, n in seen.items() if n >= max(2, 0.5 * len(pages))}


def _joinable(prev: tuple[str, float, float, float], line: tuple[str, float, float, float]) -> bool:
    """Whether `line` continues the paragraph of `prev` (wrapped text, not a new item)."""
    text, x0, top, height = line
    ptext, px0, ptop, pheight = prev
    gap = ptop - pheight - top
    if "\t" in text or "\t" in ptext or BULLET_GLYPHS.match(text) or NUMBERED.match(text):
        return False
    if gap > 0.9 * max(height, pheight) or x0 < px0 - 2:
        return False
    return not ptext.rstrip().endswith(":")


def _append(paragraph: str, text: str) -> str:
    if re.search(r"[A-Za-z]-$", paragraph) and re.match(r"[a-z]", text):
        return paragraph[:-1] + text  # de-hyphenate a word broken at the line end
    if paragraph.endswith("**") and text.startswith("**"):
        return paragraph[:-2] + " " + text[2:]  # one bold run wrapped over two lines
    return paragraph + " " + text


def page_text(lines: list[tuple[str, float, float, float]], running: set[str]) -> str:
    """Text of one page: paragraphs on one line each, bullets normalised, running lines dropped."""
    kept = []
    for i, line in enumerate(lines):
        at_edge = i < 3 or i >= len(lines) - 3
        if at_edge and (_key(line[0]) in running or PAGE_NUMBER.match(line[0])):
            continue
        kept.append(line)
    paragraphs: list[str] = []
    prev = None
    for line in kept:
        text = BULLET_GLYPHS.sub("- ", line[0], count=1) if BULLET_GLYPHS.match(line[0]) else line[0]
        if prev is not None and _joinable(prev, line):
            paragraphs[-1] = _append(paragraphs[-1], text.strip())
        else:
            is_item = bool(BULLET_GLYPHS.match(line[0]))
            if (
                prev is not None
                and "\t" not in text + prev[0]
                and not (is_item and BULLET_GLYPHS.match(prev[0]))
            ):
                paragraphs.append("")
            paragraphs.append(text.rstrip())
        prev = line
    return "\n".join(paragraphs)


def pages_from_layouts(layouts: list[list[tuple[str, float, float, float]]]) -> list[str]:
    """The text of every page of one PDF from its rows (`page_lines` per page), running lines dropped.

    Raises:
        UnreadableReport: no pages, text that is mostly `(cid:NN)` codes, or no text layer.
    """
    running = running_lines(layouts)
    pages = [page_text(lines, running) for lines in layouts]
    refuse_unreadable(pages)
    return pages


def refuse_unreadable(pages: list[str]) -> None:
    """Raise `UnreadableReport` for a PDF without usable text (scanned, or glyph codes without a map)."""
    text = "".join(pages)
    if not pages:
        raise UnreadableReport("PDF has no pages")
    cids = sum(len(m) for m in CID_PATTERN.findall(text))
    if cids > 0.3 * max(len(text), 1):
        raise UnreadableReport("unreadable PDF: text is mostly (cid:NN) glyph codes (no ToUnicode map)")
    if len(text.replace("*", "").strip()) < MIN_CHARS_PER_PAGE * len(pages) / 4:
        raise UnreadableReport("unreadable PDF: no text layer (scanned or image-only)")
