"""Incremental builds: start the build file from the published warehouse and change only what changed.

A full build writes every raw table into a new file and dbt builds every mart from nothing. When the
published warehouse was built by the same code (its build basis, `meta.build_basis`, equals this run's),
the build file starts as a copy of it instead (a file copy is cheap next to dbt); the raw rows of the
documents that changed (added, changed, renamed or removed) are deleted and their new rows inserted, and
their ids are recorded in `meta.changed_documents`, which the dbt fact marts read to rebuild only those
documents' rows (dbt_project/macros/incremental_documents.sql). A document kept under its published file
name and path is not even read again: its text stays unloaded and its page and warning rows are kept
(`text_free_documents`, `split_known`). Both ways give the same warehouse.
"""

from __future__ import annotations

import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

import duckdb
import polars as pl

from ingest.raw import schemas
from ingest.raw.load import quote_identifier, write_tables
from ingest.read.inbox import KnownFile
from ingest.state.reuse import FACT_TABLES
from ingest.state.warehouse_file import connect_warehouse

BASIS_TABLE = "meta.build_basis"
CHANGED_TABLE = "meta.changed_documents"
TEXT_TABLES = ["pages", "warnings"]  # rows made from a document's text alone, kept with it when not re-read


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


def builds_on_published(published: Path, basis: str | None) -> bool:
    """Whether this build starts from the published warehouse: it was built under `basis` (same code and
    reading options). `basis` None: a full build."""
    return basis is not None and published_basis(published) == basis


def copy_published(published: Path, build: Path) -> None:
    """Start the build file as a copy of the published warehouse (an incremental build)."""
    build.unlink(missing_ok=True)
    shutil.copyfile(published, build)


class KeptDocument(NamedTuple):
    """A published document as the text-free reading of an incremental build needs it."""

    parser_version: str
    source_file: str
    file_path: str
    chars: int  # its text's length (the end of its last page)


def text_free_documents(published: Path, previous: pl.DataFrame) -> dict[str, KeptDocument]:
    """The published warehouse's live documents by id: a file of one of them, under its name and path and
    read under its parser version, keeps its rows on an incremental build without its text being loaded."""
    live = previous.filter(~pl.col("is_removed").fill_null(False)).unique("document_id", keep="first")
    if live.is_empty():
        return {}
    try:
        with connect_warehouse(published) as con:
            ends = con.sql(
                "select document_id, max(char_end) as chars from raw.pages group by all"
            ).to_arrow_table()
    except duckdb.Error:
        return {}
    rows = live.join(pl.from_arrow(ends), on="document_id", how="left").select(
        "document_id", "parser_version", "source_file", "file_path", pl.col("chars").fill_null(0)
    )
    return dict(
        zip(rows["document_id"], map(KeptDocument._make, rows.drop("document_id").rows()), strict=True)
    )


def split_known(
    deferred: list[KnownFile], kept: Mapping[str, KeptDocument], read_now: set[str]
) -> tuple[list[KnownFile], list[KnownFile]]:
    """Split the files of published documents into those whose document keeps its rows without its text
    (its first file by name is the published row's file, by name and path, and no other file of the same
    content is read now) and those whose text must be read (e.g. renamed or moved)."""
    by_document: dict[str, list[KnownFile]] = {}
    for file in deferred:
        by_document.setdefault(file.content_hash, []).append(file)
    known: list[KnownFile] = []
    unsure: list[KnownFile] = []
    for document_id, files in by_document.items():
        first = min(file.source_file for file in files)
        named = [file.file_path for file in files if file.source_file == first]
        published = kept[document_id]
        same = named == [published.file_path] and first == published.source_file
        (known if same and document_id not in read_now else unsure).extend(files)
    return known, unsure


def incremental_build(build: Path) -> bool:
    """Whether the build file starts from the published warehouse (it lists the changed documents)."""
    with connect_warehouse(build) as con:
        return table_exists(con, CHANGED_TABLE)


def table_exists(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    """Whether the warehouse behind `con` holds the table `name` ("schema.table")."""
    schema, table = name.split(".")
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
    con: duckdb.DuckDBPyConnection,
    frames: dict[str, pl.DataFrame],
    reused: set[str],
    text_free: set[str] | frozenset[str] = frozenset(),
) -> dict[str, int]:
    """Bring a copy of the published warehouse's raw tables up to this refresh: documents and quarantine
    replaced whole; fact rows of every document not reused, and page and warning rows of every document not
    read text-free, deleted and the new rows inserted; kept rows given their document's current file name.
    Records the changed documents.

    Args:
        con: the build file, a copy of the published warehouse.
        frames: this refresh's raw frames (`ingest.parse.tables.build_raw_tables`, documents with history).
        reused: documents whose parsed rows are kept.
        text_free: reused documents whose text was not read (`split_known`): their pages and warnings are
            kept too (`frames` holds none of theirs).

    Returns:
        table name -> rows in the table.
    """
    changed = changed_documents(con, frames["documents"], reused)
    kept = {table: reused for table in FACT_TABLES} | {table: text_free for table in TEXT_TABLES}
    rows = write_tables(con, {name: frame for name, frame in frames.items() if name not in kept})
    con.execute("begin transaction")
    try:
        for table, ids in kept.items():
            rows[table] = _replace_rows(con, table, frames[table], ids)
        con.register(
            "_changed_ids", pl.DataFrame({"document_id": sorted(changed)}, schema={"document_id": pl.String})
        )
        con.execute(f"create or replace table {CHANGED_TABLE} as select document_id from _changed_ids")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return rows


def _replace_rows(con: duckdb.DuckDBPyConnection, table: str, frame: pl.DataFrame, kept: set[str]) -> int:
    """Delete the rows of every document not `kept`, insert `frame`'s rows, and give kept rows their
    document's current file name; returns the rows in the table."""
    name = f"raw.{quote_identifier(table)}"
    con.register("_kept_ids", pl.DataFrame({"document_id": sorted(kept)}, schema={"document_id": pl.String}))
    con.execute(f"delete from {name} where document_id not in (select document_id from _kept_ids)")
    con.unregister("_kept_ids")
    con.register(
        "_new_rows", frame.select(list(schemas.RAW_TABLES[table])).cast(schemas.RAW_TABLES[table]).to_arrow()
    )
    con.execute(f"insert into {name} by name select * from _new_rows")
    con.unregister("_new_rows")
    con.execute(
        f"update {name} as facts set source_file = docs.source_file from raw.documents as docs "
        "where facts.document_id = docs.document_id and facts.source_file is distinct from docs.source_file"
    )
    return con.execute(f"select count(*) from {name}").fetchall()[0][0]


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
