"""What a build is made from, and whether the published warehouse was made from the same.

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

from ingest.read.report import hash_bytes
from ingest.state.warehouse_file import connect_warehouse

STATE_TABLE = "meta.refresh_state"


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
        with connect_warehouse(published) as con:
            row = con.execute(f"select fingerprint from {STATE_TABLE}").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def write_fingerprint(con: duckdb.DuckDBPyConnection, fingerprint: str, built_at: datetime) -> None:
    """Record in the warehouse being built what it is made from (one row)."""
    con.execute("create schema if not exists meta")
    con.execute(f"create or replace table {STATE_TABLE} (fingerprint varchar not null, built_at timestamptz)")
    con.execute(f"insert into {STATE_TABLE} values (?, ?)", [fingerprint, built_at])
