"""Summary counts printed as a line of status symbols or words, each with its count, rather than a table: a
dashboard's "**This quarter:** 🟢 3 · 🟠 1 · 🔴 0" and "**Trend:** ↑ 2 · → 1 · ↓ 1" under a theme's heading, or
"- **All 24 measures:** 🟢 15 (63%) · 🟠 5 (21%) · 🔴 4 (17%)". The line's label names its segment, unless it names
only a period or what is counted ("This quarter", "Trend": the `count_line_label` words), when the heading above
does; a label opening "All", "Total" or "Overall" is the `Totals` row, and the shares in brackets on a total line
its `As Percentage` row. A line of directions of travel right under a line of colours is the same row."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines
from ingest.parse.performance_tables import ROW_NAMES, count_column
from ingest.parse.vocabulary import alternation

COUNTS = ["green", "amber", "red", "up", "stable", "down"]
# the parts of a count line: "🟢 12 (63%)", "Green: 12", "12 🟢" set apart by middle dots, bullets, pipes or semicolons
PART_BREAK = r"\s*[·•|;]\s*"
_SHARE = r"(?:\s*\(\s*([0-9]{1,3}(?:\.[0-9]+)?)\s*%\s*\))?"
PART = rf"^(?:(\S.*?)\s*:?\s*([0-9]{{1,4}}){_SHARE}|([0-9]{{1,4}}){_SHARE}\s+(\S.*?))$"
# the line's label: the words before its colon, after a bullet ("- **This quarter:**")
LABELLED = r"^\s*(?:[-*•]\s+)?(?:\*\*|__)?([^:*_]{1,60}?)\s*(?:(?:\*\*|__)\s*:|:\s*(?:\*\*|__)?)\s*(\S.*)$"
TOTAL_LABEL = r"(?i)^(?:all|total|totals|overall|grand\s+total)(?-u:\b)"
# a heading: a markdown heading or a line in bold alone, its leading symbols (an emoji) dropped
HEADING = r"^\s*(?:#{1,6}\s+(.+?)|(?:\*\*|__)([^*_]+?)(?:\*\*|__))\s*$"


def headings() -> pl.Expr:
    """Per line, the nearest heading above it (or on it)."""
    found = pl.col("line").str.extract_groups(HEADING).struct
    text = (
        pl.coalesce(found.field("1"), found.field("2")).str.replace(r"^[^\p{L}\p{N}]+", "").str.strip_chars()
    )
    return text.forward_fill().over("document_id")


def _count_lines(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Lines whose every part after the label is a status or direction with its count (two parts or more)."""
    lines = explode_lines(docs).with_columns(heading=headings())
    said = pl.col("line").str.extract_groups(LABELLED).struct
    part = pl.element().str.strip_chars().str.extract_groups(PART).struct
    return (
        lines.filter(pl.col("line").str.contains(r"[·•|;]") & pl.col("line").str.contains(":", literal=True))
        .with_columns(
            label=said.field("1"), parts=said.field("2").str.replace_all(PART_BREAK, "\x00").str.split("\x00")
        )
        .filter(pl.col("parts").list.len() >= 2)
        .with_columns(
            term=pl.col("parts").list.eval(count_column(pl.coalesce(part.field("1"), part.field("6")))),
            count=pl.col("parts").list.eval(
                pl.coalesce(part.field("2"), part.field("4")).cast(pl.Int32, strict=False)
            ),
            share=pl.col("parts").list.eval(
                pl.coalesce(part.field("3"), part.field("5"))
                .cast(pl.Float64, strict=False)
                .round(0)
                .cast(pl.Int32)
            ),
        )
        .filter(
            pl.col("term").list.eval(pl.element().is_not_null()).list.all()
            & pl.col("count").list.eval(pl.element().is_not_null()).list.all()
            & (pl.col("term").list.n_unique() == pl.col("term").list.len())
        )
    )


def count_line_rows(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Summary rows from lines of symbols or words with counts.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with document_id, source_file, segment, row_kind, the six count columns, char_offset, quote.
    """
    lines = _count_lines(docs)
    colours = pl.col("term").list.eval(pl.element().is_in(COUNTS[:3])).list.all()
    directions = pl.col("term").list.eval(pl.element().is_in(COUNTS[3:])).list.all()
    # a line of directions right under a line of colours (only blank lines between) is that line's row
    follows = (
        directions
        & colours.shift(1).over("document_id")
        & (pl.col("line_no") - pl.col("line_no").shift(1).over("document_id") <= 2)
    ).fill_null(False)
    generic = (
        pl.col("label")
        .str.to_lowercase()
        .str.contains(f"^(?:{alternation('performance', 'count_line_label')})")
    )
    rows = lines.with_columns(
        row=(~follows).cast(pl.Int32).cum_sum().over("document_id"),
        is_total=pl.col("label").str.contains(TOTAL_LABEL).fill_null(False),
        segment=pl.when(pl.col("label").is_null() | generic).then("heading").otherwise("label"),
    )
    exploded = rows.explode("term", "count", "share")
    keys = ["document_id", "row"]
    first = [
        pl.col("source_file", "char_offset", "segment").first(),
        pl.col("is_total").any(),
        pl.col("line").first().str.strip_chars().alias("quote"),
    ]
    counts = exploded.group_by(keys, maintain_order=True).agg(
        *first, *[pl.col("count").filter(pl.col("term") == c).first().alias(c) for c in COUNTS]
    )
    shares = (
        exploded.filter(pl.col("is_total").any().over(keys))
        .group_by(keys, maintain_order=True)
        .agg(*first, *[pl.col("share").filter(pl.col("term") == c).first().alias(c) for c in COUNTS])
        .filter(pl.any_horizontal(pl.col(c).is_not_null() for c in COUNTS))
        .with_columns(row_kind=pl.lit("percentage"))
    )
    counts = counts.with_columns(
        row_kind=pl.when(pl.col("is_total")).then(pl.lit("total")).otherwise(pl.lit("segment"))
    )
    return (
        pl.concat([counts, shares], how="diagonal_relaxed")
        .with_columns(
            segment=pl.col("row_kind").replace_strict(ROW_NAMES, default=None).fill_null(pl.col("segment"))
        )
        .filter(pl.col("segment").is_not_null())
        .select("document_id", "source_file", "segment", "row_kind", *COUNTS, "char_offset", "quote")
        .sort("document_id", "char_offset", maintain_order=True)
    )
