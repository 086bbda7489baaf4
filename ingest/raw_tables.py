"""Readable reports -> every raw table, with Polars over all documents at once; collected in one place."""

from __future__ import annotations

from datetime import UTC, datetime

import polars as pl

from ingest import schemas
from ingest.parse_documents import parse_documents
from ingest.parse_money import parse_money_mentions
from ingest.parse_partnerships import parse_partnership_mentions
from ingest.parse_peer_team import parse_peer_team
from ingest.parse_performance import parse_performance_rag, parse_performance_summary
from ingest.parse_recommendations import parse_recommendations
from ingest.pipeline import ReadResult
from ingest.read_text import PAGE_SEPARATOR

FACT_PARSERS = {
    "recommendations": parse_recommendations,
    "peer_team": parse_peer_team,
    "money_mentions": parse_money_mentions,
    "partnership_mentions": parse_partnership_mentions,
    "performance_summary": parse_performance_summary,
    "performance_rag": parse_performance_rag,
}


def _conform(frame: pl.LazyFrame, schema: dict[str, pl.DataType]) -> pl.LazyFrame:
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])


def files_frame(read: ReadResult, ingested_at: datetime) -> pl.DataFrame:
    """One row per distinct document (content hash), with its file facts and page texts.

    The same content under two names is one document; its names are kept in `file_names`.
    """
    frame = pl.DataFrame(
        {
            "document_id": [r.content_hash for r in read.reports],
            "source_file": [r.source_file for r in read.reports],
            "file_path": [str(r.path) for r in read.reports],
            "format": [r.format for r in read.reports],
            "size_bytes": [r.size_bytes for r in read.reports],
            "page_texts": [r.pages for r in read.reports],
            "read_warnings": [r.warnings for r in read.reports],
        },
        schema={
            "document_id": pl.String,
            "source_file": pl.String,
            "file_path": pl.String,
            "format": pl.String,
            "size_bytes": pl.Int64,
            "page_texts": pl.List(pl.String),
            "read_warnings": pl.List(pl.String),
        },
    )
    return (
        frame.sort("source_file")
        .with_columns(
            file_names=pl.col("source_file").implode().over("document_id").list.unique().list.sort()
        )
        .unique("document_id", keep="first", maintain_order=True)
        .with_columns(
            pages=pl.col("page_texts").list.len().cast(pl.Int32),
            text=pl.col("page_texts").list.join(PAGE_SEPARATOR),
            ingested_at=pl.lit(ingested_at, dtype=pl.Datetime("us", "UTC")),
            parser_version=pl.lit(schemas.PARSER_VERSION),
        )
    )


def pages_frame(files: pl.DataFrame) -> pl.LazyFrame:
    """One row per page, with the page's character span inside the document text."""
    sep = len(PAGE_SEPARATOR)
    return (
        files.lazy()
        .select("document_id", "source_file", pl.col("page_texts").alias("text"))
        .explode("text")
        .with_columns(
            page_number=pl.int_range(1, pl.len() + 1).over("document_id").cast(pl.Int32),
            length=pl.col("text").str.len_chars().cast(pl.Int64),
        )
        .with_columns(
            char_start=(pl.col("length") + sep).cum_sum().over("document_id") - pl.col("length") - sep
        )
        .with_columns(char_end=pl.col("char_start") + pl.col("length"))
    )


def build_raw_tables(read: ReadResult, ingested_at: datetime | None = None) -> dict[str, pl.DataFrame]:
    """Parse every readable report into the raw tables of `ingest.schemas.RAW_TABLES`.

    Args:
        read: the outcome of `ingest.pipeline.read_reports`.
        ingested_at: the time stamp recorded on every document (default: now).

    Returns:
        raw table name -> frame with exactly that table's schema.
    """
    files = files_frame(read, ingested_at or datetime.now(UTC))
    text = files.lazy().select(
        "document_id",
        "source_file",
        "text",
        doc_type=pl.lit(None, dtype=pl.String),
        reference_date=pl.lit(None, dtype=pl.Date),
    )
    facts = parse_documents(text).collect()
    documents = files.join(facts.drop("source_file"), on="document_id", how="left")
    docs = text.drop("doc_type", "reference_date").join(
        facts.lazy().select(
            "document_id",
            "doc_type",
            reference_date=pl.coalesce("document_date", "period_end", "period_start"),
        ),
        on="document_id",
        how="left",
    )
    lazy = {name: _conform(parse(docs), schemas.RAW_TABLES[name]) for name, parse in FACT_PARSERS.items()}
    lazy["pages"] = _conform(pages_frame(files), schemas.PAGES)
    collected = dict(zip(lazy, pl.collect_all(list(lazy.values())), strict=True))
    collected["documents"] = _conform(documents.lazy(), schemas.DOCUMENTS).collect()
    collected["warnings"] = warnings_frame(files, collected)
    collected["quarantine"] = pl.DataFrame(read.quarantine, schema=schemas.QUARANTINE)
    return {name: collected[name] for name in schemas.RAW_TABLES}


def warnings_frame(files: pl.DataFrame, tables: dict[str, pl.DataFrame]) -> pl.DataFrame:
    """Warnings from reading (decoding), malformed figures and repaired characters, in one frame."""
    read_warnings = (
        files.select("document_id", "source_file", pl.col("read_warnings").alias("detail"))
        .explode("detail")
        .drop_nulls("detail")
        .with_columns(
            kind=pl.col("detail").str.extract(r"^([a-z_]+):", 1).fill_null("reading"),
            char_offset=pl.lit(None, dtype=pl.Int64),
        )
    )
    malformed = (
        tables["money_mentions"]
        .filter(pl.col("is_malformed"))
        .select(
            "document_id",
            "source_file",
            "char_offset",
            kind=pl.lit("malformed_figure"),
            detail=pl.format("malformed figure '{}' read as £{}", "raw_figure", "amount_gbp"),
        )
    )
    repaired = (
        tables["performance_rag"]
        .filter(pl.col("is_repaired"))
        .select(
            "document_id",
            "source_file",
            "char_offset",
            kind=pl.lit("repaired_character"),
            detail=pl.format(
                "status '{}' read as '{}' ({} {})", "raw_status", "status", "objective", "period"
            ),
        )
    )
    frames = [
        f.select(list(schemas.WARNINGS)).cast(schemas.WARNINGS) for f in (read_warnings, malformed, repaired)
    ]
    return pl.concat(frames)
