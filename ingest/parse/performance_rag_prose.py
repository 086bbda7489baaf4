"""Objectives named in prose with their status ("The two 'red' indicators were: X; Y.", "The red measure under
Housing is X."), as RAG rows for the period the paragraph gives ("to the end of June"), else the last one an
earlier line names ("the position at the end of quarter 2 is:"); kept only when the named objectives are as many
as the count printed before them (one for "the red measure ... is"), or all the bullets below a line naming none
("The following indicators were reported as Red in quarter 3:")."""

from __future__ import annotations

import polars as pl

from ingest.parse.performance_prose import prose_sentences
from ingest.parse.performance_words import NUMBER, to_number
from ingest.parse.vocabulary import terms

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
YEAR = r"\d{4}(?:\s*[/\-–—]\s*\d{2,4})?"
PERIOD = (
    rf"(?i)\b((?:to|at|as at) the end of {MONTH}(?:\s+\d{{4}})?|as at \d{{1,2}}(?:st|nd|rd|th)? {MONTH}(?:\s+\d{{4}})?"
    rf"|(?:quarter|q)\s*[1-4](?:\s+(?:of\s+)?{YEAR})?)"
)
QUOTE = r"['‘’\"]?"
BULLET = r"^\s*[-•*·▪–]\s+(.+)$"
BULLET_END = r"\s*[;,.]?\s*(?:and|or)?\s*$"
IN_BRACKETS = r"\s*\(([^()]+)\)\s*$"
SEPARATED = r",\s+(?:and\s+)?|\s+and\s+"  # "X, Y and Z" (not the comma of "100,000")


def _lines(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """The lines of the prose sentences, one row each, in order."""
    return (
        sentences.select("document_id", "line_no", "line")
        .unique(["document_id", "line_no"])
        .sort("document_id", "line_no")
    )


def _bullets(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Each line followed by bullet lines with the bullets' text (their closing "; and", "." cut)."""
    return (
        lines.with_columns(is_bullet=pl.col("line").str.contains(BULLET))
        .with_columns(above=pl.when(~pl.col("is_bullet")).then("line_no").forward_fill().over("document_id"))
        .filter(pl.col("is_bullet"))
        .group_by("document_id", "above")
        .agg(bullets=pl.col("line").sort_by("line_no").str.extract(BULLET, 1).str.replace(BULLET_END, ""))
        .rename({"above": "line_no"})
    )


def _earlier_periods(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Each line with the last period named on a line above it in its document."""
    return lines.select(
        "document_id",
        "line_no",
        earlier=pl.col("line")
        .str.extract_all(PERIOD)
        .list.last()
        .shift(1)
        .forward_fill()
        .over("document_id"),
    )


def prose_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from a counted list of objectives with one status.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    heads = "(?:" + "|".join(f"{t.removesuffix('s')}s?" for t in terms("performance", "head")) + ")"
    status = rf"{QUOTE}(green|amber|red){QUOTE}"
    listed = (  # "the two 'red' indicators were", "the three indicators rated red are", "the red measure under X is"
        rf"(?i)\b(?:({NUMBER})|the)\s+(?:{status}\s+(?:rated\s+)?{heads}|{heads}\s+(?:(?:that|which)\s+(?:are|were)\s+)?"
        rf"(?:rated|at)\s+{status})(?:\s+(?:under|in|for|within)\s+(?:the\s+)?([A-Z][^,;:]{{0,60}}?))?"
        rf"(?:\s+this\s+(?:quarter|month|year))?\s+(related(?:\s+to)?|were|are|is|was|included|include|being)"
        rf"\s*:?\s*(.*?)\.?$"
        # "the following indicators were reported as Red in quarter 3:", the bullets below it all of them
        rf"|\bthe\s+following\s+{heads}\s+(?:(?:are|were)\s+)?(?:reported|rated|recorded|shown)\s+(?:as\s+)?{status}"
        rf"[^:]*:\s*$"
    )
    part = pl.col("parts").struct.field
    first = part("6").str.split(";").list.first().str.replace_all(SEPARATED, ";").str.split(";")
    sentences = prose_sentences(docs)
    lines = _lines(sentences)
    rows = (
        sentences.filter(pl.col("sentence").str.contains(listed))
        .with_columns(parts=pl.col("sentence").str.extract_groups(listed))
        .with_columns(
            # no count: one objective, where the verb is singular
            count=pl.coalesce(
                to_number(part("1")), pl.when(part("5").str.to_lowercase().is_in(["is", "was"])).then(1)
            ),
            raw_status=pl.coalesce(part("2"), part("3"), part("7")),
            segment=pl.coalesce(part("4").str.strip_chars(), "segment"),
            period=pl.col("line").str.extract(PERIOD, 1),
        )
        .join(_bullets(lines), on=["document_id", "line_no"], how="left", maintain_order="left")
        # the objectives: the bullets below a sentence ending in a colon, else the ones the first clause lists
        # ("X and Y; both are ..."), else the ones semicolons part
        .with_columns(
            objective=pl.when((part("6") == "") | part("7").is_not_null())
            .then("bullets")
            .when(first.list.len() == pl.col("count"))
            .then(first)
            .otherwise(part("6").str.split(";"))
        )
        .with_columns(
            count=pl.coalesce("count", pl.when(part("7").is_not_null()).then(pl.col("objective").list.len()))
        )
        .join(_earlier_periods(lines), on=["document_id", "line_no"], how="left", maintain_order="left")
        .with_columns(
            status=pl.col("raw_status").str.slice(0, 1).str.to_uppercase(),
            period=pl.coalesce("period", "earlier"),
        )
        .filter(pl.col("objective").list.len() == pl.col("count"), pl.col("period").is_not_null())
        .explode("objective")
        .with_columns(objective=pl.col("objective").str.strip_chars().str.replace(r"^and\s+", ""))
        # "X (Housing)": the segment in brackets after the objective
        .with_columns(
            segment=pl.coalesce(pl.col("objective").str.extract(IN_BRACKETS, 1), "segment"),
            objective=pl.col("objective").str.replace(IN_BRACKETS, ""),
        )
    )
    return rows.with_columns(
        period_order=pl.lit(1),
        is_repaired=pl.lit(False),
        quote=pl.col("sentence").str.strip_chars(),
    )
