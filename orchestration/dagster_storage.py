"""Dagster's SQLite run and event storage with one pooled SQLAlchemy engine per database file.

Dagster's SQLite storages (1.13) create an engine and open a new SQLite connection for every stored event
and every run-storage query, and throw both away afterwards: about 2 s of a refresh's 14 s at N=500. The
storages here are Dagster's own (same files, tables, migrations, `_db_lock` and a transaction per
connection) except that each database file has one engine whose connections SQLAlchemy keeps open between
uses (its default `QueuePool` for a SQLite file). The run shards' engines are kept for the few most
recently used runs only, so a UI or daemon that sees thousands of runs keeps a bounded number of files open;
evicted engines are closed. Selected in dagster.yaml (`orchestration.instance_storage.POOLED_STORAGE`).
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from dagster._core.storage.base_storage import DagsterStorage
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    INDEX_SHARD_NAME,
    SqliteEventLogStorage,
)
from dagster._core.storage.runs.sqlite.sqlite_run_storage import SqliteRunStorage
from dagster._core.storage.schedules.sqlite.sqlite_schedule_storage import SqliteScheduleStorage
from dagster._core.storage.sqlite import SQLITE_BUSY_TIMEOUT_SECONDS
from dagster._core.storage.sqlite_storage import (
    DagsterSqliteStorage,
    _event_logs_directory,
    _runs_directory,
    _schedule_directory,
)
from dagster._serdes import ConfigurableClassData
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine

from orchestration.instance_storage import storage_opened_alone

RUN_SHARD_ENGINES = 4  # run shards with an open engine: the running run, plus a few the UI may be showing
_inherited: list[Engine] = []  # a forked child's copies of its parent's engines: never used nor closed


class EngineCache:
    """Pooled engines by connection string, the `keep` most recently used; evicted engines are disposed.

    Thread-safe. After a fork the child starts with no engines and leaves the parent's connections alone
    (SQLite connections must not be used or closed across a fork).
    """

    def __init__(self, keep: int) -> None:
        self.keep = keep
        self.created = 0  # engines made, for tests and diagnostics
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self._lock = threading.Lock()
        self._pid = os.getpid()

    def __len__(self) -> int:
        return len(self._engines)

    def get(self, conn_string: str) -> Engine:
        """The engine of this database, made on first use (Dagster's busy timeout)."""
        evicted: list[Engine] = []
        with self._lock:
            self._leave_if_forked()
            engine = self._engines.get(conn_string)
            if engine is None:
                engine = create_engine(conn_string, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS})
                self._engines[conn_string] = engine
                self.created += 1
            self._engines.move_to_end(conn_string)
            while len(self._engines) > self.keep:
                evicted.append(self._engines.popitem(last=False)[1])
        for old in evicted:
            old.dispose()  # connections checked out elsewhere are closed when they are returned
        return engine

    def dispose(self) -> None:
        """Close every engine's connections and forget the engines."""
        with self._lock:
            self._leave_if_forked()
            engines = list(self._engines.values())
            self._engines.clear()
        for engine in engines:
            engine.dispose()

    def _leave_if_forked(self) -> None:
        if self._pid != os.getpid():
            _inherited.extend(self._engines.values())
            self._engines.clear()
            self._pid = os.getpid()


class PooledSqliteRunStorage(SqliteRunStorage):
    """Dagster's SQLite run storage on one pooled engine."""

    def __init__(self, conn_string: str, inst_data: ConfigurableClassData | None = None) -> None:
        self.engines = EngineCache(keep=1)
        super().__init__(conn_string, inst_data)

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A pooled connection in a transaction (Dagster's: a new engine and connection each time)."""
        with self.engines.get(self._conn_string).connect() as conn, conn.begin():
            yield conn

    def dispose(self) -> None:
        """Close the pooled connections."""
        super().dispose()
        self.engines.dispose()


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """Dagster's SQLite event log (one file per run plus the index shard) on pooled engines."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        self.index_engines = EngineCache(keep=1)
        self.shard_engines = EngineCache(keep=RUN_SHARD_ENGINES)
        super().__init__(base_dir, inst_data)

    def _engine(self, shard: str) -> Engine:
        cache = self.index_engines if shard == INDEX_SHARD_NAME else self.shard_engines
        return cache.get(self.conn_string_for_shard(shard))

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:
        with self._db_lock:  # as Dagster's: one connection at a time, the shard initialised on first use
            engine = self._engine(shard)
            if shard not in self._initialized_dbs:
                self._initdb(engine)
                self._initialized_dbs.add(shard)
            with engine.connect() as conn, conn.begin():
                yield conn

    def has_table(self, table_name: str) -> bool:
        """Whether the index shard has this table (asked for every asset check event)."""
        engine = self._engine(INDEX_SHARD_NAME)
        with engine.connect() as conn:
            return bool(engine.dialect.has_table(conn, table_name))

    def wipe(self) -> None:
        """Dagster's wipe (deletes the run shards' files), the shards' engines closed first."""
        with self._db_lock:
            self.shard_engines.dispose()
        super().wipe()

    def dispose(self) -> None:
        """Stop watching and close the pooled connections."""
        super().dispose()
        self.shard_engines.dispose()
        self.index_engines.dispose()


class PooledSqliteStorage(DagsterSqliteStorage):
    """Dagster's SQLite storage in `base_dir` (the same files) with pooled run and event-log storage."""

    def __init__(self, base_dir: str, inst_data: ConfigurableClassData | None = None) -> None:
        self.base_dir = base_dir
        with storage_opened_alone(Path(base_dir)):  # a new file's tables made by one process (the UI, a run)
            self._run_storage = PooledSqliteRunStorage.from_local(_runs_directory(base_dir))
            self._event_log_storage = PooledSqliteEventLogStorage(_event_logs_directory(base_dir))
            self._schedule_storage = SqliteScheduleStorage.from_local(_schedule_directory(base_dir))
        self._inst_data = inst_data
        DagsterStorage.__init__(self)  # not Dagster's SQLite storage's: it would open the default ones

    @classmethod
    def from_config_value(  # ty: ignore[invalid-method-override]
        cls, inst_data: ConfigurableClassData, config_value: dict[str, str]
    ) -> PooledSqliteStorage:
        """From dagster.yaml's `storage: custom: config:` (`base_dir`)."""
        return cls.from_local(inst_data=inst_data, **config_value)
