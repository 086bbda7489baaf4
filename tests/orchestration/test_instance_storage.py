"""Dagster's SQLite files in the Dagster home are written without a disk flush per event (write-ahead log,
synchronous=NORMAL); other SQLite databases keep SQLite's defaults. With the pooled storage chosen in
dagster.yaml, a run's events are stored on a few kept connections and read back as with Dagster's own."""

import argparse
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from dagster import (
    AssetCheckResult,
    AssetKey,
    DagsterEventType,
    DagsterInstance,
    DagsterRunStatus,
    Definitions,
    asset,
    asset_check,
    define_asset_job,
)
from dagster._core.storage.sqlite_storage import DagsterSqliteStorage
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine

from orchestration import cli
from orchestration.dagster_storage import (
    RUN_SHARD_ENGINES,
    PooledSqliteEventLogStorage,
    PooledSqliteRunStorage,
    PooledSqliteStorage,
)
from orchestration.instance_storage import POOLED_STORAGE, chooses_storage, flush_less, sync_mode


def _settings(path: Path) -> tuple[int, str]:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        conn.execute(text("create table if not exists t (x int)"))
        value = conn.execute(text("pragma synchronous")).scalar_one()
        journal = conn.execute(text("pragma journal_mode")).scalar_one()
    engine.dispose()
    return value, journal


def test_only_the_dagster_home_files_are_flushed_less(tmp_path: Path) -> None:
    home, elsewhere = tmp_path / "dagster_home", tmp_path / "other"
    home.mkdir()
    elsewhere.mkdir()
    flush_less(home)
    assert _settings(home / "runs.db") == (1, "wal")  # normal, with write-ahead logging
    assert _settings(home / "runs.db") == (
        1,
        "wal",
    )  # again on the next connection (synchronous is per connection)
    (home / "history" / "runs").mkdir(parents=True)
    assert _settings(home / "history" / "runs" / "r1.db") == (1, "wal")  # a run's own file, in a subfolder
    assert _settings(elsewhere / "wyvern.db") == (2, "delete")  # SQLite's defaults: full, rollback journal


def test_the_setting_is_read_from_the_environment() -> None:
    assert sync_mode({}) == "normal"
    assert sync_mode({"COUNCILWH_DAGSTER_SYNC": "Full"}) == "full"
    with pytest.raises(ValueError, match="COUNCILWH_DAGSTER_SYNC"):
        sync_mode({"COUNCILWH_DAGSTER_SYNC": "sometimes"})


# --- the pooled storage (orchestration.dagster_storage), chosen in dagster.yaml -----------------------------

POOLED_HOME = "telemetry:\n  enabled: false\n" + POOLED_STORAGE


@asset
def wyvern_budget() -> int:
    return 120


@asset_check(asset=wyvern_budget)
def wyvern_budget_is_positive() -> AssetCheckResult:
    return AssetCheckResult(passed=True)


WYVERN_JOB = Definitions(
    assets=[wyvern_budget],
    asset_checks=[wyvern_budget_is_positive],
    jobs=[define_asset_job("wyvern_refresh")],
).resolve_job_def("wyvern_refresh")


def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, settings: str = POOLED_HOME) -> Path:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text(settings)
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    return home


@contextmanager
def _sqlite_connections_opened(folder: Path) -> Iterator[list[str]]:
    """The SQLite connections SQLAlchemy opens to files under `folder` while in the block."""
    opened: list[str] = []

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        name = next(row[2] for row in dbapi_connection.execute("pragma database_list") if row[1] == "main")
        if name and Path(name).resolve().is_relative_to(folder.resolve()):
            opened.append(name)

    event.listen(Engine, "connect", on_connect)
    try:
        yield opened
    finally:
        event.remove(Engine, "connect", on_connect)


def _run_shard_files_open(home: Path) -> set[str]:
    """The run shards (history/runs/<run id>.db) this process holds open."""
    names = {os.path.realpath(f"/proc/self/fd/{fd}") for fd in os.listdir("/proc/self/fd")}
    runs = str((home / "history" / "runs").resolve()) + os.sep
    return {n for n in names if n.startswith(runs) and n.endswith(".db") and not n.endswith("index.db")}


def test_a_run_is_stored_on_a_few_connections_and_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, monkeypatch)
    with DagsterInstance.get() as instance, _sqlite_connections_opened(home) as opened:
        assert isinstance(instance.event_log_storage, PooledSqliteEventLogStorage)
        assert isinstance(instance.run_storage, PooledSqliteRunStorage)
        result = WYVERN_JOB.execute_in_process(instance=instance)
        stored = instance.all_logs(result.run_id)
        record = instance.get_run_record_by_id(result.run_id)
        materialisations = instance.fetch_materializations(AssetKey("wyvern_budget"), limit=5).records
    assert result.success and record is not None
    assert record.dagster_run.status == DagsterRunStatus.SUCCESS
    assert [m.run_id for m in materialisations] == [result.run_id]  # mirrored in the index shard
    assert any(e.dagster_event_type == DagsterEventType.ASSET_CHECK_EVALUATION for e in stored)
    # the run's ~20 events (and their index copies, the run's status) on a few kept connections
    assert len(stored) >= 15 and len(opened) <= 4, (len(stored), opened)


