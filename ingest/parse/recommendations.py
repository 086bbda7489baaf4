"""Numbered key recommendations: number, lead sentence, bullets that belong to each."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines, strip_markup
from ingest.raw.schemas import RECOMMENDATIONS

REC_HEADING = r"(?i)^\s*(?:#+\s*)?[*_]*\s*(?:[0-9]+\.?[0-9]*\.?\s+)?[*_]*\s*(?:(?:our|the|key|main|summary of)\s+)*recommendations[*_]*\s*:?\s*$"
# A section heading: markdown heading, or a short numbered line with no closing full stop.
HEADING = r"^\s*[*_]*\s*(?:#+\s+\S.*|(?:[0-9]+\.)+[0-9]*\s+[A-Z][^.*]{0,80}[^.*:\s])[*_]*\s*$"
ITEM = r"^\s*(?:[-*•]\s+)?[*_]{0,3}\(?([0-9]{1,2})[.)]\)?[*_]{0,3}\s+(\S.*)$"
BULLET = r"^\s*[-*•▪◦o]\s+\S"
LEAD = r"^\s*([*_]{1,3})(.+?)([*_]{1,3})(?:\s|$|[–—-])"


def _title(text: pl.Expr) -> pl.Expr:
    """The bold/italic lead where the item starts with one, else its first sentence."""
    emphasised = text.str.extract(LEAD, 2)
    first_sentence = strip_markup(text).str.extract(r"^(.+?[.!?])(?:\s+[A-Z]|$)", 1)
    return strip_markup(pl.coalesce(emphasised, first_sentence, text))


def parse_recommendations(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse the numbered key recommendations of each report.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `RECOMMENDATIONS` schema, one row per recommendation.
    """
    lines = (
        explode_lines(docs)
        .with_columns(
            is_rec_heading=pl.col("line").str.contains(REC_HEADING),
            is_heading=pl.col("line").str.contains(HEADING) | pl.col("line").str.contains(REC_HEADING),
        )
        .with_columns(
            item_no=pl.when(~pl.col("is_heading")).then(
                pl.col("line").str.extract(ITEM, 1).cast(pl.Int32, strict=False)
            ),
        )
        .with_columns(is_bullet=pl.col("line").str.contains(BULLET) & pl.col("item_no").is_null())
    )
    sections = lines.with_columns(section=pl.col("is_heading").cum_sum().over("document_id")).with_columns(
        in_recs=pl.col("is_rec_heading").first().over("document_id", "section")
    )
    items = (
        sections.filter(pl.col("in_recs"))
        .with_columns(item=pl.col("item_no").is_not_null().cum_sum().over("document_id", "section"))
        .filter(pl.col("item") > 0)
        .with_columns(number=pl.col("item_no").first().over("document_id", "section", "item"))
        .filter(pl.col("number") == pl.col("item"))
        .with_columns(first_section=pl.col("section").min().over("document_id"))
        .filter(pl.col("section") == pl.col("first_section"))
    )
    return (
        items.group_by("document_id", "source_file", "number", maintain_order=True)
        .agg(
            first_line=pl.col("line").first(),
            body=pl.col("line").str.join("\n"),
            sub_actions=pl.col("is_bullet").sum(),
            char_offset=pl.col("char_offset").first(),
        )
        .with_columns(text=pl.col("first_line").str.extract(ITEM, 2))
        .with_columns(title=_title(pl.col("text")), quote=pl.col("first_line").str.strip_chars())
        .select([pl.col(c).cast(t) for c, t in RECOMMENDATIONS.items()])
    )
