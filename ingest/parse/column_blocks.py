"""Tables a PDF's text gives column by column: first the rows' names, one a line ("Service" over "Housing" over
"Resources" over "Total"), then each column as a block, its heading over its figures, one a line ("Approved Budget"
over "£000" over "2,930" over "3,517" over "6,447"). Such a table is put back together as rows, its cells a tab apart
under one heading line ("Service<tab>Approved Budget £000<tab>..."), in the place of its blocks, so that the table
readers find each figure with its row's name and its column's heading.

The rebuilt table is never longer than its blocks (the same words, one separator between two of them, fewer blank
lines); it is padded with line breaks to their length, so every character after it keeps its offset. A figure's
place in the rebuilt table is mapped back to its place in the document's own text (`moved_offsets`).
"""

from __future__ import annotations

import re

import polars as pl

from ingest.parse.engine import collect
from ingest.parse.stacked_cells import CELL_LINE, NAME_LINE, SENTENCE_END, UNIT_LINE
from ingest.parse.table_heads import PAGE_FURNITURE

MIN_ROWS, MAX_ROWS = 3, 60  # rows of such a table
MIN_COLUMNS = 2  # column blocks of as many figures after the names
MAX_HEAD_LINES = 3  # lines of a column's heading over its figures ("Forecast Outturn" over "£000")
# a text worth reading line by line: a run of three figure lines
_CELL = CELL_LINE.replace("^", "").replace("$", "")
CANDIDATE = rf"(?m)(?:^(?:{_CELL})\n){{{MIN_ROWS}}}"
_CELL_RE, _UNIT_RE, _NAME_RE = re.compile(CELL_LINE), re.compile(UNIT_LINE), re.compile(NAME_LINE)
_END_RE, _FURNITURE_RE = re.compile(SENTENCE_END), re.compile(PAGE_FURNITURE)
# a column's heading of words only ("Directorate", "Service area", "Portfolio / Service"): no figure, unit or colon
_HEADING_WORDS_RE = re.compile(r"[A-Za-z][A-Za-z&/,' -]{0,39}")
MOVED = pl.Struct({"text": pl.String, "moved": pl.List(pl.Struct({"new": pl.Int64, "old": pl.Int64}))})


def _kind(line: str) -> str:
    """'cell' (a figure alone), 'unit' ("£000"), 'name' (a short line of words), 'blank' or 'other'."""
    if not line.strip():
        return "blank"
    if _UNIT_RE.search(line):
        return "unit"
    if _CELL_RE.search(line):
        return "cell"
    if (
        _NAME_RE.search(line)
        and re.search(r"[A-Za-z]", line)
        and not _END_RE.search(line)
        and not _FURNITURE_RE.search(line)
    ):
        return "name"
    return "other"


def _apart_heading(lines: list[str], kinds: list[str], above: int) -> int:
    """The rows' names' heading set apart from them by blank lines ("Directorate", a blank line, then the names),
    when line `above` (the line over the names) is blank: a lone line of words without figures, or -1."""
    k = above
    while k >= 0 and kinds[k] == "blank":
        k -= 1
    if k == above or k < 0 or kinds[k] != "name" or (k > 0 and kinds[k - 1] not in ("blank", "other")):
        return -1
    return k if _HEADING_WORDS_RE.fullmatch(lines[k].strip()) else -1


def _table_at(
    lines: list[str], kinds: list[str], start: int
) -> tuple[int, int, list[tuple[int, list[int], list[int]]]] | None:
    """The column-block table whose first column of figures starts at line `start`: (first line, last line, its
    columns as (rows' names' heading line or -1, heading lines, figure lines) with the names as column 0)."""
    if kinds[start - 1] == "cell":
        return None
    rows = 0
    while start + rows < len(kinds) and kinds[start + rows] == "cell":
        rows += 1
    if not MIN_ROWS <= rows <= MAX_ROWS:
        return None
    # the blocks of as many figures that follow, each under its heading lines
    columns = [(start, rows)]
    line = start + rows
    heads: list[list[int]] = []
    while True:
        k = line
        while k < len(kinds) and kinds[k] == "blank":
            k += 1
        head = []
        while k < len(kinds) and kinds[k] in ("name", "unit") and len(head) < MAX_HEAD_LINES:
            head.append(k)
            k += 1
        while k < len(kinds) and kinds[k] == "blank":
            k += 1
        n = 0
        while k + n < len(kinds) and kinds[k + n] == "cell":
            n += 1
        if not head or n != rows:
            break
        heads.append(head)
        columns.append((k, rows))
        line = k + rows
    if len(columns) < MIN_COLUMNS:
        return None
    # the first column's heading: as many name or unit lines right above its figures as the next column's has
    first_head = list(range(start - len(heads[0]), start))
    if first_head[0] < 0 or any(kinds[k] not in ("name", "unit") for k in first_head):
        return None
    # ... and above it, past blank lines, the rows' names, one a line, perhaps under their column's heading
    k = first_head[0] - 1
    while k >= 0 and kinds[k] == "blank":
        k -= 1
    names = []
    while k >= 0 and kinds[k] == "name" and len(names) < rows + 1:
        names.insert(0, k)
        k -= 1
    if len(names) < rows:
        return None
    names_head = names[0] if len(names) == rows + 1 else -1
    if names_head < 0:
        names_head = _apart_heading(lines, kinds, k)
    names = names[-rows:]
    blocks = [(names_head, [], names), (-1, first_head, list(range(start, start + rows)))]
    blocks += [
        (-1, head, list(range(first, first + rows)))
        for head, (first, _) in zip(heads, columns[1:], strict=True)
    ]
    return (names_head if names_head >= 0 else names[0], line - 1, blocks)


