"""Text set in columns -> one column: a newsletter's or committee report's two-column bands read column by
column, full-width headings and tables above and below them left in place (engine-independent: it works on
the text segments `ingest.read.pdf_layout.group_chars` makes, and on the boxes of the page's paths).

A band of rows is in columns when a vertical strip of white space (the gutter) runs down the middle of the
text between rows of text that fill the column on either side, with no ruling line across or along the
gutter (that is a table). The band's right column is moved under its left column, and the band is scaled
vertically to its old height, so the rows of the page keep their order and every line keeps its size
relative to its neighbours (what paragraph assembly in `ingest.read.pdf_page` judges breaks by).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ingest.read.pdf_gutter import MARKER_WIDTH, MIN_LINES, bands, gutter, rows_of, starts_with_marker
from ingest.read.pdf_rows import Segment

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
FILL = 0.2  # a column's line is full when it ends within this share of the column's width of its right edge
FULL_SHARE = 0.5  # ... and at least this share of a column's lines are full
SPLIT_SHARE = 0.3  # at most this share of a column's rows have more than one segment (cells of a table)
WIDTH_RATIO = 0.6  # the narrower column is at least this share of the wider one
FULL_CHARS = 3  # a column's line is full when it ends within this many characters of the column's edge


@dataclass
class Move:
    """How one column band is rearranged: points in the band's right column move by `dx` then `dy`, then
    every point of the band is scaled vertically towards its top by `scale`."""

    top: float
    bottom: float
    gutter: float  # x of the gutter's middle: what lies right of it is the right column
    edges: tuple[float, float]  # the right edges of the left and the right column
    dx: float
    dy: float
    scale: float

    def y(self, y: float, right: bool) -> float:
        """Where a height in the band goes."""
        return self.top - (self.top - (y + self.dy if right else y)) * self.scale

    def holds(self, y0: float, y1: float) -> bool:
        """Whether a box of the page (by its heights) is in the band."""
        return self.bottom - 1 <= (y0 + y1) / 2 <= self.top + 1


def _full_share(lines: list[list[Segment]]) -> float:
    """The share of one side's rows that end near its right edge, or 0 when it is not a column of text: fewer
    than `MIN_LINES` rows, or more than `SPLIT_SHARE` of them cells of a table (runs of text apart that do not
    fill the line; a list marker is no cell)."""
    lines = [line for line in lines if line]
    if len(lines) < MIN_LINES:
        return 0.0
    left, right = min(s.x0 for line in lines for s in line), max(s.x1 for line in lines for s in line)
    full = [line[-1].x1 >= right - FILL * (right - left) for line in lines]
    cells = [sum(s.x1 - s.x0 > MARKER_WIDTH for s in line) for line in lines]
    split = sum(
        n > 1 and not (is_full and line[-1].x1 >= right - 2)
        for n, is_full, line in zip(cells, full, lines, strict=True)
    )
    return sum(full) / len(lines) if split <= SPLIT_SHARE * len(lines) else 0.0


def _columns_of_text(lefts: list[list[Segment]], rights: list[list[Segment]]) -> bool:
    """Whether both sides of a band are columns of text: most of their lines, and a good part of each side's,
    fill the column (a table's label column does not)."""
    left, right = _full_share(lefts), _full_share(rights)
    n_left, n_right = sum(1 for r in lefts if r), sum(1 for r in rights if r)
    both = (left * n_left + right * n_right) / max(n_left + n_right, 1)
    return min(left, right) >= FULL_SHARE / 2 and both >= FULL_SHARE


def _ruled(band: list[list[Segment]], strip: tuple[float, float], boxes: list[Box]) -> bool:
    """Whether a graphic crosses or runs along the gutter within the band (a table's borders), or a ruling
    line splits a row's cells."""
    top, bottom = max(s.y1 for s in band[0]), min(s.y0 for s in band[-1])
    if any(s.rule is not None for row in band for s in row):
        return True
    return any(x0 < strip[1] and x1 > strip[0] and y0 < top and y1 > bottom for x0, y0, x1, y1 in boxes)


def _move(band: list[list[Segment]], strip: tuple[float, float], boxes: list[Box]) -> Move | None:
    """How to unfold a band whose two sides are columns of text, or None when it is not in columns."""
    middle = (strip[0] + strip[1]) / 2
    lefts = [[s for s in row if s.x1 <= middle] for row in band]
    rights = [[s for s in row if s.x0 >= middle] for row in band]
    if not _columns_of_text(lefts, rights) or _ruled(band, strip, boxes):
        return None
    lefts, rights = [r for r in lefts if r], [r for r in rights if r]
    left_x0, left_x1 = min(r[0].x0 for r in lefts), max(r[-1].x1 for r in lefts)
    right_x0, right_x1 = min(r[0].x0 for r in rights), max(r[-1].x1 for r in rights)
    narrow, wide = sorted((left_x1 - left_x0, right_x1 - right_x0))
    if narrow < WIDTH_RATIO * wide:
        return None
    tops = [max(s.y1 for s in r) for r in lefts]
    pitches = sorted(a - b for a, b in zip(tops, tops[1:], strict=False) if a > b)
    pitch = pitches[len(pitches) // 2] if pitches else 1.2 * (lefts[-1][0].y1 - lefts[-1][0].y0)
    last_full = lefts[-1][-1].x1 >= left_x1 - FILL * (left_x1 - left_x0) / 2
    first_top = tops[-1] - (pitch if last_full else 2 * pitch)  # run on, or a paragraph break
    dy = first_top - max(s.y1 for s in rights[0])
    top = max(s.y1 for row in band for s in row)
    bottom = min(s.y0 for row in band for s in row)
    low = min(s.y0 for s in rights[-1]) + dy
    scale = (top - bottom) / max(top - low, 1e-6)
    return Move(top, bottom, middle, (left_x1, right_x1), left_x0 - right_x0, dy, scale)


def _justified(side: list[Segment], edge: float) -> list[Segment]:
    """One column's segments on a row as one segment when they reach the column's right `edge` (a band holds
    no table's rows): the word gaps of a justified line in a narrow column can be wider than a table's cell
    gap, and the engines' boxes of the space glyphs in them differ."""
    if len(side) < 2 or side[-1].x1 < edge - 2 or any(s.rule is not None for s in side):
        return side
    head, side = (side[:1], side[1:]) if starts_with_marker(side) else ([], side)
    if len(side) < 2:
        return head + side
    text = " ".join(s.text.strip() for s in side)
    joined = replace(
        side[0], x1=side[-1].x1, y0=min(s.y0 for s in side), y1=max(s.y1 for s in side), text=text
    )
    return [*head, joined]


def _unfolded(
    band: list[list[Segment]], strip: tuple[float, float], boxes: list[Box]
) -> list[Segment] | None:
    """The segments of a band in columns, justified lines whole, or None when the band is not in columns."""
    move = _move(band, strip, boxes)
    if move is None:
        return None
    segments = []
    for row in band:
        left, right = [s for s in row if s.x1 <= move.gutter], [s for s in row if s.x0 >= move.gutter]
        segments.extend(_justified(left, move.edges[0]) + _justified(right, move.edges[1]))
    return segments


def unfold_columns(segments: list[Segment], boxes: list[Box]) -> tuple[list[Segment], list[Box]]:
    """A page's segments and path boxes with every band of two text columns read column by column.

    Args:
        segments: the page's text segments (`ingest.read.pdf_layout.group_chars`).
        boxes: the boxes of the page's paths (x0, y0, x1, y1).

    Returns:
        The segments and boxes, those in a column band moved (unchanged when the page has no columns).
    """
    strip = gutter(segments)
    if strip is None:
        return segments, boxes
    page_right = max(s.x1 for s in segments)
    moved: list[Segment] = []
    moves: list[Move] = []
    done: set[int] = set()
    for band in bands(rows_of(segments), strip):
        unfolded = _unfolded(band, strip, boxes)
        if unfolded is not None:
            moves.append(move := _move(band, strip, boxes))
            moved.extend(_moved_segment(s, move, page_right) for s in unfolded)
            done.update(id(s) for row in band for s in row)
    if not moves:
        return segments, boxes
    return [s for s in segments if id(s) not in done] + moved, [_moved_box(b, moves) for b in boxes]


def _moved_segment(seg: Segment, m: Move, page_right: float) -> Segment:
    """A band's segment in its new place; a line that fills its column ends at the page's right edge (what
    paragraph assembly takes for a full line, since it judges lines by the document's widest)."""
    right = seg.x0 >= m.gutter
    dx = m.dx if right else 0.0
    rule = seg.rule + dx if seg.rule is not None else None
    char = (seg.x1 - seg.x0) / max(len(seg.text.replace("**", "")), 1)
    full = seg.x1 >= m.edges[right] - FULL_CHARS * char
    x1 = page_right if full else seg.x1 + dx
    return replace(seg, x0=seg.x0 + dx, x1=x1, y0=m.y(seg.y0, right), y1=m.y(seg.y1, right), rule=rule)


def _moved_box(box: Box, moves: list[Move]) -> Box:
    x0, y0, x1, y1 = box
    for m in moves:
        if m.holds(y0, y1) and (x0 >= m.gutter or x1 <= m.gutter):
            right = x0 >= m.gutter
            dx = m.dx if right else 0.0
            return (x0 + dx, m.y(y0, right), x1 + dx, m.y(y1, right))
    return box
