"""Where a page's text may be set in columns: the gutter (a white strip down the middle of the text between
rows of text on either side) and the bands of rows beside it (runs of rows that no line runs across and
that are not a table's), for `ingest.read.pdf_columns` (engine-independent, on text segments)."""

from __future__ import annotations

from ingest.read.pdf_graphics import MARKER_REACH
from ingest.read.pdf_rows import Segment

MIDDLE = (0.25, 0.75)  # the share of the text's width a gutter may lie in
MIN_GUTTER = 8.0  # points: the narrowest gutter
MARKER_WIDTH = 15.0  # points: a segment this narrow may be a list marker (a row of three wider is a table's)
TABLE_ROWS = 3  # rows whose cells start at one x make a table's column
WIDE = 0.6  # a line wider than this share of the text's width is a full-width line
MIN_WIDTH = 200.0  # points: text narrower than this is not set in columns
MIN_LINES = 3  # rows of text each column of a band has at least
EDGE_GAP = 1.5  # a row on one side at a band's top or bottom this many heights away is not in it
BAND_GAP = 2.5  # rows further apart than this many line heights are not in one band (a header, a footer)


def rows_of(segments: list[Segment]) -> list[list[Segment]]:
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
    """The widest vertical strip in the middle of the text that the fewest segments (but a twentieth of them)
    run into, as (left, right), or None when it is narrower than `MIN_GUTTER`, has fewer than `MIN_LINES`
    segments on either side, or the text is too narrow for columns. Lines wider than `WIDE` of the text (full-width ones) and rows of three
    cells or more (a table's) do not count."""
    if not segments:
        return None
    left, right = min(s.x0 for s in segments), max(s.x1 for s in segments)
    if right - left < MIN_WIDTH:
        return None
    lo, hi = int(left + MIDDLE[0] * (right - left)), int(left + MIDDLE[1] * (right - left))
    counted = [
        s
        for row in rows_of(segments)
        if sum(s.x1 - s.x0 > MARKER_WIDTH for s in row) < 3
        for s in row
        if s.x1 - s.x0 < WIDE * (right - left)
    ]
    change = [0] * (hi - lo + 2)
    for s in counted:  # how many segments cover each point from lo to hi (a difference array)
        start, end = max(int(s.x0), lo), min(int(s.x1) + 1, hi + 1)
        if start < end:
            change[start - lo] += 1
            change[end - lo] -= 1
    cover, running = [], 0
    for delta in change[:-1]:
        running += delta
        cover.append(running)
    least = min(cover) + len(counted) // 20  # a few lines may run into it: a heading, a page header
    best, start = (0, 0), None
    for i, count in enumerate([*cover, least + 1]):
        if count <= least and start is None:
            start = i
        elif count > least and start is not None:
            best, start = max(best, (i - start, start), key=lambda run: run[0]), None
    strip = (lo + best[1] - 1.0, lo + best[1] + best[0] + 0.0)
    sides = sum(s.x1 <= strip[0] + 1 for s in counted), sum(s.x0 >= strip[1] - 1 for s in counted)
    return strip if best[0] >= MIN_GUTTER and min(sides) >= MIN_LINES else None


def starts_with_marker(side: list[Segment]) -> bool:
    """Whether a row's segments on one side begin with a list marker: a narrow segment at most
    `MARKER_REACH` left of the next."""
    return (
        len(side) >= 2 and side[0].x1 - side[0].x0 <= MARKER_WIDTH and side[1].x0 - side[0].x1 < MARKER_REACH
    )


def _inner_starts(row: list[Segment], middle: float) -> list[float]:
    """Where the runs of text of a row start that are not the first on their side of the gutter (nor the text
    after a list marker)."""
    starts = []
    for side in ([s for s in row if s.x1 <= middle], [s for s in row if s.x0 >= middle]):
        starts.extend(s.x0 for s in side[2 if starts_with_marker(side) else 1 :])
    return starts


def _table_rows(rows: list[list[Segment]], strip: tuple[float, float], right: float) -> set[int]:
    """The indexes of the rows that are a table's: on one side of the gutter, a run of text that is not the
    side's first starts where such runs of at least `TABLE_ROWS` rows start (a table's column), or the side's
    runs do not reach its edge (a justified line's wide word gaps do neither)."""
    middle = (strip[0] + strip[1]) / 2
    starts = [_inner_starts(row, middle) for row in rows]
    stops: dict[int, int] = {}
    for xs in starts:
        for x in {round(x) for x in xs}:
            for near in (x - 1, x, x + 1):
                stops[near] = stops.get(near, 0) + 1
    table = set()
    for i, (row, xs) in enumerate(zip(rows, starts, strict=True)):
        left_end = max((s.x1 for s in row if s.x1 <= middle), default=strip[0])
        short = any(x < middle for x in xs) and left_end < strip[0] - 2
        short = short or (any(x >= middle for x in xs) and max(s.x1 for s in row) < right - 2)
        if short or any(stops.get(round(x), 0) >= TABLE_ROWS for x in xs):
            table.add(i)
    return table


def bands(rows: list[list[Segment]], strip: tuple[float, float]) -> list[list[list[Segment]]]:
    """Runs of rows none of whose segments runs across the middle of the strip (the gutter), and none a
    table's, split where rows are far apart."""
    middle = (strip[0] + strip[1]) / 2
    table = _table_rows(rows, strip, max(s.x1 for row in rows for s in row))
    out: list[list[list[Segment]]] = []
    previous: list[Segment] | None = None
    for i, row in enumerate(rows):
        if any(s.x0 < middle < s.x1 for s in row) or i in table:
            previous = None
            continue
        height = max(s.y1 - s.y0 for s in row)
        if previous is not None:
            gap = min(s.y0 for s in previous) - max(s.y1 for s in row)
            if gap <= BAND_GAP * max(height, max(s.y1 - s.y0 for s in previous)):
                out[-1].append(row)
                previous = row
                continue
        out.append([row])
        previous = row
    return [_trimmed(band, strip) for band in out]


def _trimmed(band: list[list[Segment]], strip: tuple[float, float]) -> list[list[Segment]]:
    """A band without a first or last row that lies on one side of the gutter only, set apart from the band
    by more than `EDGE_GAP` of its height (a running header or footer beside the columns), and without rows
    on the left only above the right column's top."""

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
    rights = [s for row in band for s in row if s.x0 >= strip[1] - 1]
    top = max((s.y1 for s in rights), default=float("inf"))
    while len(band) > 1 and all(s.x1 <= strip[0] + 1 and s.y0 > top for s in band[0]):
        band = band[1:]  # above the right column's top: read first where it is (a heading, a header's line)
    return band
