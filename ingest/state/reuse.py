"""What the previous published warehouse already holds: reuse unchanged documents, remember removed ones.

A document is its content hash. Its parsed rows are reused when the previous warehouse parsed the same
content with the same parser version; rows of documents no longer in the inbox are not carried over,
but their `raw.documents` record is, flagged as removed, so the history stays.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from ingest.raw import schemas
from ingest.raw.load import quote_identifier, quote_literal
from ingest.state.warehouse_file import connect_warehouse

FACT_TABLES = [
    "recommendations",
    "peer_team",
    "money_mentions",
    "figure_relations",
    "partnership_mentions",
    "performance_summary",
    "performance_rag",
]
ALIAS = "previous_warehouse"


def previous_documents(published: Path) -> pl.DataFrame:
    """The previous warehouse's raw documents (all versions, removed ones included); empty if none."""
    if not published.exists():
        return pl.DataFrame(schema=schemas.DOCUMENTS)
    try:
        with connect_warehouse(published) as con:
            frame = pl.from_arrow(con.sql("select * from raw.documents").to_arrow_table())
            compatible = _same_raw_columns(con)
    except duckdb.Error:
        return pl.DataFrame(schema=schemas.DOCUMENTS)
    missing = [c for c in schemas.DOCUMENTS if c not in frame.columns]
    frame = frame.with_columns([pl.lit(None).alias(c) for c in missing])
    if not compatible:  # rows built under another raw contract cannot be reused
        frame = frame.with_columns(parser_version=pl.lit("incompatible"))
    return frame.select(list(schemas.DOCUMENTS)).cast(schemas.DOCUMENTS)


def live_document_count(published: Path) -> int:
    """Documents of the published warehouse that are still in the inbox (removed ones left out)."""
    previous = previous_documents(published)
    return previous.filter(~previous["is_removed"].fill_null(False)).height


def _same_raw_columns(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether every fact table of the previous warehouse has exactly the current raw columns."""
    rows = con.execute(
        "select table_name, list(column_name order by ordinal_position) from information_schema.columns "
        "where table_schema = 'raw' group by table_name"
    ).fetchall()
    found = {name: list(columns) for name, columns in rows}
    return all(found.get(table) == list(schemas.RAW_TABLES[table]) for table in FACT_TABLES)


def reusable_ids(previous: pl.DataFrame, current: dict[str, str]) -> set[str]:
    """Documents parsed before, from the same content, under the same parser version, and still present.

    Args:
        previous: the previous warehouse's raw documents.
        current: document id -> the parser version this run records for it (`schemas.document_parser_version`).
    """
    expected = pl.DataFrame(
        {"document_id": list(current), "expected_version": list(current.values())},
        schema={"document_id": pl.String, "expected_version": pl.String},
    )
    same = previous.join(expected, on="document_id", how="inner", maintain_order="left").filter(
        (pl.col("parser_version") == pl.col("expected_version")) & ~pl.col("is_removed").fill_null(False)
    )
    return set(same["document_id"].to_list())


def removed_documents(previous: pl.DataFrame, current_ids: list[str], now: datetime) -> pl.DataFrame:
    """Previous documents no longer in the inbox, flagged removed (keeping the first removal time)."""
    return previous.filter(~pl.col("document_id").is_in(current_ids)).with_columns(
        is_removed=pl.lit(True),
        removed_at=pl.coalesce(pl.col("removed_at"), pl.lit(now, dtype=pl.Datetime("us", "UTC"))),
    )


def copy_reused_rows(con: duckdb.DuckDBPyConnection, published: Path, reused: set[str]) -> dict[str, int]:
    """Copy the fact rows of reused documents from the previous warehouse into this build.

    The current `raw.documents` must already be written: rows take its `source_file`, so a renamed
    file's facts carry the new name.

    Returns:
        table name -> rows copied.
    """
    if not reused:
        return {}
    con.execute(f"attach {quote_literal(str(published))} as {ALIAS} (read_only)")
    try:
        con.register("_reused_ids", pl.DataFrame({"document_id": sorted(reused)}).to_arrow())
        counts = {}
        for table in FACT_TABLES:
            name = quote_identifier(table)
            columns = ", ".join(
                f"previous.{quote_identifier(c)}" for c in schemas.RAW_TABLES[table] if c != "source_file"
            )
            con.execute(
                f"insert into raw.{name} by name "
                f"select {columns}, current_docs.source_file from {ALIAS}.raw.{name} as previous "
                "inner join raw.documents as current_docs using (document_id) "
                "where document_id in (select document_id from _reused_ids)"
            )
            counts[table] = con.execute(
                f"select count(*) from raw.{name} where document_id in (select document_id from _reused_ids)"
            ).fetchall()[0][0]
        con.unregister("_reused_ids")
    finally:
        con.execute(f"detach {ALIAS}")
    return counts


def with_history(documents: pl.DataFrame, previous: pl.DataFrame) -> pl.DataFrame:
    """This inbox's documents, each keeping the time it was first ingested, plus the previous warehouse's
    documents that are no longer in the inbox, flagged removed.

    Args:
        documents: `raw.documents` rows of this refresh (`ingest.parse.tables.build_raw_tables`).
        previous: the previous warehouse's `raw.documents` (`previous_documents`).
    """
    first_seen = previous.select("document_id", first_ingested_at="ingested_at")
    current = (
        documents.join(first_seen, on="document_id", how="left", maintain_order="left")
        .with_columns(ingested_at=pl.coalesce("first_ingested_at", "ingested_at"))
        .select(list(schemas.DOCUMENTS))
    )
    now = documents["ingested_at"].max() or datetime.now(UTC)
    removed = removed_documents(previous, current["document_id"].to_list(), now)
    return pl.concat([current, removed.select(list(schemas.DOCUMENTS)).cast(schemas.DOCUMENTS)])
