"""Per-measure statuses on a scorecard line of its own, the measure's name joined to its figures by a leader of four or
more dots and its status last ("Bins emptied on time ........ 97% (target 98%) Green ↑"; an arrow or symbol after the
status is its trend). The status is the report's own quarter's (the first quarter its opening names, as for `Status:` lines);
a report naming no quarter gives no rows; a line naming its periods is read with its periods elsewhere. A line of a
contents list ("Introduction ..... 3") names no status."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines
from ingest.parse.performance_count_lines import headings
from ingest.parse.performance_rag_status_lines import report_quarters
from ingest.parse.performance_tables import QUARTER, SYMBOL, status

# the measure (after a bullet, if any), a leader of four or more dots (an ellipsis in prose is three), then the
# figures and the status
LEADER_LINE = r"^\s*(?:[-*•▪]\s+)?(\S.*?)\s*(?:[.…]\s?){4,}\s*(\S.*)$"
TRAILING_SYMBOLS = rf"(?:\s*{SYMBOL})+\s*$"


def _last_words(text: pl.Expr, n: int) -> pl.Expr:
    return text.str.extract(rf"(?:^|\s)(\S+(?:\s+\S+){{{n - 1}}})$", 1)


def leader_line_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from dot-leader scorecard lines ending in a status.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    said = pl.col("line").str.extract_groups(LEADER_LINE).struct
    rest = pl.col("rest").str.replace(TRAILING_SYMBOLS, "")
    # the longest ending (up to three words) that is a status: "Slightly off track" before "off track"
    raw = pl.coalesce(
        *[pl.when(status(_last_words(rest, n)).is_not_null()).then(_last_words(rest, n)) for n in (3, 2, 1)]
    )
    return (
        explode_lines(docs)
        .with_columns(segment=headings())
        .filter(
            pl.col("line").str.contains("....", literal=True) | pl.col("line").str.contains("…", literal=True)
        )
        .with_columns(objective=said.field("1"), rest=said.field("2"))
        # a line naming its periods' statuses ("Q1 2026/27: GREEN  Q2 2026/27: RED") is a grid's (`grid_cells`)
        .filter(
            pl.col("objective").str.contains(r"\p{L}")
            & pl.col("rest").str.contains(r"\d")
            & ~pl.col("rest").str.contains(rf"(?i)(?-u:\b){QUARTER}(?-u:\b)")
        )
        .with_columns(raw_status=raw)
        .with_columns(status=status(pl.col("raw_status")))
        .filter(pl.col("status").is_not_null())
        .join(report_quarters(docs), on="document_id", maintain_order="left")
        .with_columns(
            period=pl.format("Q{}", "quarter"),
            period_order=pl.lit(1),
            quote=pl.col("line").str.strip_chars(),
            is_repaired=pl.lit(False),
        )
    )
