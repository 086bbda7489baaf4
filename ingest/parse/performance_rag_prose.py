"""Objectives named in prose with their status ("The two 'red' indicators were: X; Y."), as RAG rows for the
period the paragraph gives ("to the end of June"); kept only when the named objectives are as many as the
count printed before them."""

from __future__ import annotations

import polars as pl

from ingest.parse.performance_prose import prose_sentences
from ingest.parse.performance_words import NUMBER, to_number
from ingest.parse.vocabulary import alternation

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
PERIOD = rf"(?i)\b((?:to|at) the end of {MONTH}(?:\s+\d{{4}})?)"


def prose_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from a counted list of objectives with one status.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    heads = alternation("performance", "head")
    listed = (
        rf"(?i)\b({NUMBER})\s+['‘’\"]?(green|amber|red)['‘’\"]?\s+(?:rated\s+)?{heads}\s+"
        r"(?:related(?:\s+to)?|were|are|included|include)\s*:?\s*(.+?)\.?$"
    )
    rows = (
        prose_sentences(docs)
        .filter(pl.col("sentence").str.contains(listed))
        .with_columns(parts=pl.col("sentence").str.extract_groups(listed))
        .with_columns(
            count=to_number(pl.col("parts").struct.field("1")),
            status=pl.col("parts").struct.field("2").str.slice(0, 1).str.to_uppercase(),
            raw_status=pl.col("parts").struct.field("2"),
            objective=pl.col("parts").struct.field("3").str.split(";"),
            period=pl.col("line").str.extract(PERIOD, 1),
        )
        .filter(pl.col("objective").list.len() == pl.col("count"))
        .explode("objective")
        .with_columns(objective=pl.col("objective").str.strip_chars().str.replace(r"^and\s+", ""))
    )
    return rows.with_columns(
        period_order=pl.lit(1),
        is_repaired=pl.lit(False),
        quote=pl.col("sentence").str.strip_chars(),
    )
