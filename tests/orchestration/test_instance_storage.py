"""Dagster's SQLite files in the Dagster home are written without a disk flush per event; other SQLite
databases keep SQLite's default."""

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from orchestration.instance_storage import flush_less, sync_mode


def _synchronous(path: Path) -> int:
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        value = conn.execute(text("pragma synchronous")).scalar_one()
    engine.dispose()
    return value


def test_only_the_dagster_home_files_are_flushed_less(tmp_path: Path) -> None:
    home, elsewhere = tmp_path / "dagster_home", tmp_path / "other"
    home.mkdir()
    elsewhere.mkdir()
    flush_less(home, "off")
    assert _synchronous(home / "runs.db") == 0  # off
    assert _synchronous(elsewhere / "wyvern.db") == 2  # SQLite's default: full


def test_the_setting_is_read_from_the_environment() -> None:
    assert sync_mode({}) == "off"
    assert sync_mode({"COUNCILWH_DAGSTER_SYNC": "Full"}) == "full"
    with pytest.raises(ValueError, match="COUNCILWH_DAGSTER_SYNC"):
        sync_mode({"COUNCILWH_DAGSTER_SYNC": "sometimes"})