def _rows(lines: list[str], offsets: list[int], blocks: list, start: int) -> tuple[str, list[dict]]:
    """The rebuilt table starting at character `start` (its heading line, then its rows), and where its figures
    moved from."""
    heading = "\t".join(
        [lines[blocks[0][0]].strip() if blocks[0][0] >= 0 else ""]
        + [" ".join(lines[k].strip() for k in head) for _, head, _ in blocks[1:]]
    )
    rows, moved, position = [heading], [], start + len(heading) + 1
    for row in range(len(blocks[0][2])):
        cells = []
        for column, (_, _, figures) in enumerate(blocks):
            line = lines[figures[row]]
            if column:
                moved.append({"new": position, "old": offsets[figures[row]] + len(line) - len(line.lstrip())})
            cells.append(line.strip())
            position += len(cells[-1]) + 1
        rows.append("\t".join(cells))
    return "\n".join(rows), moved


def _rebuild(text: str) -> dict:
    """`text` with its column-block tables rebuilt as rows (see the module's docstring), and the figures moved."""
    lines = text.split("\n")
    kinds = [_kind(line) for line in lines]
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    pieces, moved, copied, line_no = [], [], 0, 1
    while line_no < len(lines):
        table = _table_at(lines, kinds, line_no) if kinds[line_no] == "cell" else None
        if table is None or offsets[table[0]] < copied:
            line_no += 1
            continue
        first, last, blocks = table
        start, span = offsets[first], offsets[last + 1] - 1 - offsets[first]
        rebuilt, table_moved = _rows(lines, offsets, blocks, start)
        if len(rebuilt) > span:
            line_no += 1
            continue
        pieces += [text[copied:start], rebuilt + "\n" * (span - len(rebuilt))]
        moved += table_moved
        copied, line_no = start + span, last + 1
    pieces.append(text[copied:])
    return {"text": "".join(pieces), "moved": moved}


def rebuild_column_blocks(docs: pl.LazyFrame) -> tuple[pl.LazyFrame, pl.LazyFrame]:
    """`docs` with each text's column-block tables rebuilt as rows (a text without one is unchanged), and the
    figures that moved: document_id, new_offset (in the rebuilt text), old_offset (in the document's text).

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.
    """
    # only the texts with a run of figure lines are read line by line, then joined back to the rest; read here,
    # in the calling thread, not in a Python function called from Polars' threads (`map_elements`), which would
    # need the interpreter lock that a parser building its query in another thread holds (polars #26821)
    candidates = collect(docs.filter(pl.col("text").str.contains(CANDIDATE)).select("document_id", "text"))
    read = pl.DataFrame(
        {"document_id": candidates["document_id"], "_rebuilt": [_rebuild(t) for t in candidates["text"]]},
        schema={"document_id": pl.String, "_rebuilt": MOVED},
    )
    rebuilt = docs.join(read.lazy(), on="document_id", how="left", maintain_order="left")
    moved = (
        rebuilt.select("document_id", moved=pl.col("_rebuilt").struct.field("moved"))
        .explode("moved")
        .drop_nulls("moved")
        .select(
            "document_id",
            new_offset=pl.col("moved").struct.field("new"),
            old_offset=pl.col("moved").struct.field("old"),
        )
    )
    texts = rebuilt.with_columns(text=pl.coalesce(pl.col("_rebuilt").struct.field("text"), "text")).drop(
        "_rebuilt"
    )
    return texts, moved
