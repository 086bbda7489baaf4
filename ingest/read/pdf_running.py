"""Running headers and footers of a PDF's pages: what repeats at the top or bottom of most pages (digits
aside), and what browsers and office suites print in the margin (page numbers, dates, addresses), except
the lines of the body that only look so (a long table's rows, a number wrapped in a table's cell).
"""

from __future__ import annotations

import re
from collections import defaultdict

from ingest.read.pdf_rows import Row

PAGE_NUMBER = re.compile(r"^\s*(?:page\s*)?[0-9]{1,4}(?:\s*(?:of|/)\s*[0-9]{1,4})?\s*$", re.IGNORECASE)
# what a browser or office suite prints in a page's margin: a date, a time, a file or web address
MARGIN_STAMP = re.compile(
    r"^\s*(?:[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4}(?:,?\s+[0-9]{1,2}:[0-9]{2}(?:\s*[AP]M)?)?"
    r"|(?:file|ﬁle|https?)://\S+|[0-9]{1,2}:[0-9]{2}(?:\s*[AP]M)?)\s*$",
    re.IGNORECASE,
)
EDGE_ROWS = 3  # how many rows at the top and at the bottom of a page may be running headers or footers
SAME_PLACE = 4.0  # points: a running line sits at the same height on every page


def _key(text: str) -> str:
    """A row's text with digits and markup blind, to match headers and footers that vary by page."""
    return re.sub(r"[0-9]+", "#", text.replace("**", "").strip().lower())


def running_rows(pages: list[list[Row]]) -> set[tuple[int, int]]:
    """The (page, row) indexes of running headers and footers.

    A row near the top or bottom of its page is running when the same digit-blind text sits at the same
    height on at least half the pages (two at least), or when it is only page numbers, dates, times and
    addresses (what browsers and office suites print in the margin); not when it is a line of one table with
    the body's rows next to it (`_set_apart`), nor a lone number within a line of the body (a wrapped cell).
    """
    places: dict[str, list[float]] = defaultdict(list)
    edges = []
    for p, rows in enumerate(pages):
        ends = set(range(min(EDGE_ROWS, len(rows)))) | set(range(max(len(rows) - EDGE_ROWS, 0), len(rows)))
        for r in sorted(ends):
            key = _key("\t".join(cell.text for cell in rows[r].cells))
            edges.append((p, r, key))
            places[key].append(rows[r].top)
    needed = max(2, 0.5 * len(pages))
    running = set()
    for p, r, key in edges:
        row = pages[p][r]
        repeated = sum(abs(top - row.top) <= SAME_PLACE for top in places[key]) >= needed
        if repeated or _is_margin_stamp(pages[p], r):
            running.add((p, r))
    return {
        (p, r) for p, rows in enumerate(pages) for r in _set_apart(rows, {r for q, r in running if q == p})
    }


def _set_apart(rows: list[Row], running: set[int]) -> set[int]:
    """The running rows of a page less those that run into the body: the innermost running row at the top
    (and at the bottom) is the body's when it is a row of one table with the next row in (a long table's
    rows differ only by their numbers and sit at the same height on every page)."""
    running = set(running)
    for side, step in (
        (range(min(EDGE_ROWS, len(rows))), 1),
        (range(len(rows) - 1, len(rows) - 1 - EDGE_ROWS, -1), -1),
    ):
        for r in reversed([r for r in side if r >= 0 and r in running]):
            inner = r + step
            if not 0 <= inner < len(rows) or inner in running or not _one_table(rows, r, step):
                break
            running.discard(r)
    return running


def _one_table(rows: list[Row], r: int, step: int) -> bool:
    """Whether row `r` is a line of one table with one of the next rows in (towards `step`), each within a
    line of the one before: a row of two cells or more, and the cells of `r` start where its cells do."""
    inner = r
    while 0 <= inner + step < len(rows) and abs(inner + step - r) <= EDGE_ROWS:
        if _apart(rows[inner], rows[inner + step]):
            return False
        inner += step
        starts = [cell.x0 for cell in rows[inner].cells]
        if len(starts) >= 2 and all(
            any(abs(cell.x0 - x) <= SAME_PLACE for x in starts) for cell in rows[r].cells
        ):
            return True
    return False


def _apart(row: Row, other: Row) -> bool:
    """Whether two rows are more than a row's height of white space apart."""
    return abs(row.top - other.top) - min(row.size, other.size) > row.size


def _is_margin_stamp(rows: list[Row], r: int) -> bool:
    """Whether a row is only page numbers, dates and addresses (the outermost row, or one set apart from the
    body: a number within a line of a table's row is a wrapped cell's), or is the first or last row of the
    page, set apart from the next by more than its height, with a date or address in it (a browser's
    header)."""
    cells = [cell.text.replace("**", "") for cell in rows[r].cells]
    if all(PAGE_NUMBER.match(c) or MARGIN_STAMP.match(c) for c in cells):
        return r in (0, len(rows) - 1) or _apart(rows[r], rows[r + 1] if r < EDGE_ROWS else rows[r - 1])
    if not any(MARGIN_STAMP.match(c) for c in cells) or 0 < r < len(rows) - 1 or len(rows) < 2:
        return False
    return _apart(rows[r], rows[1] if r == 0 else rows[r - 1])
