"""What the previous published warehouse already holds: reuse unchanged documents, remember removed ones,
and know when there is nothing to rebuild at all.

A document is its content hash. Its parsed rows are reused when the previous warehouse parsed the same
content with the same parser version; rows of documents no longer in the inbox are not carried over,
but their `raw.documents` record is, flagged as removed, so the history stays.

Every build records the fingerprint of what it was made from (`meta.refresh_state`): the inbox's file
names and contents, and the versions of the code that shape the warehouse. A refresh whose fingerprint
equals the published one has nothing to rebuild.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

import duckdb
import polars as pl

from ingest import schemas
from ingest.load import quote_identifier
from ingest.read_text import hash_bytes

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
STATE_TABLE = "meta.refresh_state"


def previous_documents(published: Path) -> pl.DataFrame:
    """The previous warehouse's raw documents (all versions, removed ones included); empty if none."""
    if not published.exists():
        return pl.DataFrame(schema=schemas.DOCUMENTS)
    try:
        with duckdb.connect(str(published), read_only=True) as con:
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
    same = previous.join(expected, on="document_id", how="inner").filter(
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
    con.execute(f"attach {_sql_string(str(published))} as {ALIAS} (read_only)")
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


def _sql_string(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def inbox_state(paths: list[Path], inbox: Path) -> list[tuple[str, str | None]]:
    """Each inbox file's path (relative to the inbox) and content hash; None for a file that cannot be read."""
    state = []
    for path in paths:
        try:
            digest: str | None = hash_bytes(path.read_bytes())
        except OSError:
            digest = None
        state.append((str(path.relative_to(inbox)), digest))
    return state


def refresh_fingerprint(state: list[tuple[str, str | None]], versions: Mapping[str, str]) -> str:
    """A digest of what a build is made from: the inbox files' names and contents and the code versions."""
    return hash_bytes(
        json.dumps({"files": sorted(state), "versions": dict(versions)}, sort_keys=True).encode()
    )


def published_fingerprint(published: Path) -> str | None:
    """The fingerprint the published warehouse was built from (None: no warehouse, or built before it was kept)."""
    if not published.exists():
        return None
    try:
        with duckdb.connect(str(published), read_only=True) as con:
            row = con.execute(f"select fingerprint from {STATE_TABLE}").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def write_fingerprint(con: duckdb.DuckDBPyConnection, fingerprint: str, built_at: datetime) -> None:
    """Record in the warehouse being built what it is made from (one row)."""
    con.execute("create schema if not exists meta")
    con.execute(f"create or replace table {STATE_TABLE} (fingerprint varchar not null, built_at timestamptz)")
    con.execute(f"insert into {STATE_TABLE} values (?, ?)", [fingerprint, built_at])
