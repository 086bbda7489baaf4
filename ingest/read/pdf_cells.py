"""Table rows -> tab-separated cells: the lines of one table row gathered into one (cells wrapped over
several lines, cells centred vertically beside wrapped ones), each cell placed in its column
(`ingest.read.pdf_grid`).

Engine-independent, and only geometry, never words:
- a horizontal rule over a line's cells starts a row; in a table whose rows are ruled apart (a rule above
  most rows), only such a rule does;
- lines closer together than a line height are one row (a one-line cell centred beside a two-line one);
- otherwise a line continues the row above when it lies within a line pitch below it, has cells in some
  columns the row above has text in, and each of those cells starts with a word that would not have fitted
  at the end of that column's text above (the text above wrapped). A line that also has cells in columns
  the row has none in must be the middle line of a wrapped cell: the line below wraps on from it too;
- the table ends before a line of one cell that is no row's (a paragraph after the table).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.read.pdf_grid import SAME_X, Columns, is_table_row, table_columns
from ingest.read.pdf_rows import Row, Segment, row_text

PITCH = 1.6  # line heights: a wrapped cell's next line lies at most this far below the line before
CENTRED = 0.8  # line heights: lines of a table closer than this are one row (cells centred vertically)
SPACE = 0.25  # line heights: the width of a space


@dataclass
class _Group:
    """One table row being gathered from its lines: the text and right end of each column's last line."""

    first: int
    top: float
    size: float
    cells: dict[int, str] = field(default_factory=dict)
    ends: dict[int, float] = field(default_factory=dict)


def _first_word_width(seg: Segment, size: float) -> float:
    """The width of a segment's first word with the space before it, from its letters' average width."""
    text = seg.text.replace("**", "").strip()
    words = text.split()
    if not words:
        return 0.0
    return (seg.x1 - seg.x0) / max(len(text), 1) * len(words[0]) + SPACE * size


def _continues(group: _Group, row: Row, columns: Columns, below: Row | None) -> bool:
    """Whether `row` is the next line of cells wrapped in `group` (see the module's docstring). A line that
    also has cells in columns the group has none in is the middle line of a row whose other cells are
    centred vertically: the line below it must wrap on from it as well."""
    if not _wraps(group.top, group.ends, row, columns):
        return False
    if all(columns.of(seg) in group.ends for seg in row.cells):
        return True
    ends = {columns.of(seg): seg.x1 for seg in row.cells if columns.of(seg) in group.ends}
    return below is not None and _wraps(row.top, ends, below, columns)


def _wraps(top: float, ends: dict[int, float], row: Row, columns: Columns) -> bool:
    """Whether `row` lies within a line pitch below `top` and has a cell in some of the columns whose text
    above ends at `ends`, each of those cells starting with a word that would not have fitted there."""
    if top - row.top > PITCH * row.size:
        return False
    shared = [seg for seg in row.cells if columns.of(seg) in ends]
    return bool(shared) and all(_wrapped(ends[columns.of(seg)], seg, row.size, columns) for seg in shared)


def _wrapped(end: float, seg: Segment, size: float, columns: Columns) -> bool:
    """Whether text of a column ending at `end` wrapped onto `seg`: its first word would not have fitted,
    and, in a column of justified text, the line above is flush with the edge (a short line ends its cell)."""
    column = columns.of(seg)
    if column in columns.justified and end < columns.justified[column] - SPACE * size:
        return False
    return end + _first_word_width(seg, size) > columns.limits[column]


def _inside(row: Row, columns: Columns) -> bool:
    """Whether each of a line's cells ends inside its column (a line running across a column's limit is no
    cell's: a paragraph after the table)."""
    return all(seg.x1 <= columns.limits[columns.of(seg)] + SAME_X for seg in row.cells)


def _ruled_above(row: Row) -> bool:
    """Whether a horizontal rule runs between the row and the row above, over one of its cells."""
    return any(x0 < seg.x1 and seg.x0 < x1 for x0, x1 in row.above for seg in row.cells)


def _join(text: str, more: str) -> str:
    if not text:
        return more
    if text.endswith("**") and more.startswith("**"):
        return text[:-2] + " " + more[2:]  # one bold run wrapped over two lines
    return text + " " + more


def _add(group: _Group, row: Row, columns: Columns) -> None:
    for seg in row.cells:
        column = columns.of(seg)
        group.cells[column] = _join(group.cells.get(column, ""), seg.text.strip())
        group.ends[column] = seg.x1
    group.top, group.size = row.top, max(group.size, row.size)


