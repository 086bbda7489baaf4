"""Per-measure statuses as lines led by a status symbol: the symbol, the measure's group code if any, the measure,
then a dash or colon and its figure ("🔴 HW2 – Streets swept on schedule: 78% against a target of 90% ↓", "🟢 Library
visits – 41,200 (target 40,000) ↑"). The symbol names no period: the status is the report's own quarter's, as the
report labels it in short ("Q3 2025/26", say in a running footer), else its quarter alone ("Q3", the first quarter
its opening names); a report naming no quarter gives no rows. A key to the symbols ("🟢 On target – 95% or
more") names a status, no measure. Items run together on one line are read one by one."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import char_position, explode_lines
from ingest.parse.performance_count_lines import headings
from ingest.parse.performance_rag_status_lines import report_quarters
from ingest.parse.performance_tables import status

# the symbol (no letter: "A review of ..." is no amber), an optional group code and dash, the measure, then a
# spaced dash or a colon before its figure
SYMBOL_LINE = (
    r"^\s*(?:[-*•▪]\s+)?([^\w\s]\x{FE0F}?)\s+(?:([A-Z]{1,5}\s?\d{1,3}[a-z]?)\s+[–—-]\s+)?"
    r"(\S.*?)(?:\s[–—-]|:)\s+[0-9]"
)
# a quarter with its financial year in short ("Q3 2025/26", "Q1 24/25")
SHORT_QUARTER = r"(?-u:\b)Q[1-4]\s+(?:20)?\d{2}/\d{2}(?-u:\b)"


def _report_periods(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Per report, the label of its own quarter: the first short quarter with its year it prints, else "Q<n>"."""
    short = docs.select("document_id", short=pl.col("text").str.extract(f"({SHORT_QUARTER})", 1))
    return (
        report_quarters(docs)
        .join(short, on="document_id", how="left")
        .select("document_id", period=pl.coalesce("short", pl.format("Q{}", "quarter")))
    )


def symbol_line_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from lines led by a status symbol naming a measure and its figure.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    said = pl.col("item").str.extract_groups(SYMBOL_LINE).struct
    return (
        explode_lines(docs)
        .with_columns(heading=headings())
        .filter(pl.col("line").str.contains(r"\p{So}"))
        # items run together on one line where the reader joined them ("... (target 95%) ↑ 🟢 Library visits ...")
        .with_columns(item=pl.col("line").str.replace_all(r"\s(\p{So}\x{FE0F}?\s)", "\n${1}").str.split("\n"))
        .explode("item")
        .filter(pl.col("item").str.contains(SYMBOL_LINE))
        .with_columns(
            raw_status=said.field("1"),
            objective=said.field("3").str.strip_chars(),
            segment=pl.coalesce(said.field("2"), pl.col("heading")),
        )
        .with_columns(status=status(pl.col("raw_status")))
        .filter(pl.col("status").is_not_null() & status(pl.col("objective")).is_null())
        .join(_report_periods(docs), on="document_id", maintain_order="left")
        .with_columns(
            period_order=pl.lit(1),
            char_offset=pl.col("char_offset") + char_position(pl.col("line"), pl.col("item")).fill_null(0),
            quote=pl.col("item").str.strip_chars(),
            is_repaired=pl.lit(False),
        )
    )
