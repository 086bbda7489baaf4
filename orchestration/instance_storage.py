"""Dagster's run and event bookkeeping in SQLite, without a disk flush per event.

A refresh run stores a few hundred events (step starts and ends, materialisations, check results), and
Dagster's SQLite storage commits each one on a connection of its own; with SQLite's default
`synchronous=FULL` every commit waits for the disk (about 20-30 ms on this machine's disk, several
seconds a run). `synchronous=OFF` for the SQLite files in the Dagster home leaves the flushing to the
operating system: a crash of the refresh itself loses nothing, a power cut or kernel crash may lose (or
damage) the run history, never the warehouse, which DuckDB writes and publishes on its own. Set
`COUNCILWH_DAGSTER_SYNC=full` (or `normal`) to keep SQLite's flushing.
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
    """SQLite's `synchronous` setting for the Dagster home's files: `COUNCILWH_DAGSTER_SYNC`, else off."""
    value = (env if env is not None else os.environ).get(SYNC_SETTING, "").strip().lower() or "off"
    if value not in SYNC_MODES:
        raise ValueError(f"{SYNC_SETTING}={value!r}: choose one of {', '.join(SYNC_MODES)}")
    return value


def _in_folder(connection: sqlite3.Connection, folder: Path) -> bool:
    rows = connection.execute("pragma database_list").fetchall()
    return any(row[2] and Path(row[2]).resolve().is_relative_to(folder) for row in rows)


def flush_less(dagster_home: Path, mode: str | None = None) -> None:
    """Set `synchronous` on every SQLite connection SQLAlchemy opens in this process to a file under
    `dagster_home` (Dagster's run, event and schedule storage); other databases are left alone."""
    mode = mode or sync_mode()
    if mode == "full" or _installed:
        return
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    folder = dagster_home.resolve()

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        if isinstance(dbapi_connection, sqlite3.Connection) and _in_folder(dbapi_connection, folder):
            dbapi_connection.execute(f"pragma synchronous={mode}")

    event.listen(Engine, "connect", on_connect)
    _installed.append(on_connect)
