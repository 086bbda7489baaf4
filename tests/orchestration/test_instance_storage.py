"""Dagster's SQLite files in the Dagster home are written without a disk flush per event (write-ahead log,
synchronous=NORMAL); other SQLite databases keep SQLite's defaults."""

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from orchestration.instance_storage import flush_less, sync_mode


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