def test_dagster_default_storage_opens_a_connection_per_event(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, monkeypatch, "telemetry:\n  enabled: false\n")  # no storage: Dagster's own
    with DagsterInstance.get() as instance, _sqlite_connections_opened(home) as opened:
        result = WYVERN_JOB.execute_in_process(instance=instance)
        stored = instance.all_logs(result.run_id)
    assert len(opened) > len(stored)  # what the pooled storage saves


def test_the_run_shards_kept_open_stay_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = _home(tmp_path, monkeypatch)
    with DagsterInstance.get() as instance:
        storage = instance.event_log_storage
        assert isinstance(storage, PooledSqliteEventLogStorage)
        runs = [WYVERN_JOB.execute_in_process(instance=instance).run_id for _ in range(RUN_SHARD_ENGINES + 3)]
        assert len(storage.shard_engines) == RUN_SHARD_ENGINES
        assert storage.shard_engines.created == len(runs)  # one engine a run, not one an event
        assert len(_run_shard_files_open(home)) <= RUN_SHARD_ENGINES  # evicted engines closed their files
        first = instance.all_logs(runs[0])  # an evicted run is read again
        assert first[-1].dagster_event_type == DagsterEventType.RUN_SUCCESS
    assert not _run_shard_files_open(home)  # all closed with the instance


def test_wipe_deletes_the_run_shards_while_engines_are_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, monkeypatch)
    with DagsterInstance.get() as instance:
        WYVERN_JOB.execute_in_process(instance=instance)
        assert _run_shard_files_open(home)
        instance.wipe()
        assert not _run_shard_files_open(home)
        assert [p.name for p in (home / "history" / "runs").glob("*.db")] == ["index.db"]
        assert instance.get_runs() == []
        again = WYVERN_JOB.execute_in_process(instance=instance)  # a new shard after the wipe
        assert instance.get_run_record_by_id(again.run_id) is not None
        assert len(instance.fetch_materializations(AssetKey("wyvern_budget"), limit=5).records) == 1


READER = """
from dagster import AssetKey, DagsterInstance
with DagsterInstance.get() as instance:
    runs = [(r.dagster_run.run_id, r.dagster_run.status.value) for r in instance.get_run_records()]
    found = instance.fetch_materializations(AssetKey("wyvern_budget"), limit=9).records
    print(type(instance.event_log_storage).__name__, sorted(runs), len(found))
"""


def test_another_process_and_dagster_default_storage_read_the_home_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = _home(tmp_path, monkeypatch)
    with DagsterInstance.get() as instance:
        first = WYVERN_JOB.execute_in_process(instance=instance).run_id  # engines kept open meanwhile
        seen = subprocess.run(
            [sys.executable, "-c", READER], capture_output=True, text=True, check=True, timeout=120
        ).stdout.strip()  # like the UI: its own process on the same home
        assert seen == f"PooledSqliteEventLogStorage [('{first}', 'SUCCESS')] 1"
        second = WYVERN_JOB.execute_in_process(instance=instance).run_id  # and this process writes on
        default = DagsterSqliteStorage.from_local(str(home))  # the storage without the setting: same files
        try:
            assert {r.dagster_run.run_id for r in default.run_storage.get_run_records()} == {first, second}
            assert len(default.event_log_storage.get_logs_for_run(second)) == len(instance.all_logs(second))
        finally:
            default.dispose()


def test_the_cli_home_gets_the_setting_once_and_a_storage_of_ones_own_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    home = tmp_path / "dagster_home"
    monkeypatch.setattr(cli, "DEFAULT_DAGSTER_HOME", home)
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")  # an older home
    cli._prepare_environment(argparse.Namespace())
    cli._prepare_environment(argparse.Namespace())
    assert (home / "dagster.yaml").read_text().count("storage:") == 1
    with DagsterInstance.get() as instance:
        assert isinstance(instance.get_ref().storage, PooledSqliteStorage)  # as dagster.yaml says
    borsetshire = "storage:\n  postgres:\n    postgres_db:\n      hostname: borsetshire\n"
    (home / "dagster.yaml").write_text(borsetshire)
    cli._prepare_environment(argparse.Namespace())
    assert (home / "dagster.yaml").read_text().count("storage:") == 1
    assert chooses_storage("run_storage:\n  module: x\n") and not chooses_storage("# storage: later\n")
