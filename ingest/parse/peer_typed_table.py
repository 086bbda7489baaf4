"""A peer team table typed with spaces under a rule row, its long cells wrapped onto the lines under a row:

    Team role         Peer                   Home council and day job
    ----------------  ---------------------  ------------------------------------
    Lead member peer  Cllr Ann Bell          Leader,
                      (Independent)          Fenby District Council
    Peer challenge    Tom Reed               Senior Adviser, LGA
    manager

Each row is read as one line with its cells apart by pipes, each cell's wrapped parts joined in order ("Lead member
peer | Cllr Ann Bell (Independent) | Leader, Fenby District Council"), as a web page's table is read; the lines
that continued it are dropped, and the header row is read the same way (so a person column that is not the first
is found by `peer_columns_table.without_part_cells`).

A table with no rule row whose header row names its columns, one of them the person's ("Name    Role
Organisation"), has its columns where its heads start, as under a rule row.

A line belongs to the table while every piece of its text starts at a column of the rule row. A row starts with
text in the first column and in another; a line with text in fewer continues the row above it, unless a blank
line comes between them. A line that keeps to no column (the next heading's paragraph) ends it; a page's running
header or footer does not (the table runs on to the next page), and is read as a blank line.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.peer_cues import PERSON_HEAD, TYPED_TABLE_HEAD
from ingest.parse.table_heads import PAGE_FURNITURE

# A rule row of dashes (or equals signs) in two or more runs apart by two spaces or more.
RULE = r"^\s*[-=]{3,}(?:\s{2,}[-=]{3,})+\s*$"
# A piece of a typed line: its text (words apart by single spaces) with the spaces before it.
PIECE = r"\s*\S+(?: \S+)*"
DOC = "document_id"


def _starts(line: pl.Expr) -> pl.Expr:
    """The column at which each piece of the line's text starts."""
    return line.str.extract_all(PIECE).list.eval(
        pl.element().str.len_chars().cum_sum() - pl.element().str.strip_chars_start().str.len_chars()
    )


def _same(a: pl.Expr, b: pl.Expr) -> pl.Expr:
    """Whether every start in `a` is one of `b`'s."""
    return (a.list.len() > 0) & (a.list.set_difference(b).list.len() == 0)


def _flagged(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines with their table (`_table`, 0 before any rule row), its columns, and whether each line is a row
    of the table (`_row_start`), continues one (`_part`, with `_row` its row) or is its header (`_header`)."""
    line = pl.col("line")
    # a page's running header or footer inside the table is no line of it and does not end it
    blank = (line.str.strip_chars() == "") | line.str.contains(PAGE_FURNITURE)
    rule = line.str.contains(RULE)
    # (a header row of the team's column heads, with no rule row under it, sets the columns itself)
    head = line.str.contains(TYPED_TABLE_HEAD) & line.str.contains(PERSON_HEAD)
    frame = lines.with_columns(_rule=rule).with_columns(
        _rule=pl.col("_rule") | (head & ~pl.col("_rule").shift(-1).over(DOC).fill_null(False))
    )
    # (the pieces of a line are looked for only in the texts with a table: elsewhere no line is a row of one)
    in_table_text = pl.col("_rule").any().over(DOC)
    frame = frame.with_columns(_starts=_starts(pl.when(in_table_text).then(line)))
    frame = frame.with_columns(
        _table=pl.col("_rule").cast(pl.Int32).cum_sum().over(DOC),
        _next=pl.col("_starts").shift(-1).over(DOC),
        _next_rule=pl.col("_rule").shift(-1).over(DOC).fill_null(False),
    )
    columns = pl.when(pl.col("_table") > 0).then(pl.col("_starts").first().over(DOC, "_table"))
    frame = frame.with_columns(_columns=columns)
    starts, cols = pl.col("_starts"), pl.col("_columns")
    aligned = _same(starts, cols) & ~pl.col("_rule")
    row_start = aligned & (starts.list.first() == cols.list.first()) & (starts.list.len() >= 2)
    frame = frame.with_columns(
        _row_start=row_start.fill_null(False),
        _aligned=aligned.fill_null(False),
        _after_blank=blank.shift(1).over(DOC).fill_null(False),
        _blank=blank,
    ).with_columns(_row=pl.col("_row_start").cast(pl.Int32).cum_sum().over(DOC, "_table"))
    part = pl.col("_aligned") & ~pl.col("_row_start") & ~pl.col("_after_blank") & (pl.col("_row") > 0)
    broken = ~(pl.col("_row_start") | pl.col("_blank") | part) & ~pl.col("_rule")
    inside = (pl.col("_table") > 0) & (broken.cast(pl.Int32).cum_sum().over(DOC, "_table") == 0)
    header = pl.col("_next_rule") & _same(starts, pl.col("_next")) & _same(pl.col("_next"), starts)
    return frame.with_columns(
        _row_start=pl.col("_row_start") & inside,
        _part=part & inside,
        _header=header.fill_null(False),
        _furniture=pl.col("_blank") & inside & (line.str.strip_chars() != ""),
    )


def typed_rows(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines with each typed table's rows read as one line each, cells apart by pipes (module docstring).

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The same columns: each row's first line holds the whole row, the lines continuing it are dropped.
    """
    frame = _flagged(lines)
    keys = [DOC, "_table", "_row"]
    columns = (
        frame.filter(pl.col("_rule"))
        .select(DOC, "_table", _start=pl.col("_columns"), _col=pl.int_ranges(pl.col("_columns").list.len()))
        .explode("_start", "_col")
    )
    pieces = (
        frame.filter(pl.col("_row_start") | pl.col("_part"))
        .select(
            *keys,
            _piece=pl.col("line").str.extract_all(PIECE).list.eval(pl.element().str.strip_chars()),
            _start=pl.col("_starts"),
        )
        .explode("_piece", "_start")
        .join(columns, on=[DOC, "_table", "_start"])
        .group_by(*keys, "_col", maintain_order=True)
        .agg(_cell=pl.col("_piece").str.join(" "))
    )
    rows = (
        frame.filter(pl.col("_row_start"))
        .select(*keys, "line_no")
        .join(columns.drop("_start"), on=[DOC, "_table"])
        .join(pieces, on=[*keys, "_col"], how="left")
        .sort(DOC, "line_no", "_col")
        .group_by(DOC, "line_no", maintain_order=True)
        .agg(_text=pl.col("_cell").fill_null("").str.join(" | "))
    )
    header = pl.col("line").str.extract_all(PIECE).list.eval(pl.element().str.strip_chars()).list.join(" | ")
    return (
        frame.filter(~pl.col("_part"))
        .join(rows, on=[DOC, "line_no"], how="left", maintain_order="left")
        .with_columns(
            line=pl.when(pl.col("_header"))
            .then(header)
            .when(pl.col("_furniture"))
            .then(pl.lit(""))
            .otherwise(pl.coalesce("_text", "line")),
        )
        .select(lines.collect_schema().names())
    )
