"""Modules imported ahead of the steps that need them (`orchestration.preload`), and the refresh's own
imports kept out of garbage collection (`orchestration.cli.long_lived_imports`)."""

import gc
import sys
from importlib import import_module
from pathlib import Path

import pytest

from expectations import worker as checks_worker
from orchestration import dbt_worker
from orchestration.cli import long_lived_imports
from orchestration.preload import LATER_STEPS, preload, prestart_workers


def test_preloaded_modules_are_imported_and_a_missing_one_is_skipped() -> None:
    sys.modules.pop("colorsys", None)
    preload(("no_such_module_in_wyvern", "colorsys")).join(timeout=60)
    assert "colorsys" in sys.modules


def test_the_later_steps_modules_exist() -> None:
    preload().join(timeout=120)
    assert all(name in sys.modules for name in LATER_STEPS)


def test_prestart_workers_starts_dbts_and_the_checks_worker_once(tmp_path: Path) -> None:
    warehouse = tmp_path / "wyvern" / "warehouse.duckdb"
    prestart_workers(warehouse)
    prestart_workers(warehouse)  # both wait already: nothing more is started
    dbt_workers = [w for _, w in dbt_worker._waiting if w.poll() is None]
    check_workers = [w for w in checks_worker._started if w.poll() is None]
    try:
        assert len(dbt_workers) == 1
        assert len(check_workers) == 1
    finally:
        for worker in dbt_workers + check_workers:  # never asked: each ends when its input closes
            worker.stdin.close()
        assert [worker.wait(timeout=120) for worker in dbt_workers + check_workers] == [0, 0]
        dbt_worker._waiting.clear()
        checks_worker._started.clear()


def test_long_lived_imports_load_without_collections_and_are_frozen_after() -> None:
    gc.unfreeze()
    gc.enable()
    try:
        with long_lived_imports():
            assert not gc.isenabled()
            loaded = [[n] for n in range(1000)]  # objects made while importing
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(loaded)  # later collections leave them out

        with pytest.raises(ImportError), long_lived_imports():
            import_module("councilwh_no_such_module")
        assert gc.isenabled()  # back on after a failed import too
    finally:
        gc.unfreeze()
        gc.enable()
