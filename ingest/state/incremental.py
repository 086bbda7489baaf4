"""Incremental builds: start the build file from the published warehouse and change only what changed.

A full build writes every raw table into a new file and dbt builds every mart from nothing. When the
published warehouse was built by the same code (its build basis, `meta.build_basis`, equals this run's),
the build file starts as a copy of it instead (a file copy is cheap next to dbt); the raw rows of the
documents that changed (added, changed, renamed or removed) are deleted and their new rows inserted, and
their ids are recorded in `meta.changed_documents`, which the dbt fact marts read to rebuild only those
documents' rows (dbt_project/macros/incremental_documents.sql). Both ways give the same warehouse.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import polars as pl

from ingest.raw import schemas
from ingest.raw.load import quote_identifier, write_tables
from ingest.state.reuse import FACT_TABLES
from ingest.state.warehouse_file import connect_warehouse

BASIS_TABLE = "meta.build_basis"
CHANGED_TABLE = "meta.changed_documents"


def published_basis(published: Path) -> str | None:
    """The build basis the published warehouse was built under (None: none, or built before it was kept)."""
    if not published.exists():
        return None
    try:
        with connect_warehouse(published) as con:
            row = con.execute(f"select basis from {BASIS_TABLE}").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def start_from_published(published: Path, build: Path, basis: str | None) -> bool:
    """Copy the published warehouse to `build` when it was built under `basis` (same code and reading
    options); returns whether it did, i.e. whether this build is incremental. `basis` None: a full build."""
    if basis is None or published_basis(published) != basis:
        return False
    build.unlink(missing_ok=True)
    shutil.copyfile(published, build)
    return True


def incremental_build(build: Path) -> bool:
    """Whether the build file starts from the published warehouse (it lists the changed documents)."""
    schema, table = CHANGED_TABLE.split(".")
    with connect_warehouse(build) as con:
        found = con.execute(
            "select count(*) from duckdb_tables() where schema_name = ? and table_name = ?", [schema, table]
        ).fetchall()
    return found[0][0] > 0


def write_basis(con: duckdb.DuckDBPyConnection, basis: str | None) -> None:
    """Record the build basis in the warehouse being built (no row: a build no later one starts from)."""
    con.execute("create schema if not exists meta")
    con.execute(f"create or replace table {BASIS_TABLE} (basis varchar not null)")
    if basis is not None:
        con.execute(f"insert into {BASIS_TABLE} values (?)", [basis])


def update_raw_tables(
    con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame], reused: set[str]
) -> dict[str, int]:
    """Bring a copy of the published warehouse's raw tables up to this refresh: documents, pages, warnings
    and quarantine replaced whole; fact rows of every document not reused deleted and the newly parsed rows
    inserted; reused rows given their document's current file name. Records the changed documents.

    Args:
        con: the build file, a copy of the published warehouse.
        frames: this refresh's raw frames (`ingest.parse.tables.build_raw_tables`, documents with history).
        reused: documents whose parsed rows are kept.

    Returns:
        table name -> rows in the table.
    """
    changed = changed_documents(con, frames["documents"], reused)
    rows = write_tables(con, {name: frame for name, frame in frames.items() if name not in FACT_TABLES})
    con.register(
        "_kept_ids", pl.DataFrame({"document_id": sorted(reused)}, schema={"document_id": pl.String})
    )
    con.execute("begin transaction")
    try:
        for table in FACT_TABLES:
            name = f"raw.{quote_identifier(table)}"
            con.execute(f"delete from {name} where document_id not in (select document_id from _kept_ids)")
            frame = frames[table].select(list(schemas.RAW_TABLES[table])).cast(schemas.RAW_TABLES[table])
            con.register("_new_rows", frame.to_arrow())
            con.execute(f"insert into {name} by name select * from _new_rows")
            con.unregister("_new_rows")
            con.execute(
                f"update {name} as facts set source_file = docs.source_file from raw.documents as docs "
                "where facts.document_id = docs.document_id and facts.source_file is distinct from docs.source_file"
            )
            rows[table] = con.execute(f"select count(*) from {name}").fetchall()[0][0]
        con.register(
            "_changed_ids", pl.DataFrame({"document_id": sorted(changed)}, schema={"document_id": pl.String})
        )
        con.execute(f"create or replace table {CHANGED_TABLE} as select document_id from _changed_ids")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return rows


def changed_documents(con: duckdb.DuckDBPyConnection, documents: pl.DataFrame, reused: set[str]) -> set[str]:
    """Documents whose mart rows may differ from the published ones: every document not reused (added,
    changed or removed), and every reused one whose `raw.documents` row changed (renamed, moved)."""
    con.register("_documents_now", documents.select(list(schemas.DOCUMENTS)).to_arrow())
    differing = con.execute(
        "select document_id from (select * from _documents_now except select * from raw.documents)"
    ).fetchall()
    con.unregister("_documents_now")
    live = set(documents.filter(~pl.col("is_removed").fill_null(False))["document_id"].to_list())
    previous = {
        r[0]
        for r in con.execute(
            "select document_id from raw.documents where not coalesce(is_removed, false)"
        ).fetchall()
    }
    return {r[0] for r in differing} | (live - reused) | (previous - live - reused)
