"""Every mart as Parquet and CSV files beside the published warehouse, for Excel, Power BI and pandas.

The files are written from one warehouse snapshot into a temporary folder, which then replaces
`<warehouse dir>/exports/` by rename: a reader finds the old set or the new set, never a mixture of two
builds. `manifest.json` says which build the files come from and how many rows each holds.
"""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from ingest.state.files import swap_folder
from ingest.state.fingerprint import STATE_TABLE

EXPORT_SCHEMA = "marts"
MANIFEST = "manifest.json"


def exports_dir(warehouse: Path) -> Path:
    """Where the exports of `warehouse` live: `<warehouse dir>/exports/`."""
    return warehouse.parent / "exports"


def export_marts(snapshot: Path, target: Path) -> dict[str, int]:
    """Write each table of schema `marts` in `snapshot` as `<table>.parquet` and `<table>.csv` into
    `target`, replacing its previous content in one rename.

    Args:
        snapshot: the DuckDB file to export (the build file a run has just published).
        target: the exports folder, e.g. `exports_dir(published_warehouse)`.

    Returns:
        Rows written per table.
    """
    _remove_leftovers(target)
    staging = target.with_name(f".{target.name}.{uuid.uuid4().hex}.writing")
    staging.mkdir(parents=True)
    try:
        with duckdb.connect(str(snapshot), read_only=True) as con:
            counts = {table: _export_table(con, table, staging) for table in _mart_tables(con)}
            manifest = {"exported_at": datetime.now(UTC).isoformat(), "tables": counts, **_build_state(con)}
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        swap_folder(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return counts


def _mart_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    sql = "select table_name from duckdb_tables() where schema_name = ? order by table_name"
    return [row[0] for row in con.execute(sql, [EXPORT_SCHEMA]).fetchall()]


def _export_table(con: duckdb.DuckDBPyConnection, table: str, folder: Path) -> int:
    relation = con.table(f'{EXPORT_SCHEMA}."{table}"')  # names from duckdb_tables(), quoted
    relation.write_parquet(str(folder / f"{table}.parquet"))
    relation.write_csv(str(folder / f"{table}.csv"), header=True)
    return relation.count("*").fetchall()[0][0]


def _build_state(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The fingerprint and build time the snapshot recorded, when it has them."""
    try:
        row = con.execute(f"select fingerprint, built_at from {STATE_TABLE} limit 1").fetchone()
    except duckdb.CatalogException:
        return {}
    return {"fingerprint": str(row[0]), "built_at": str(row[1])} if row else {}


def _remove_leftovers(target: Path) -> None:
    """Folders a killed export left behind."""
    for stale in target.parent.glob(f".{target.name}.*"):
        if stale.suffix in (".writing", ".old") and stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
