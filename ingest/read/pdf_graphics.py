"""Graphics of a page that shape its text: ruling lines (a table's cell and row borders) and list markers
drawn as shapes (a browser's CSS discs and squares), from the boxes of the page's paths in either engine."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

RULE_WIDTH = 3.0  # points: a path box at most this wide (and taller than wide) is a vertical ruling line
RULE_HEIGHT = 5.0  # points: ... and at least this tall
MARKER_SIZE = (1.5, 8.0)  # points: a list marker's box is about square, its sides within these
MARKER_REACH = 24.0  # points: how far left of its item's text a marker may sit
Rule = tuple[float, float, float]  # a vertical ruling line: x, y0, y1
Box = tuple[float, float, float, float]  # x0, y0, x1, y1


def vertical_rules(boxes: Iterable[tuple[float, float, float, float]]) -> list[Rule]:
    """The vertical ruling lines among a page's graphics boxes (x0, y0, x1, y1 of each path, either engine):
    thin and taller than wide (a table's cell border drawn as a line or a filled rectangle), as (x of the
    centre, y0, y1) sorted by x. The centre, not the edges: one engine's box of a stroked line includes half
    the line's width, the other's does not."""
    rules = [
        ((x0 + x1) / 2, y0, y1)
        for x0, y0, x1, y1 in boxes
        if x1 - x0 <= RULE_WIDTH and y1 - y0 >= RULE_HEIGHT and y1 - y0 > 3 * (x1 - x0)
    ]
    return sorted(rules)


def horizontal_rules(boxes: Iterable[Box]) -> list[Rule]:
    """The horizontal ruling lines among a page's graphics boxes (a table's row borders): thin and wider than
    tall, as (y of the centre, x0, x1) sorted by y."""
    rules = [
        ((y0 + y1) / 2, x0, x1)
        for x0, y0, x1, y1 in boxes
        if y1 - y0 <= RULE_WIDTH and x1 - x0 >= RULE_HEIGHT and x1 - x0 > 3 * (y1 - y0)
    ]
    return sorted(rules)


def rule_between(rules: list[Rule], xs: list[float], left: float, right: float, y: float) -> float | None:
    """The x of a vertical rule running between x = `left` and `right` at height `y` (`xs`: the rules' x),
    or None."""
    i = bisect_right(xs, left)
    while i < len(xs) and xs[i] < right:
        if rules[i][1] <= y <= rules[i][2]:
            return xs[i]
        i += 1
    return None


def markers(boxes: Iterable[Box]) -> list[Box]:
    """The boxes that may be list markers drawn as shapes: small and about square, sorted by x0."""
    low, high = MARKER_SIZE
    return sorted(
        (x0, y0, x1, y1)
        for x0, y0, x1, y1 in boxes
        if low <= x1 - x0 <= high and low <= y1 - y0 <= high and abs((x1 - x0) - (y1 - y0)) < 1.5
    )


def has_marker(boxes: list[Box], x: float, y0: float, y1: float) -> bool:
    """Whether a marker box sits left of x (within `MARKER_REACH`), its centre between heights y0 and y1."""
    for bx0, by0, bx1, by1 in boxes:
        if bx0 > x:
            break
        if x - MARKER_REACH <= bx0 and bx1 < x and y0 <= (by0 + by1) / 2 <= y1:
            return True
    return False
