"""A table's columns from its cells' geometry or its ruling lines: where each column starts and how far its
text may run (engine-independent, on the rows of `ingest.read.pdf_rows.page_lines`)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from ingest.read.pdf_rows import CELL_GAP, Row, Segment

SAME_X = 4.0  # points: cells starting this close start one column
FLUSH = 0.5  # points: lines of a column ending this close to its right edge are set flush with it
JUSTIFIED = 3  # lines of a column flush with its right edge that make it a column of justified text


@dataclass
class Columns:
    """A table's columns: where each starts (or the ruling lines between them) and how far its text may run."""

    starts: list[float]
    ruled: list[float] | None
    limits: list[float]
    justified: dict[int, float] = field(default_factory=dict)  # column -> the right edge its lines are set to

    def of(self, seg: Segment) -> int:
        """The column a segment is in."""
        if self.ruled is not None:
            return bisect_right(self.ruled, seg.x0)
        return max(0, bisect_right(self.starts, seg.x0 + SAME_X) - 1)


def is_table_row(row: Row) -> bool:
    """Whether a row has cells apart (a wide gap or a ruling line between two of its segments)."""
    return any(_apart(a, b) for a, b in zip(row.cells, row.cells[1:], strict=False))


def _apart(left: Segment, right: Segment) -> bool:
    """Whether two segments of a row are separate cells: a wide gap or a ruling line between them."""
    return right.rule is not None or right.x0 - left.x1 >= CELL_GAP


def _column_starts(rows: list[Row]) -> list[float]:
    """Left edges of a table's columns: where its cells start (merged within `SAME_X`), except a start that
    cells run across and not many more start at (a gap inside a justified or spaced-out cell, not a column;
    a header cell spanning two columns runs across the start of the second, which many cells start at)."""
    segments = [seg for row in rows for seg in row.cells]
    starts: list[float] = []
    for x in sorted(seg.x0 for seg in segments):
        if not starts or x - starts[-1] > SAME_X:
            starts.append(x)
    kept = starts[:1]
    for x in starts[1:]:
        at = sum(abs(seg.x0 - x) <= SAME_X for seg in segments)
        across = sum(seg.x0 < x - SAME_X and seg.x1 > x + SAME_X for seg in segments)
        if across == 0 or at > 2 * across:
            kept.append(x)
    return kept


def _ruled_starts(rows: list[Row]) -> list[float] | None:
    """A ruled table's column boundaries: the x of every ruling line between its cells (merged within 4
    points), when each of its rows has its cells apart by ruling lines only; else None."""
    ruled = all(seg.rule is not None for row in rows for seg in row.cells[1:])
    xs = sorted(seg.rule for row in rows for seg in row.cells[1:] if seg.rule is not None)
    if not ruled or not xs:
        return None
    bounds = [xs[0]]
    bounds.extend(x for prev, x in zip(xs, xs[1:], strict=False) if x - prev > SAME_X)
    return bounds


def table_columns(rows: list[Row], lines: list[Row] | None = None) -> Columns:
    """The columns of a table's rows (those with cells apart), and the right limit of each column's text: the
    next column's ruling line less the cells' padding (how far the text starts right of a rule), or the next
    column's start (from all its `lines`, wrapped cells' too); the table's right edge for the last."""
    lines = lines or rows
    right = max(seg.x1 for row in lines for seg in row.cells) + 1.0
    ruled = _ruled_starts(rows)
    if ruled is not None:
        pads = [seg.x0 - seg.rule for row in rows for seg in row.cells[1:] if seg.rule is not None]
        pad = min(max(min(pads, default=0.0), 0.0), CELL_GAP)
        columns = Columns([], ruled, [*(x - pad for x in ruled), right])
    else:
        starts = _justified_tails(lines, _column_starts(lines))
        columns = Columns(starts, None, [*starts[1:], right])
    columns.justified = _justified(lines, columns)
    return columns


def _justified(lines: list[Row], columns: Columns) -> dict[int, float]:
    """The columns set in justified text, with the right edge their lines are set to: at least `JUSTIFIED`
    lines end flush with the column's rightmost end (ragged text rarely ends twice at one point)."""
    ends: dict[int, list[float]] = {}
    for row in lines:
        for seg in row.cells:
            ends.setdefault(columns.of(seg), []).append(seg.x1)
    edges = {column: max(xs) for column, xs in ends.items()}
    return {c: edge for c, edge in edges.items() if sum(x >= edge - FLUSH for x in ends[c]) >= JUSTIFIED}


def _justified_tails(rows: list[Row], starts: list[float]) -> list[float]:
    """Column starts without those whose every cell ends closer to the next column than a cell gap: the last
    word of a justified line of the column before, pushed to its right edge."""
    segments = [seg for row in rows for seg in row.cells]
    kept = starts[:1]
    for start, following in zip(starts[1:], starts[2:], strict=False):
        inside = [seg for seg in segments if start - SAME_X <= seg.x0 < following - SAME_X]
        if not all(following - CELL_GAP < seg.x1 <= following for seg in inside):
            kept.append(start)
    return [*kept, *starts[-1:]] if len(starts) > 1 else kept
