"""Page layout -> report-like text: rows by baseline, table cells by gaps, paragraphs re-joined.

Input is a list of positioned text segments per page (what pdfminer's LTTextLine gives); output is
text shaped like the plain-text reports the parsers read: one paragraph per line, bullets as "- ",
table cells separated by tabs, running headers/footers and page numbers removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ingest.read.errors import UnreadableReport
from ingest.read.pdf_columns import unfold_columns
from ingest.read.pdf_graphics import Rule, horizontal_rules, markers, rule_between, vertical_rules
from ingest.read.pdf_hyphens import mark_compounds, unmark
from ingest.read.pdf_page import page_texts, running_rows
from ingest.read.pdf_rows import CELL_GAP, Row, Segment, page_lines

__all__ = [
    "CELL_GAP",
    "Char",
    "Segment",
    "group_chars",
    "is_bold_font",
    "page_layout",
    "page_lines",
    "pages_from_layouts",
    "Rule",
    "markers",
    "vertical_rules",
]

WORD_MARGIN = 0.1  # pdfminer LAParams.word_margin: a gap wider than this many character sizes is a space
CHAR_MARGIN = 2.0  # pdfminer LAParams.char_margin: characters more widths apart than this break a line
LINE_OVERLAP = 0.5  # pdfminer LAParams.line_overlap: the share of the lower height a line's characters share
CID_PATTERN = re.compile(r"\(cid:[0-9]+\)")
MIN_CHARS_PER_PAGE = 20
ZERO_ADVANCE = 0.1  # a glyph starting less than this share of a space glyph's width after it: no advance
RULE_GAP = 1.0  # points: characters closer than this have no rule between them (not looked for)
MONOSPACED_SHARE = 0.9  # a page is set in a monospaced font when this share of its characters is as wide
MONOSPACED_CHARS = 80  # and it has at least this many characters (a heading or a figure's labels: no telling)
MONOSPACED_SAMPLE = 200  # characters enough to tell
MONOSPACED_TOLERANCE = 0.02  # widths this close are one (an engine's rounding)


def is_bold_font(fontname: str) -> bool:
    """Whether a font name is a bold face (what every PDF engine reports for bold text)."""
    name = fontname.lower()
    return "bold" in name or "black" in name or "heavy" in name or name.endswith(",b")


def markup_runs(chars: Iterable[tuple[str, bool | None]], keep_spaces: bool = False) -> str:
    """Text of a run of characters with bold runs wrapped in ** **.

    Args:
        chars: (text, bold) per character; bold is None for what is not a glyph (inserted spaces), which
            neither opens nor closes a bold run. A space the engine inserts beside a space glyph (justified
            text widens the glyph's gap) is one space.
        keep_spaces: keep runs of spaces (a monospaced text's own: they align a table typed with spaces).
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
    text = "".join(out).rstrip("\n")
    if keep_spaces or "  " not in text:
        return text
    return re.sub(" {2,}", " ", text)  # a space glyph widened by justification


Char = tuple[float, float, float, float, str, bool | None]  # x0, y0, x1, y1, text, bold


def group_chars(
    chars: Iterable[Char], rules: list[Rule] | None = None, keep_spaces: bool = False
) -> list[Segment]:
    """A page's text lines, split into table cells, from its characters in content order (any engine).

    pdfminer's rules for horizontal text with its default `LAParams` (`LTLayoutContainer.group_objects`,
    `LTTextLineHorizontal.add`): two consecutive characters are on one line when they overlap vertically by
    more than `LINE_OVERLAP` of the lower one's height and are less than `CHAR_MARGIN` widths apart; a space
    goes where the gap from the previous character is over `WORD_MARGIN` of the character's size; a line
    with no width or height is dropped. A line is split into cells where the gap is `CELL_GAP` or more, or
    where one of `rules` (`vertical_rules`) runs between two characters.

    A space glyph the next character starts on (no advance: `ZERO_ADVANCE`) is not a word gap: a browser
    prints an unbroken soft hyphen as an invisible glyph that the font's character map calls a space
    ("Gove rnment" would be "Government"); it is dropped. Runs of spaces are one space unless `keep_spaces`
    (`markup_runs`).
    """
    rules = rules or []
    xs = [x for x, _, _ in rules]
    segments: list[Segment] = []
    parts: list[list] = []  # the current line's cells: [x0, x1, chars, rule]
    line: list[tuple[str, bool | None]] = []
    y_min = y_max = x_min = x_max = 0.0
    px0 = py0 = px1 = py1 = pw = ph = float("nan")  # the previous character's box and size (none yet)
    ptext = ""  # ... and its text
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
            if ptext == " " and abs(x0 - px0) <= ZERO_ADVANCE * pw:
                line.pop()  # the glyph before was a space that did not advance: not a word gap
            elif px1 < x0 - WORD_MARGIN * (w if w > h else h):
                line.append((" ", None))
            rule = rule_between(rules, xs, px1, x0, (y0 + y1) / 2) if xs and x0 - px1 > RULE_GAP else None
            if rule is not None or x0 - px1 >= CELL_GAP:
                parts[-1][1] = px1
                line = []
                parts.append([x0, 0.0, line, rule])
            y_min, y_max = (y0 if y0 < y_min else y_min), (y1 if y1 > y_max else y_max)
            x_min, x_max = (x0 if x0 < x_min else x_min), (x1 if x1 > x_max else x_max)
        else:
            if parts:
                parts[-1][1] = px1
                _close_line(parts, y_min, y_max, x_max > x_min, segments, keep_spaces)
            line = []
            parts = [[x0, 0.0, line, None]]
            y_min, y_max, x_min, x_max = y0, y1, x0, x1
        line.append((text, bold))
        px0, py0, px1, py1, pw, ph, ptext = x0, y0, x1, y1, w, h, text
    if parts:
        parts[-1][1] = px1
        _close_line(parts, y_min, y_max, x_max > x_min, segments, keep_spaces)
    return segments


def _close_line(
    parts: list[list], y0: float, y1: float, has_width: bool, out: list[Segment], keep_spaces: bool
) -> None:
    """Append one text line's cells ([x0, x1, characters, rule] each) as segments spanning the line's
    height."""
    if not has_width or y1 <= y0:
        return
    for x0, x1, chars, rule in parts:
        text = markup_runs(chars, keep_spaces)
        if text.strip():
            out.append(Segment(x0, y0, x1, y1, text, rule))


def _close_bold(out: list[str]) -> None:
    """Close a bold run, keeping trailing spaces outside the markup."""
    trailing = ""
    while out and out[-1].isspace():
        trailing = out.pop() + trailing
    out.append("**" + trailing)


def monospaced_pitch(chars: list[Char]) -> float:
    """The advance of a page's characters when nearly all are equally wide (a text file printed in a
    monospaced font: Courier, DejaVu Sans Mono, Liberation Mono), else 0."""
    if len(chars) < MONOSPACED_CHARS:
        return 0.0
    sample = chars[:: len(chars) // MONOSPACED_SAMPLE + 1]  # evenly spread: the page's hot loop is elsewhere
    widths = sorted([x1 - x0 for x0, _, x1, _, _, _ in sample])
    width = widths[len(widths) // 2]
    same = sum(1 for w in widths if abs(w - width) <= MONOSPACED_TOLERANCE * width)
    return width if width > 0 and same >= MONOSPACED_SHARE * len(widths) else 0.0


def page_layout(chars: Iterable[Char], boxes: list[tuple[float, float, float, float]]) -> list[Row]:
    """A page's rows from its characters (`group_chars`) and the boxes of its paths (ruling lines between
    cells, row borders, list markers drawn as shapes); text in columns is read column by column
    (`unfold_columns`). A page set in a monospaced font (`monospaced_pitch`) keeps its runs of spaces, and its
    rows carry its pitch."""
    chars = chars if isinstance(chars, list) else list(chars)
    pitch = monospaced_pitch(chars)
    rules = vertical_rules(boxes)
    segments, boxes = unfold_columns(group_chars(chars, rules, keep_spaces=pitch > 0), boxes)
    rows = page_lines(segments, vertical_rules(boxes), markers(boxes), horizontal_rules(boxes))
    if pitch:
        for row in rows:
            row.pitch = pitch
    return rows


def pages_from_layouts(layouts: list[list[Row]]) -> list[str]:
    """The text of every page of one PDF from its rows (`page_lines` per page), running headers and footers
    dropped, line-end hyphens of compounds kept (`mark_compounds`).

    Raises:
        UnreadableReport: no pages, text that is mostly `(cid:NN)` codes, or no text layer.
    """
    running = running_rows(layouts)
    kept = [[row for r, row in enumerate(rows) if (p, r) not in running] for p, rows in enumerate(layouts)]
    pages = unmark(page_texts(mark_compounds(kept)))
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
