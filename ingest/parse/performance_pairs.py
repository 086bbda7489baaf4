"""Counts printed one to a line with their status on the next line ("3 (60 per cent) were on target." then
"Green"), grouped under the heading above them; milestone counts form their own `<heading> - milestones`
segment and change-over-time counts fill the direction columns (words in the `direction` vocabulary)."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines
from ingest.parse.performance_prose import prose_documents
from ingest.parse.performance_words import PERCENT, direction

COUNT_LINE = rf"(?i)^\s*(\d{{1,3}})\s*\(\s*{PERCENT}\s*\)\s+(.+)$"
STATUS_LINE = r"(?i)^\s*(green|amber|red)\s*$"


def pair_counts(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Summary rows from count lines followed by a status line.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with document_id, source_file, segment, row_kind, the six count columns, char_offset, quote.
    """
    lines = explode_lines(prose_documents(docs)).filter(pl.col("line").str.contains(r"\S"))
    is_count = pl.col("line").str.contains(COUNT_LINE)
    is_status = pl.col("line").str.contains(STATUS_LINE)
    is_heading = (
        ~is_count
        & ~is_status
        & (pl.col("line").str.len_chars() <= 80)
        & ~pl.col("line").str.contains(r"[.;:,]\s*$")
    )
    rows = (
        lines.with_columns(
            next_line=pl.col("line").shift(-1).over("document_id"),
            heading=pl.when(is_heading)
            .then(pl.col("line").str.strip_chars())
            .forward_fill()
            .over("document_id"),
        )
        .filter(is_count & pl.col("next_line").str.contains(STATUS_LINE) & pl.col("heading").is_not_null())
        .with_columns(
            count=pl.col("line").str.extract(COUNT_LINE, 1).cast(pl.Int32),
            wording=pl.col("line").str.extract(COUNT_LINE, 2),
            status=pl.col("next_line").str.extract(STATUS_LINE, 1).str.to_lowercase(),
        )
        .with_columns(
            segment=pl.when(pl.col("wording").str.contains(r"(?i)\bmilestones?\b"))
            .then(pl.col("heading") + " - milestones")
            .otherwise(pl.col("heading")),
            column=pl.when(pl.col("wording").str.contains(r"(?i)\bmilestones?\b"))
            .then(pl.col("status"))
            .otherwise(pl.coalesce(direction(pl.col("wording")), pl.col("status"))),
        )
    )
    return rows.group_by("document_id", "source_file", "segment", maintain_order=True).agg(
        row_kind=pl.lit("segment"),
        char_offset=pl.col("char_offset").min(),
        quote=pl.col("line").first().str.strip_chars(),
        **{
            c: pl.col("count").filter(pl.col("column") == c).first()
            for c in ["green", "amber", "red", "up", "stable", "down"]
        },
    )
