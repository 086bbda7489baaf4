"""Per-measure statuses printed on a line of their own under the measure's line, each period beside its status with
no colon between ("Q1 🟠 | Q2 🟢 | trend ↑", "Q3 Amber · Q4 Green"), as a dashboard lists its measures: one RAG
row per period. The measure is the line above, without its bullet, its markup and the figure after its last colon
("- **HW2** Bins emptied on time: 97% (target 98%)" -> "HW2 Bins emptied on time": a code printed in the measure's
own words is part of its name); parts that are no period's status ("trend ↑") give no row. The group the measure is
in is the heading above it, if any."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines
from ingest.parse.performance_count_lines import headings
from ingest.parse.performance_tables import PERIOD_WORDS, status

# a period and its status, set apart by spaces or a colon ("Q1 🟠", "Q3 2024/25 Amber", "Q2: Green")
PERIOD_STATUS = rf"(?i)^({PERIOD_WORDS})(?:\s*:\s*|\s+)(\S.*?)\s*$"
PART_BREAK = r"\s*[|·•;]\s*"
BULLET = r"^\s*(?:[-*•▪]|\d{1,2}[.)])\s+"
FIGURE_AFTER = r"\s*:\s+[^:]*\d[^:]*$"  # the measure's figure after its last colon ("... in year: 57.9%")


def pair_line_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from lines of period-status pairs under a measure's line.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    parts = pl.col("line").str.strip_chars().str.replace_all(PART_BREAK, "\x00").str.split("\x00")
    opening = pl.col("part").list.first().str.extract(PERIOD_STATUS, 2)
    lines = (
        explode_lines(docs)
        .with_columns(segment=headings())
        .filter(pl.col("line").str.contains(r"\S"))
        .with_columns(
            above=pl.col("line").shift(1).over("document_id"), nth=pl.int_range(pl.len()).over("document_id")
        )
        # a line of statuses: a separator in it (a cheap test first), and a period's status its first part
        # (pairs with colons set apart by semicolons alone are a measure block's: `block_rag` reads them)
        .filter(
            pl.col("line").str.contains(r"[|·•]")
            | (
                pl.col("line").str.contains(";", literal=True)
                & ~pl.col("line").str.contains(":", literal=True)
            )
        )
        .with_columns(part=parts)
        .with_columns(is_pairs=status(opening).is_not_null())
    )
    # ... under a measure's line: not under another line of statuses
    under_pairs = pl.col("is_pairs").shift(1).over("document_id") & (
        pl.col("nth").shift(1).over("document_id") == pl.col("nth") - 1
    )
    pair = pl.element().str.extract_groups(PERIOD_STATUS).struct
    rows = (
        lines.filter(pl.col("is_pairs") & ~under_pairs.fill_null(False))
        .with_columns(
            period=pl.col("part").list.eval(pair.field("1")),
            raw_status=pl.col("part").list.eval(pair.field("2")),
            # the line above is a measure's, not a heading
            objective=pl.when(~pl.col("above").str.contains(r"^\s*#")).then(
                pl.col("above")
                .str.replace(BULLET, "")
                .str.replace_all(r"\*\*|__|`", "")
                .str.replace(FIGURE_AFTER, "")
                .str.strip_chars()
            ),
            quote=pl.col("line").str.strip_chars(),
        )
        .filter(pl.col("objective").str.contains(r"\p{L}"))
        .with_columns(period_order=pl.int_ranges(1, pl.col("period").list.len() + 1))
        .drop("line", "part", "above", "is_pairs", "nth")
        .explode("period", "raw_status", "period_order")
    )
    return (
        rows.with_columns(status=status(pl.col("raw_status")))
        .filter(pl.col("period").is_not_null() & pl.col("status").is_not_null())
        .with_columns(is_repaired=pl.lit(False))
    )
