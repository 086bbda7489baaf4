"""The checks' worker process (`expectations.worker`): the same outcomes as in the refresh's own process, a
check's error raised here, and the checks still run when the worker is gone. Real parts: the session's
warehouse built from the bundled samples by the CLI, real Great Expectations in a real subprocess."""

import os
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import asdict
from pathlib import Path

import duckdb
import pytest

from expectations import worker
from expectations.runner import load_outcomes, run_all


@pytest.fixture
def build(sample_warehouse: Path, tmp_path: Path) -> Path:
    """A copy of a built warehouse, as a refresh's build file is when its checks run."""
    copy = tmp_path / "build.duckdb"
    shutil.copy(sample_warehouse, copy)
    return copy


def _here(build: Path, tmp_path: Path) -> list[dict]:
    copy = tmp_path / "here.duckdb"
    shutil.copy(build, copy)
    with duckdb.connect(str(copy)) as con:
        return [asdict(o) for o in run_all(con)]


def test_the_worker_gives_the_outcomes_the_checks_give_here_and_keeps_them(
    build: Path, tmp_path: Path
) -> None:
    expected = _here(build, tmp_path)
    worker.prestart()
    outcomes = worker.run_checks(build, tmp_path / "docs", wait=120)
    assert [asdict(o) for o in outcomes] == expected
    assert worker._exiting[-1].wait(timeout=120) == 0  # it answered and ended (not stopped)
    with duckdb.connect(str(build), read_only=True) as con:  # kept in the build for the alerts
        kept = [asdict(o) for o in load_outcomes(con)]
    assert sorted(kept, key=str) == sorted(expected, key=str)
    assert (tmp_path / "docs" / "index.html").exists()  # Data Docs written by the worker
    assert not worker._started  # used once


def test_an_error_in_the_worker_is_raised_with_its_traceback(tmp_path: Path) -> None:
    not_a_warehouse = tmp_path / "wyvern_notes.duckdb"
    not_a_warehouse.write_text("Wyvern District Council: not a database\n", encoding="utf-8")
    worker.prestart()
    with pytest.raises(worker.CheckError, match="Traceback"):
        worker.run_checks(not_a_warehouse, None, wait=120)


def test_the_checks_run_here_when_the_worker_died(build: Path, tmp_path: Path) -> None:
    expected = _here(build, tmp_path)
    worker.prestart()
    worker._started[-1].kill()
    assert [asdict(o) for o in worker.run_checks(build, None)] == expected


def test_the_checks_run_here_when_the_worker_is_still_loading(build: Path, tmp_path: Path) -> None:
    """A worker a busy machine left loading Great Expectations is stopped; the same checks run here."""
    expected = _here(build, tmp_path)
    worker.prestart()
    assert [asdict(o) for o in worker.run_checks(build, None, wait=0)] == expected
    assert worker._exiting[-1].wait(timeout=120) == -signal.SIGKILL
    assert not worker._started


def test_the_checks_run_here_when_the_worker_says_something_else_first(build: Path, tmp_path: Path) -> None:
    """A first line that is not the worker's "ready" (e.g. a library printing on standard output) is no
    error: that worker is stopped and the checks run here."""
    expected = _here(build, tmp_path)
    chatty = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "print('loading the expectations...', flush=True); import time; time.sleep(60)",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    worker._started.append(chatty)
    assert [asdict(o) for o in worker.run_checks(build, None)] == expected
    assert chatty.wait(timeout=120) == -signal.SIGKILL


def test_the_checks_run_here_without_a_worker(build: Path, tmp_path: Path) -> None:
    expected = _here(build, tmp_path)
    assert not worker._started
    assert [asdict(o) for o in worker.run_checks(build, None)] == expected


def test_an_unused_worker_exits_when_its_input_closes() -> None:
    worker.prestart()
    worker.prestart()  # one waiting worker is enough
    assert len(worker._started) == 1
    started = worker._started.pop()
    started.stdin.close()
    assert started.wait(timeout=120) == 0


def test_the_worker_runs_below_the_refreshs_priority() -> None:
    """It loads Great Expectations in the cores' idle time, not the refresh's or dbt's."""
    worker.prestart()
    started = worker._started.pop()
    try:
        deadline = time.monotonic() + 60
        while _niceness(started.pid) == os.getpriority(os.PRIO_PROCESS, 0) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert _niceness(started.pid) == min(os.getpriority(os.PRIO_PROCESS, 0) + worker.NICENESS, 19)
    finally:
        started.stdin.close()
        started.wait(timeout=120)


def _niceness(pid: int) -> int:
    """A process's nice value, from /proc (the 19th field of its stat line)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[16])
