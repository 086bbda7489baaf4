"""Grids that print no period column, only a status column ("KPI  Target  Actual  Status  Trend"), under a heading
that names the quarter ("Performance scorecard - Q3 2023/24", "Quarter 3 2023/24"). The status column's period is
the heading's quarter, in the short form a grid's own quarter columns print ("Q3 status"): the header row is read as
if it printed "Status (Q3)", as `performance_tables.unwrap_period` reads it."""

from __future__ import annotations

import polars as pl

from ingest.parse.dates import QUARTER_NUMBER
from ingest.parse.performance_tables import (
    OBJECTIVE_HEADER,
    QUARTER,
    STATUS_HEADER,
    cells,
    is_period,
    unwrap_period,
)

# a quarter with its financial year, either way round ("Q3 2023/24", "Quarter 3, 2023-24", "2023/24 Quarter 3")
_YEAR = r"(?:19|20)\d{2}\s*[/\-–]\s*(?:19|20)?\d{2}"
HEADING_PERIOD = rf"(?i)(?-u:\b)(?:{QUARTER}\s*,?\s*{_YEAR}|{_YEAR}\s*,?\s*{QUARTER})(?-u:\b)"
# the quarter's number in a heading's period, as a figure or a word ("Q3", "QTR 3", "Quarter three")
_QUARTER_NO = r"(?i)\bq(?:tr\.?|uarter)?\s*([1-4]|one|two|three|four)\b"
HEADING_CHARS = 100  # a heading is a short line
# the status cell of a header row, between two cell breaks (two or more spaces, a tab or a pipe)
_STATUS_CELL = r"(?i)((?:^|\t|\||\s{2,})\s*(?:(?:overall|current|latest)\s+)?(?:rag\s+)?(?:status|rating|rag))(\s*(?:\t|\||\s{2,}|$))"


def _is_heading(line: pl.Expr) -> pl.Expr:
    """A short line of one cell (no run of spaces, tab or pipe inside it) that does not end a sentence."""
    text = line.str.strip_chars()
    return (
        (text.str.len_chars() <= HEADING_CHARS)
        & ~text.str.contains(r"\t|\||\S {2,}\S")
        & ~text.str.contains(r"[.;:,]$")
    )


def _status_only_header(line: pl.Expr) -> pl.Expr:
    """A header row naming the objectives ("KPI", "Measure") and a status column, and no period."""
    row = cells(line)
    return (
        line.str.contains(r"\t|\||\S {2,}\S")
        & row.list.eval(pl.element().str.contains(OBJECTIVE_HEADER)).list.any()
        & row.list.eval(pl.element().str.contains(STATUS_HEADER)).list.any()
        & ~row.list.eval(is_period(unwrap_period(pl.element()))).list.any()
    )


def carry_period_headings(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines with each header row that has a status column and no period dated by the quarter ("Q<n>") of the
    last heading above it that names a quarter and its year.

    Args:
        lines: frame of `explode_lines` (document_id, line_no, line, ...).

    Returns:
        The same lines and columns.
    """
    number = (
        pl.col("line")
        .str.extract(f"({HEADING_PERIOD})", 1)
        .str.extract(_QUARTER_NO, 1)
        .str.to_lowercase()
        .replace(QUARTER_NUMBER)
    )
    heading_period = (
        pl.when(_is_heading(pl.col("line")))
        .then(pl.format("Q{}", number))
        .forward_fill()
        .over("document_id", order_by="line_no")
    )
    dated = pl.col("line").str.replace(
        _STATUS_CELL, pl.concat_str(pl.lit("${1} ("), pl.col("_period"), pl.lit(")${2}"))
    )
    return (
        lines.with_columns(_period=heading_period)
        .with_columns(
            # the header's cells read only under a heading's period (a when, not an and: Polars reads a then
            # only where its when holds)
            line=pl.when(pl.col("_period").is_not_null())
            .then(pl.when(_status_only_header(pl.col("line"))).then(dated).otherwise(pl.col("line")))
            .otherwise(pl.col("line"))
        )
        .drop("_period")
    )