def _groups(rows: list[Row], columns: Columns, ruled: bool = False) -> list[_Group]:
    """The table's rows gathered from its lines: a line under a horizontal rule starts a row; in a table
    whose rows are `ruled` apart, only such a line does."""
    groups: list[_Group] = []
    for r, row in enumerate(rows):
        last = groups[-1] if groups else None
        if last is None or _ruled_above(row) or not _inside(row, columns):
            joins = False
        else:
            centred = last.top - row.top < CENTRED * max(last.size, row.size)
            below = rows[r + 1] if r + 1 < len(rows) else None
            joins = ruled or centred or _continues(last, row, columns, below)
        if not joins:
            last = _Group(r, row.top, row.size)
            groups.append(last)
        _add(last, row, columns)
    return groups


def _rows_ruled(rows: list[Row], groups: list[_Group]) -> bool:
    """Whether a table's rows are ruled apart: a horizontal rule above most of the rows found by geometry."""
    starts = [g.first for g in groups[1:]]
    return bool(starts) and 2 * sum(_ruled_above(rows[r]) for r in starts) >= len(starts)


def _cells_text(group: _Group) -> str:
    width = max(group.cells) + 1
    return "\t".join(group.cells.get(c, "") for c in range(width))


def _table_span(rows: list[Row], i: int) -> int:
    """The end of the rows that may be the table starting at row `i`: its rows whose cells are apart, one
    after the other, and the lines within a line pitch below one (which may be wrapped cells)."""
    j = i + 1
    while j < len(rows):
        prev, row = rows[j - 1], rows[j]
        near = prev.top - row.top <= PITCH * max(prev.size, row.size)
        if not (near or (is_table_row(row) and is_table_row(prev))):
            break
        j += 1
    return j


def _table_groups(rows: list[Row]) -> tuple[int, list[_Group]]:
    """How many of `rows` (from a table row on) are the table, and its rows gathered from them: the table
    ends before a line with one cell that is not part of a row above (a paragraph after the table)."""
    end = len(rows)
    known = max(r for r, row in enumerate(rows) if is_table_row(row)) + 1  # lines among the table's rows
    for _ in range(3):  # the columns from the lines known to be the table's, then the end from those
        lines = rows[:end]
        columns = table_columns([row for row in lines if is_table_row(row)], rows[: min(known, end)])
        groups = _groups(lines, columns)
        if _rows_ruled(lines, groups):
            groups = _groups(lines, columns, ruled=True)
        cut = _lone_line(lines, groups)
        if cut == end:
            break
        end = cut
    return end, [g for g in groups if g.first < end]


def _lone_line(rows: list[Row], groups: list[_Group]) -> int:
    """The first line after the first row that is a row of its own with one cell (or the number of rows)."""
    ends = [g.first for g in groups[1:]] + [len(rows)]
    lone = (
        g.first
        for g, e in zip(groups, ends, strict=True)
        if e - g.first == 1 and g.first > 0 and not is_table_row(rows[g.first])
    )
    return next(lone, len(rows))


def table_texts(rows: list[Row]) -> list[str]:
    """The text of every row; the rows of a table (two or more rows whose cells are apart) as tab-separated
    cells placed by column, the lines of one table row on the first (the others empty)."""
    texts = [row_text(row) for row in rows]
    i = done = 0
    while i < len(rows):
        if not is_table_row(rows[i]):
            i += 1
            continue
        while i > done and not is_table_row(rows[i - 1]) and _centred(rows[i - 1], rows[i]):
            i -= 1  # a one-line cell centred beside the table's first line of two
        span = rows[i : _table_span(rows, i)]
        end, groups = _table_groups(span)
        if sum(map(is_table_row, span[:end])) >= 2:
            ends = [g.first for g in groups[1:]] + [end]
            for group, stop in zip(groups, ends, strict=True):
                texts[i + group.first] = _cells_text(group).rstrip("\t")
                texts[i + group.first + 1 : i + stop] = [""] * (stop - group.first - 1)
        i = done = i + max(end, 1)
    return texts


def _centred(upper: Row, row: Row) -> bool:
    return upper.top - row.top < CENTRED * max(upper.size, row.size)


def same_row_text(text: str) -> str:
    """A table row's text with markup and the number of tabs between cells blind (to compare rows)."""
    return re.sub(r"\s+", " ", text.replace("**", "")).strip()
