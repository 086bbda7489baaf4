"""Text segments of a page -> rows (segments on one baseline), and table rows -> tab-separated cells."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from ingest.read.pdf_graphics import Box, Rule, has_marker, rule_between

# an item number its text follows without a space (the number ends at the tab stop the text starts at)
ITEM_NUMBER_JOINED = re.compile(r"^(\*\*\(?[0-9]{1,2}[.)]\*\*|\(?[0-9]{1,2}[.)])(?=(?:\*\*)?[A-Z])")
CELL_GAP = 12.0  # points of white space that separate two table cells on one row
# a cell holding only a list marker: a bullet glyph, or an item number such as "3.", "(b)" or "iv)"
MARKER = re.compile(
    r"^(?:\*\*)?(?:[•▪■◦●○‣⁃∙·►➢✓\uf0a7\uf0b7\uf0d8\uf076o\-–—]|\(cid:[0-9]+\)"
    r"|\(?(?:[0-9]{1,2}|[a-z]|[ivx]{1,4})[.)])(?:\*\*)?$"
)


@dataclass
class Segment:
    """One run of text on one line, as an engine placed it on the page."""

    x0: float
    y0: float
    x1: float
    y1: float
    text: str
    rule: float | None = None  # x of a ruling line (a cell border) between it and the segment before it


@dataclass
class Row:
    """The segments of a page that share a baseline, left to right."""

    cells: list[Segment]
    x0: float
    x1: float
    top: float
    size: float  # the tallest segment's height (the font size)
    above: list[tuple[float, float]] = field(
        default_factory=list
    )  # x0, x1 of rules between it and the row above
    pitch: float = 0.0  # every character's advance when the page is set in a monospaced font, else 0


def _row(cells: list[Segment]) -> Row:
    if len(cells) >= 2 and cells[1].rule is None and MARKER.match(cells[0].text.strip()):
        marker, first = cells[0], cells[1]  # a list marker set apart from its item's text by a tab stop
        merged = Segment(marker.x0, min(marker.y0, first.y0), first.x1, max(marker.y1, first.y1), "")
        merged.text = marker.text.strip() + " " + first.text.strip()
        cells = [merged, *cells[2:]]
    return Row(
        cells,
        cells[0].x0,
        max(c.x1 for c in cells),
        max(c.y1 for c in cells),
        max(c.y1 - c.y0 for c in cells),
    )


def _mark_rules(cells: list[Segment], rules: list[Rule], xs: list[float]) -> list[Segment]:
    """Cells of one row with the ruling line between each and the cell before it noted (`Segment.rule`)."""
    for left, right in zip(cells, cells[1:], strict=False):
        if right.rule is None:
            right.rule = rule_between(rules, xs, left.x1, right.x0, (right.y0 + right.y1) / 2)
    return cells


def _mark_item(cells: list[Segment], markers: list[Box]) -> list[Segment]:
    """A row's cells with a list marker drawn as a graphic just before the first put in as a bullet glyph."""
    first = cells[0]
    if markers and has_marker(markers, first.x0, first.y0, first.y1):
        cells[0] = Segment(first.x0, first.y0, first.x1, first.y1, "• " + first.text.lstrip(), first.rule)
    return cells


def page_lines(
    segments: list[Segment],
    rules: list[Rule] | None = None,
    markers: list[Box] | None = None,
    across: list[Rule] | None = None,
) -> list[Row]:
    """Group segments whose vertical centres are close into rows, top of the page first (with the vertical
    `rules` between a row's cells noted on them, list `markers` drawn as graphics as bullet glyphs, and the
    horizontal rules (`across`: y, x0, x1, sorted by y) between a row and the row above on the row)."""
    ordered = sorted(segments, key=lambda s: (-(s.y0 + s.y1) / 2, s.x0))
    groups: list[list[Segment]] = []
    for seg in ordered:
        centre = (seg.y0 + seg.y1) / 2
        height = max(seg.y1 - seg.y0, 1.0)
        if groups:
            last = groups[-1][0]
            if abs((last.y0 + last.y1) / 2 - centre) <= 0.4 * height:
                groups[-1].append(seg)
                continue
        groups.append([seg])
    xs = [x for x, _, _ in rules or []]
    rows = [_mark_rules(sorted(group, key=lambda s: s.x0), rules or [], xs) for group in groups]
    out = [_row(_mark_item(cells, markers or [])) for cells in rows]
    if across:
        _mark_across(out, across)
    return out


def _mark_across(rows: list[Row], across: list[Rule]) -> None:
    """Note on each row the horizontal rules between its middle and the middle of the row above."""
    ys = [y for y, _, _ in across]
    for upper, row in zip(rows, rows[1:], strict=False):
        low, high = row.top - row.size / 2, upper.top - upper.size / 2
        row.above = [(x0, x1) for _, x0, x1 in across[bisect_left(ys, low) : bisect_left(ys, high)]]


def row_text(row: Row) -> str:
    """A row's text: its segments left to right, a tab between two set apart as cells (a wide gap or a ruling
    line between them), a space between the others."""
    parts = [ITEM_NUMBER_JOINED.sub(r"\1 ", row.cells[0].text.strip(), count=1)]
    for prev, seg in zip(row.cells, row.cells[1:], strict=False):
        parts.append("\t" if seg.rule is not None or seg.x0 - prev.x1 >= CELL_GAP else " ")
        parts.append(seg.text.strip())
    return "".join(parts)
