"""Objectives named in prose with their status ("The two 'red' indicators were: X; Y."), as RAG rows for the
period the paragraph gives ("to the end of June"); kept only when the named objectives are as many as the
count printed before them."""

from __future__ import annotations

import polars as pl

from ingest.parse.performance_prose import prose_sentences
from ingest.parse.performance_words import NUMBER, to_number
from ingest.parse.vocabulary import alternation

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
YEAR = r"\d{4}(?:\s*[/\-–—]\s*\d{2,4})?"
PERIOD = (
    rf"(?i)\b((?:to|at|as at) the end of {MONTH}(?:\s+\d{{4}})?|as at \d{{1,2}}(?:st|nd|rd|th)? {MONTH}(?:\s+\d{{4}})?"
    rf"|(?:quarter|q)\s*[1-4](?:\s+(?:of\s+)?{YEAR})?)"
)
QUOTE = r"['‘’\"]?"


def prose_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from a counted list of objectives with one status.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    heads = alternation("performance", "head")
    status = rf"{QUOTE}(green|amber|red){QUOTE}"
    listed = (  # "the two 'red' indicators were", "the three indicators rated red are"
        rf"(?i)\b({NUMBER})\s+(?:{status}\s+(?:rated\s+)?{heads}|{heads}\s+(?:(?:that|which)\s+(?:are|were)\s+)?"
        rf"(?:rated|at)\s+{status})\s+(?:related(?:\s+to)?|were|are|included|include|being)\s*:?\s*(.+?)\.?$"
    )
    rows = (
        prose_sentences(docs)
        .filter(pl.col("sentence").str.contains(listed))
        .with_columns(parts=pl.col("sentence").str.extract_groups(listed))
        .with_columns(
            count=to_number(pl.col("parts").struct.field("1")),
            raw_status=pl.coalesce(pl.col("parts").struct.field("2"), pl.col("parts").struct.field("3")),
            objective=pl.when(pl.col("parts").struct.field("4").str.contains(";"))
            .then(pl.col("parts").struct.field("4").str.split(";"))
            .otherwise(
                pl.col("parts")
                .struct.field("4")
                .str.replace_all(r",\s*(?:and\s+)?|\s+and\s+", ";")
                .str.split(";")
            ),
            period=pl.col("line").str.extract(PERIOD, 1),
        )
        .with_columns(status=pl.col("raw_status").str.slice(0, 1).str.to_uppercase())
        .filter(pl.col("objective").list.len() == pl.col("count"), pl.col("period").is_not_null())
        .explode("objective")
        .with_columns(objective=pl.col("objective").str.strip_chars().str.replace(r"^and\s+", ""))
    )
    return rows.with_columns(
        period_order=pl.lit(1),
        is_repaired=pl.lit(False),
        quote=pl.col("sentence").str.strip_chars(),
    )
