import os
from pathlib import Path

import duckdb
import pytest

from ingest.state.warehouse_file import (
    RefreshBusy,
    build_path,
    dbt_link_path,
    publish,
    refresh_lock,
    remove_stale_builds,
)


def _make_db(path: Path, value: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with duckdb.connect(str(path)) as con:
        con.execute("create table t as select ? as v", [value])


def test_publish_replaces_the_warehouse_while_a_reader_keeps_the_old_one(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    _make_db(build_path(warehouse, "run-1"), 1)
    publish(build_path(warehouse, "run-1"), warehouse)
    reader = duckdb.connect(str(warehouse), read_only=True)
    _make_db(build_path(warehouse, "run-2"), 2)
    publish(build_path(warehouse, "run-2"), warehouse)
    assert reader.execute("select v from t").fetchone() == (1,)
    reader.close()
    with duckdb.connect(str(warehouse), read_only=True) as fresh:
        assert fresh.execute("select v from t").fetchone() == (2,)


def test_remove_stale_builds_keeps_the_current_run(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    _make_db(build_path(warehouse, "old"), 1)
    _make_db(build_path(warehouse, "new"), 2)
    removed = remove_stale_builds(warehouse, keep=build_path(warehouse, "new"))
    assert [p.name for p in removed] == [build_path(warehouse, "old").name]
    assert build_path(warehouse, "new").exists()


def test_a_dbt_link_left_by_a_killed_run_is_removed_with_its_build(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    old = build_path(warehouse, "old")
    _make_db(old, 1)
    link = dbt_link_path(warehouse)
    link.symlink_to(old.name)
    assert link.parent == old.parent and link != old
    removed = remove_stale_builds(warehouse, keep=build_path(warehouse, "new"))
    assert set(removed) == {old, link}
    assert not link.is_symlink() and not old.exists()


def test_refresh_lock_refuses_a_second_holder_with_a_clear_message(tmp_path: Path) -> None:
    warehouse = tmp_path / "warehouse.duckdb"
    with refresh_lock(warehouse):
        pid = os.fork()
        if pid == 0:  # child: try to take the lock held by the parent
            try:
                with refresh_lock(warehouse):
                    os._exit(0)
            except RefreshBusy as exc:
                os._exit(3 if "another refresh" in str(exc) else 4)
        _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 3
    with refresh_lock(warehouse):  # free again once released
        pass


def test_build_path_is_one_file_per_run(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    assert build_path(warehouse, "a/b") != build_path(warehouse, "a-c")
    assert build_path(warehouse, "abc").parent == tmp_path / ".build"


def test_publish_needs_a_built_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        publish(tmp_path / "missing.duckdb", tmp_path / "warehouse.duckdb")


def test_a_run_lock_is_held_until_its_owner_releases_it_and_is_reentrant_in_its_process(
    tmp_path: Path,
) -> None:
    from ingest.state.warehouse_file import acquire_refresh_lock, refresh_lock_owner, release_refresh_lock

    warehouse = tmp_path / "warehouse.duckdb"
    with refresh_lock(warehouse, owner="councilwh refresh"):
        assert acquire_refresh_lock(warehouse, "run-1") is False  # the CLI's in-process run: already held
        assert not release_refresh_lock(warehouse, "run-1")  # only the holder releases
        assert refresh_lock_owner(warehouse) == "councilwh refresh"
    assert acquire_refresh_lock(warehouse, "run-2") is True
    assert (tmp_path / "warehouse.duckdb.lock").read_text().endswith("run-2")
    pid = os.fork()
    if pid == 0:  # another process: busy after waiting its time
        try:
            acquire_refresh_lock(warehouse, "run-3", wait_seconds=0.5)
            os._exit(0)
        except RefreshBusy as exc:
            os._exit(3 if "run-2" in str(exc) else 4)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 3
    assert release_refresh_lock(warehouse, "run-2") and refresh_lock_owner(warehouse) is None
