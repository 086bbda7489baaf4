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

from ingest.read.pdf_rows import Segment

Box = tuple[float, float, float, float]  # x0, y0, x1, y1
MIDDLE = (0.25, 0.75)  # the share of the text's width a gutter may lie in
MIN_GUTTER = 8.0  # points: the narrowest gutter
MARKER_WIDTH = 15.0  # points: a segment this narrow may be a list marker (a row of three wider is a table's)
CROSS_TOLERANCE = 3.0  # points: a row runs across the gutter when it reaches this far into it
STRIP_SHARE = 0.6  # the gutter is where at least this share of the most rows split at one point split
MIN_WIDTH = 200.0  # points: text narrower than this is not set in columns
MIN_LINES = 3  # rows of text each column of a band has at least
FILL = 0.2  # a column's line is full when it ends within this share of the column's width of its right edge
FULL_SHARE = 0.5  # ... and at least this share of a column's lines are full
SPLIT_SHARE = 0.3  # at most this share of a column's rows have more than one segment (cells of a table)
WIDTH_RATIO = 0.6  # the narrower column is at least this share of the wider one
JUSTIFIED_GAP = 0.3  # the widest word gap of a justified line in a column, as a share of the line's width
EDGE_GAP = 1.5  # ... and a row on one side at a band's top or bottom this many heights away is not in it
FULL_CHARS = 3  # a column's line is full when it ends within this many characters of the column's edge
BAND_GAP = 2.5  # rows further apart than this many line heights are not in one band (a header, a footer)


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


def _rows(segments: list[Segment]) -> list[list[Segment]]:
    """Segments grouped into rows by their vertical centres (as `ingest.read.pdf_rows.page_lines` does), top
    first, each row left to right."""
    ordered = sorted(segments, key=lambda s: (-(s.y0 + s.y1) / 2, s.x0))
    rows: list[list[Segment]] = []
    for seg in ordered:
        if rows:
            first = rows[-1][0]
            if abs((first.y0 + first.y1 - seg.y0 - seg.y1) / 2) <= 0.4 * max(seg.y1 - seg.y0, 1.0):
                rows[-1].append(seg)
                continue
        rows.append([seg])
    return [sorted(row, key=lambda s: s.x0) for row in rows]


def gutter(segments: list[Segment]) -> tuple[float, float] | None:
    """The white strip in the middle of the text that splits the most rows into a left and a right part, as
    (left, right), or None when no such strip is `MIN_GUTTER` wide splitting `MIN_LINES` rows (or the text is
    too narrow for columns). Rows that run across it (full-width headings, tables) do not count."""
    if not segments:
        return None
    left, right = min(s.x0 for s in segments), max(s.x1 for s in segments)
    if right - left < MIN_WIDTH:
        return None
    lo, hi = int(left + MIDDLE[0] * (right - left)), int(left + MIDDLE[1] * (right - left))
    change = [0] * (hi - lo + 2)
    rows = [
        row for row in _rows(segments) if sum(s.x1 - s.x0 > MARKER_WIDTH for s in row) < 3
    ]  # not a table's
    for row in rows:  # how many rows have a gap at each point from lo to hi (a difference array)
        for a, b in zip(row, row[1:], strict=False):
            start, end = max(int(a.x1) + 1, lo), min(int(b.x0), hi + 1)
            if start < end:
                change[start - lo] += 1
                change[end - lo] -= 1
    split, running = [], 0
    for delta in change[:-1]:
        running += delta
        split.append(running)
    most = max(split)
    if most < MIN_LINES:
        return None
    best, start = (0, 0), None  # the widest run of points that split at least `STRIP_SHARE` of the most
    for i, count in enumerate([*split, -1]):
        if count >= STRIP_SHARE * most and start is None:
            start = i
        elif count < STRIP_SHARE * most and start is not None:
            best, start = max(best, (i - start, start), key=lambda run: run[0]), None
    middle = lo + best[1] + best[0] / 2
    gaps = [(a.x1, b.x0) for row in rows for a, b in zip(row, row[1:], strict=False) if a.x1 < middle < b.x0]
    ends, starts = sorted(g[0] for g in gaps), sorted(g[1] for g in gaps)
    strip = (ends[int(0.95 * (len(ends) - 1))], starts[int(0.05 * (len(starts) - 1))])
    return strip if strip[1] - strip[0] >= MIN_GUTTER else None


def _bands(rows: list[list[Segment]], strip: tuple[float, float]) -> list[list[list[Segment]]]:
    """Runs of rows that no segment of theirs crosses the strip in, split where rows are far apart."""
    bands: list[list[list[Segment]]] = []
    previous: list[Segment] | None = None
    for row in rows:
        if any(s.x0 < strip[1] - CROSS_TOLERANCE and s.x1 > strip[0] + CROSS_TOLERANCE for s in row):
            previous = None
            continue
        height = max(s.y1 - s.y0 for s in row)
        if previous is not None:
            gap = min(s.y0 for s in previous) - max(s.y1 for s in row)
            if gap <= BAND_GAP * max(height, max(s.y1 - s.y0 for s in previous)):
                bands[-1].append(row)
                previous = row
                continue
        bands.append([row])
        previous = row
    return [_trimmed(band, strip) for band in bands]


def _trimmed(band: list[list[Segment]], strip: tuple[float, float]) -> list[list[Segment]]:
    """A band without a first or last row that lies on one side of the gutter only, set apart from the band
    by more than `EDGE_GAP` of its height: a running header or footer beside the columns."""

    def apart(row: list[Segment], other: list[Segment]) -> bool:
        one_side = all(s.x1 <= strip[0] for s in row) or all(s.x0 >= strip[1] for s in row)
        gap = max(min(s.y0 for s in row), min(s.y0 for s in other)) - min(
            max(s.y1 for s in row), max(s.y1 for s in other)
        )
        return one_side and gap > EDGE_GAP * max(s.y1 - s.y0 for s in row)

    while len(band) > 1 and apart(band[-1], band[-2]):
        band = band[:-1]
    while len(band) > 1 and apart(band[0], band[1]):
        band = band[1:]
    return band


def _column_ok(lines: list[list[Segment]]) -> bool:
    """Whether one side of a band is a column of text: enough rows, most of them one run of text that ends
    near the column's right edge."""
    lines = [line for line in lines if line]
    if len(lines) < MIN_LINES:
        return False
    left, right = min(s.x0 for line in lines for s in line), max(s.x1 for line in lines for s in line)
    full = sum(line[-1].x1 >= right - FILL * (right - left) for line in lines)
    split = sum(len(line) > 1 for line in lines)
    return full >= FULL_SHARE * len(lines) and split <= SPLIT_SHARE * len(lines)


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
    if not (_column_ok(lefts) and _column_ok(rights)) or _ruled(band, strip, boxes):
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
    """One column's segments on a row as one segment when they reach the column's right `edge` with gaps no
    wider than `JUSTIFIED_GAP` of the line: the word gaps of a justified line in a narrow column can be as wide as a
    table's cell gap."""
    if len(side) < 2 or side[-1].x1 < edge - 2 or any(s.rule is not None for s in side):
        return side
    widest = JUSTIFIED_GAP * (edge - side[0].x0)
    if any(b.x0 - a.x1 > widest for a, b in zip(side, side[1:], strict=False)):
        return side
    text = " ".join(s.text.strip() for s in side)
    return [
        replace(side[0], x1=side[-1].x1, y0=min(s.y0 for s in side), y1=max(s.y1 for s in side), text=text)
    ]


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
    for band in _bands(_rows(segments), strip):
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
