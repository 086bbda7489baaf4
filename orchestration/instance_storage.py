"""Dagster's run and event bookkeeping in SQLite, without a disk flush per event.

A refresh run stores a few hundred events (step starts and ends, materialisations, check results), and
Dagster's SQLite storage commits each one on a connection of its own; with SQLite's default rollback
journal and `synchronous=FULL` every commit waits for the disk (about 20-30 ms on this machine's disk,
several seconds a run). The SQLite files in the Dagster home are switched to write-ahead logging with
`synchronous=NORMAL` (SQLite's documented setting for WAL): a commit appends to the log without waiting
for the disk, the log is flushed at checkpoints, and the database cannot be damaged by a crash or a power
cut (at worst the last events before a power cut are lost). The warehouse is not concerned: DuckDB writes
and publishes it on its own. `COUNCILWH_DAGSTER_SYNC=full` keeps SQLite's defaults; `off` flushes nothing.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

SYNC_SETTING = "COUNCILWH_DAGSTER_SYNC"
SYNC_MODES = ("off", "normal", "full")
_installed: list[Any] = []


def sync_mode(env: dict[str, str] | None = None) -> str:
    """SQLite's `synchronous` setting for the Dagster home's files: `COUNCILWH_DAGSTER_SYNC`, else normal."""
    value = (env if env is not None else os.environ).get(SYNC_SETTING, "").strip().lower() or "normal"
    if value not in SYNC_MODES:
        raise ValueError(f"{SYNC_SETTING}={value!r}: choose one of {', '.join(SYNC_MODES)}")
    return value


def _in_folder(connection: sqlite3.Connection, folder: Path) -> bool:
    rows = connection.execute("pragma database_list").fetchall()
    return any(row[2] and Path(row[2]).resolve().is_relative_to(folder) for row in rows)


def flush_less(dagster_home: Path, mode: str | None = None) -> None:
    """Write-ahead logging and `synchronous=mode` on every SQLite connection SQLAlchemy opens in this process
    to a file under `dagster_home` (Dagster's run, event and schedule storage); other databases are left
    alone. A file another process holds locked keeps its journal mode (the setting is only a speed-up)."""
    mode = mode or sync_mode()
    if mode == "full" or _installed:
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    folder = dagster_home.resolve()

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection) and _in_folder(dbapi_connection, folder):
            try:
                dbapi_connection.execute("pragma journal_mode=wal")  # kept in the file once set
            except sqlite3.OperationalError:  # locked by another process (e.g. the UI) just now
                pass
            dbapi_connection.execute(f"pragma synchronous={mode}")

    event.listen(Engine, "connect", on_connect)
    _installed.append(on_connect)
