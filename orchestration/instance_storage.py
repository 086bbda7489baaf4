"""Dagster's run and event bookkeeping in SQLite, without a disk flush per event.

A refresh run stores a few hundred events (step starts and ends, materialisations, check results), and
Dagster's SQLite storage commits each one on a connection of its own; with SQLite's default rollback
journal and `synchronous=FULL` every commit waits for the disk (about 20-30 ms on this machine's disk,
several seconds a run). The SQLite files in the Dagster home are switched to write-ahead logging with
`synchronous=NORMAL` (SQLite's documented setting for WAL): a commit appends to the log without waiting
for the disk, the log is flushed at checkpoints, and the database cannot be damaged by a crash or a power
cut (at worst the last events before a power cut are lost). The warehouse is not concerned: DuckDB writes
and publishes it on its own. `COUNCILWH_DAGSTER_SYNC=full` keeps SQLite's defaults; `off` flushes nothing.

`POOLED_STORAGE` is the dagster.yaml setting that keeps those connections open between events
(`orchestration.dagster_storage`) instead of opening one per event; without it Dagster's defaults apply.
`storage_opened_alone` lets one process at a time open the storage, so a new home's tables are made once.
"""

from __future__ import annotations

import fcntl
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

SYNC_SETTING = "COUNCILWH_DAGSTER_SYNC"
SYNC_MODES = ("off", "normal", "full")
_installed: list[Any] = []
STORAGE_LOCK = ".storage.lock"  # in the Dagster home
LOCK_WAIT_SECONDS = 300.0  # for another process to open the storage (seconds, even on a busy machine)
LOCK_POLL_SECONDS = 0.1
_opening: set[Path] = set()  # Dagster homes whose storage lock this process holds
_opening_guard = threading.RLock()

# Dagster's SQLite files in the Dagster home, one pooled engine per file instead of one per event
POOLED_STORAGE = """storage:  # Dagster's SQLite files here, connections kept open (remove: Dagster's defaults)
  custom:
    module: orchestration.dagster_storage
    class: PooledSqliteStorage
    config:
      base_dir:
        env: DAGSTER_HOME
"""
# top-level keys of dagster.yaml that choose the storage (Dagster refuses `storage` beside the others)
_STORAGE_KEY = re.compile(r"^(storage|run_storage|event_log_storage|schedule_storage)\s*:", re.MULTILINE)


def chooses_storage(settings: str) -> bool:
    """Whether a dagster.yaml's text already says where runs and events are stored (e.g. Postgres)."""
    return bool(_STORAGE_KEY.search(settings))


def sync_mode(env: dict[str, str] | None = None) -> str:
    """SQLite's `synchronous` setting for the Dagster home's files: `COUNCILWH_DAGSTER_SYNC`, else normal."""
    value = (env if env is not None else os.environ).get(SYNC_SETTING, "").strip().lower() or "normal"
    if value not in SYNC_MODES:
        raise ValueError(f"{SYNC_SETTING}={value!r}: choose one of {', '.join(SYNC_MODES)}")
    return value


@lru_cache(maxsize=256)
def _is_under(filename: str, folder: Path) -> bool:
    return bool(filename) and Path(filename).resolve().is_relative_to(folder)


def _main_file(connection: sqlite3.Connection) -> str:
    """The file of the connection's main database ('' in memory)."""
    return next((row[2] for row in connection.execute("pragma database_list") if row[1] == "main"), "")


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

    in_wal: set[str] = set()  # files this process has seen switched (the mode is kept in the file)

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # with Dagster's default storage (a connection per event) this runs hundreds of times: kept cheap
        if not isinstance(dbapi_connection, sqlite3.Connection):
            return
        filename = _main_file(dbapi_connection)
        if not _is_under(filename, folder):
            return
        if filename not in in_wal:
            try:
                dbapi_connection.execute("pragma journal_mode=wal")
                in_wal.add(filename)
            except sqlite3.OperationalError:  # locked by another process (e.g. the UI) just now
                pass
        dbapi_connection.execute(f"pragma synchronous={mode}")

    event.listen(Engine, "connect", on_connect)
    _installed.append(on_connect)


class StorageLockTimeout(RuntimeError):
    """Another process kept the Dagster home's storage lock longer than a storage takes to open."""


def _lock(handle: IO[str], lock_file: Path, wait_seconds: float) -> None:
    """Take the OS lock on `handle`, waiting at most `wait_seconds` for the process that holds it."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)  # released when the file is closed
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise StorageLockTimeout(
                    f"another process has been opening the Dagster storage for over {wait_seconds:.0f} s "
                    f"(it holds {lock_file}); if no councilwh or Dagster process is running, that process is "
                    "hung: stop it and run again"
                ) from None
            time.sleep(LOCK_POLL_SECONDS)


@contextmanager
def storage_opened_alone(dagster_home: Path, wait_seconds: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold while Dagster's storage in `dagster_home` is opened: one process at a time.

    Dagster's SQLite run and schedule storages create the tables of a new file without a lock (they look,
    then `CREATE TABLE`): two processes opening a fresh home at once (two refreshes, a refresh and the UI)
    could fail with 'table jobs already exists' (2 of 10 pairs of refreshes started together). An OS file
    lock in the home, released if the process dies; held again in the same process, it is already held.
    Opening a storage takes seconds: a lock held for `wait_seconds` raises `StorageLockTimeout` naming the
    lock file. A home where no lock file can be made (read-only) has no tables to make either: no lock.
    """
    home = dagster_home.resolve()
    with _opening_guard:
        if home in _opening:
            yield
            return
        try:
            home.mkdir(parents=True, exist_ok=True)
            handle = open(home / STORAGE_LOCK, "a")  # noqa: SIM115 (closed below, after the yield)
        except OSError:
            yield
            return
        with handle:
            _lock(handle, home / STORAGE_LOCK, wait_seconds)
            _opening.add(home)
            try:
                yield
            finally:
                _opening.discard(home)
