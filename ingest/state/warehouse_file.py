"""The published warehouse file: build beside it, publish by atomic rename, one refresh at a time.

Readers open the published file read-only; a refresh never writes to it. Each run builds into its
own file under `<warehouse dir>/.build/` and publishes it with `os.replace`, so a reader sees either
the old or the new warehouse, and a killed run leaves only a stale build file behind.
"""

from __future__ import annotations

import fcntl
import os
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class RefreshBusy(RuntimeError):
    """Another refresh holds the warehouse lock."""


def build_dir(warehouse: Path) -> Path:
    """Folder where runs build their warehouse files."""
    return warehouse.parent / ".build"


def build_path(warehouse: Path, run_id: str) -> Path:
    """The file a run builds into (one per run id)."""
    safe = re.sub(r"[^A-Za-z0-9_-]", "_", run_id)
    return build_dir(warehouse) / f"{warehouse.stem}.{safe}.duckdb"


def dbt_link_path(warehouse: Path) -> Path:
    """The name dbt opens the current run's build file by: a symbolic link, the same every run, so that
    dbt's connection settings do not change and it keeps its partial parsing."""
    return build_dir(warehouse) / f"{warehouse.stem}.dbt.duckdb"


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
    for path in folder.glob(f"{warehouse.stem}.*.duckdb*"):
        if keep is not None and path.name.startswith(keep.name):
            continue
        path.unlink(missing_ok=True)
        removed.append(path)
    return removed


@contextmanager
def refresh_lock(warehouse: Path, wait: bool = False) -> Iterator[None]:
    """Hold the warehouse's refresh lock (an OS file lock, released if the process dies).

    Args:
        warehouse: the published warehouse path; the lock file sits beside it.
        wait: block until the lock is free instead of raising.

    Raises:
        RefreshBusy: another refresh holds the lock and `wait` is false.
    """
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    lock_file = warehouse.with_name(warehouse.name + ".lock")
    with open(lock_file, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError as exc:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise RefreshBusy(
                f"another refresh of {warehouse} is running (pid {holder}); try again later"
            ) from exc
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)
