"""Modules imported ahead of the steps that need them (`orchestration.preload`)."""

import sys
from pathlib import Path

from expectations import worker as checks_worker
from orchestration import dbt_worker
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
