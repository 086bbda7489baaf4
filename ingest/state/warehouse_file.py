"""The published warehouse file: build beside it, publish by atomic rename, one refresh at a time.

Readers open the published file read-only; a refresh never writes to it. Each run builds into its
own file under `<warehouse dir>/.build/` and publishes it with `os.replace`, so a reader sees either
the old or the new warehouse, and a killed run leaves only a stale build file behind.

DuckDB names a file's catalog after the file (`seeds.duckdb` -> `seeds`), and a catalog named like one of
the warehouse's schemas (`raw`, `seeds`, `marts`, ...) makes every `schema.table` ambiguous. So build files
are named `build_<stem>.…` (never a schema's name), and readers open the published file under a fixed
catalog name (`connect_warehouse`): any file name works.
"""

from __future__ import annotations

import fcntl
import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import duckdb

CATALOG = "councilwh"  # the catalog name readers open a warehouse under, whatever the file's name
BUILD_PREFIX = "build_"  # build files' names start with it, so their catalog is never a schema's name


class RefreshBusy(RuntimeError):
    """Another refresh holds the warehouse lock."""


def build_dir(warehouse: Path) -> Path:
    """Folder where runs build their warehouse files."""
    return warehouse.parent / ".build"


def build_path(warehouse: Path, run_id: str) -> Path:
    """The file a run builds into (one per run id)."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", run_id)
    return build_dir(warehouse) / f"{_build_stem(warehouse)}.{safe}.duckdb"


def _build_stem(warehouse: Path) -> str:
    """The first part of a build file's name, which DuckDB names its catalog after: never a schema's name."""
    return BUILD_PREFIX + re.sub(r"[^A-Za-z0-9_]", "_", warehouse.stem)


def dbt_link_path(warehouse: Path) -> Path:
    """The name dbt opens the current run's build file by: a symbolic link, the same every run, so that
    dbt's connection settings do not change and it keeps its partial parsing."""
    return build_dir(warehouse) / f"{_build_stem(warehouse)}.dbt.duckdb"


def dbt_target_path(warehouse: Path) -> Path:
    """dbt's artifacts for this warehouse (its target folder: one, overwritten by each run)."""
    return build_dir(warehouse) / f"{warehouse.stem}.dbt_target"


def publish(build: Path, warehouse: Path) -> None:
    """Atomically make the built file the published warehouse.

    A hard link keeps the build file readable under its own name for checks that run after
    publishing; the rename is atomic, so readers never see a half-written file.
    """
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    staged = warehouse.with_name(f".{warehouse.name}.{os.getpid()}.publishing")
    if staged.exists():
        staged.unlink()
    os.link(build, staged)
    os.replace(staged, warehouse)
    _fsync_dir(warehouse.parent)


def connect_warehouse(path: Path, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """A connection to a warehouse file with its catalog named `CATALOG` whatever the file is called (a
    file named after a schema, such as `marts.duckdb`, would otherwise make `marts.savings` ambiguous)."""
    con = duckdb.connect()
    try:
        mode = " (read_only)" if read_only else ""
        con.execute(f"attach '{str(path).replace(chr(39), chr(39) * 2)}' as {CATALOG}{mode}")
        con.execute(f"use {CATALOG}")
    except duckdb.Error:
        con.close()
        raise
    return con


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def remove_stale_builds(warehouse: Path, keep: Path | None = None) -> list[Path]:
    """Delete build files left by earlier (finished or killed) runs; returns what was removed."""
    removed: list[Path] = []
    folder = build_dir(warehouse)
    if not folder.exists():
        return removed
    names = {*folder.glob(f"{_build_stem(warehouse)}.*.duckdb*"), *folder.glob(f"{warehouse.stem}.*.duckdb*")}
    for path in sorted(names):  # the second pattern: files named before the build prefix
        if keep is not None and path.name.startswith(keep.name):
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


# lock file -> (open handle, owner, pid) of every refresh lock this process holds
_HELD: dict[Path, tuple[IO[str], str, int]] = {}


def _lock_file(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


def acquire_refresh_lock(warehouse: Path, owner: str, wait_seconds: float | None = 0.0) -> bool:
    """Take the warehouse's refresh lock for `owner` (an OS file lock, released if the process dies),
    held until `release_refresh_lock(warehouse, owner)` or the end of the process: every writer (the
    command line, scheduled, sensor-triggered and UI runs) takes it, so two refreshes never build at once.

    Args:
        warehouse: the published warehouse path; the lock file sits beside it.
        owner: who holds it (a run id, or the command line), written in the lock file for messages.
        wait_seconds: how long to wait for another holder (None: as long as it takes; 0: not at all).

    Returns:
        True when taken; False when this process already holds it (the command line that started this
        in-process run): the existing holder releases it.

    Raises:
        RefreshBusy: another process holds the lock beyond `wait_seconds`.
    """
    lock_file = _lock_file(warehouse)
    held = _HELD.get(lock_file)
    if held is not None and held[2] == os.getpid():
        return False
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_file, "a+")  # noqa: SIM115 - kept open while the lock is held
    deadline = None if wait_seconds is None else time.monotonic() + wait_seconds
    while True:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError as exc:
            if deadline is not None and time.monotonic() >= deadline:
                handle.seek(0)
                holder = handle.read().strip() or "unknown"
                handle.close()
                raise RefreshBusy(
                    f"another refresh of {warehouse} is running ({holder}); try again later"
                ) from exc
            time.sleep(0.2)
    handle.seek(0)
    handle.truncate()
    handle.write(f"pid {os.getpid()}, {owner}")
    handle.flush()
    _HELD[lock_file] = (handle, owner, os.getpid())
    return True


def release_refresh_lock(warehouse: Path, owner: str) -> bool:
    """Release the refresh lock if this process holds it for `owner`; returns whether it did."""
    lock_file = _lock_file(warehouse)
    held = _HELD.get(lock_file)
    if held is None or held[1] != owner or held[2] != os.getpid():
        return False
    handle = held[0]
    handle.seek(0)
    handle.truncate()
    fcntl.flock(handle, fcntl.LOCK_UN)
    handle.close()
    del _HELD[lock_file]
    return True


def refresh_lock_owner(warehouse: Path) -> str | None:
    """Who holds the warehouse's refresh lock in this process (None: this process does not)."""
    held = _HELD.get(_lock_file(warehouse))
    return held[1] if held is not None and held[2] == os.getpid() else None


@contextmanager
def refresh_lock(warehouse: Path, wait: bool = False, owner: str = "councilwh refresh") -> Iterator[None]:
    """Hold the warehouse's refresh lock for a block (see `acquire_refresh_lock`).

    Args:
        warehouse: the published warehouse path; the lock file sits beside it.
        wait: block until the lock is free instead of raising.
        owner: who holds it, for the message another refresh gets.

    Raises:
        RefreshBusy: another refresh holds the lock and `wait` is false.
    """
    taken = acquire_refresh_lock(warehouse, owner, None if wait else 0.0)
    try:
        yield
    finally:
        if taken:
            release_refresh_lock(warehouse, owner)
