"""The Dagster home the CLI makes: Dagster's default storage, telemetry off; a fresh home opened by two
processes at the same moment (two refreshes, a refresh and the UI) works for both."""

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

from orchestration import cli
from orchestration.config import SAMPLES_DIR
from orchestration.instance_storage import (
    POOLED_STORAGE,
    STORAGE_LOCK,
    StorageLockTimeout,
    storage_opened_alone,
)
from tests.conftest import REPO


def test_default_dagster_home_has_telemetry_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setattr(cli, "DEFAULT_DAGSTER_HOME", tmp_path / "dagster_home")
    cli._prepare_environment(argparse.Namespace())
    with DagsterInstance.from_config(str(tmp_path / "dagster_home")) as instance:
        assert instance.telemetry_enabled is False


def test_an_older_dagster_home_gets_telemetry_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("# Dagster instance settings; empty: the defaults\n")
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setattr(cli, "DEFAULT_DAGSTER_HOME", home)
    cli._prepare_environment(argparse.Namespace())
    cli._prepare_environment(argparse.Namespace())  # said once, not appended again
    assert (home / "dagster.yaml").read_text().count("telemetry:") == 1
    with DagsterInstance.from_config(str(home)) as instance:
        assert instance.telemetry_enabled is False


# --- a fresh home opened by two processes at once, held where Dagster creates its tables -------------------


def _together(commands: list[list[str]], home: Path) -> list[subprocess.CompletedProcess]:
    env = {**os.environ, "DAGSTER_HOME": str(home)}
    started = [
        subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for cmd in commands
    ]
    done = []
    for proc, cmd in zip(started, commands, strict=True):
        out, err = proc.communicate(timeout=600)
        done.append(subprocess.CompletedProcess(cmd, proc.returncode, out, err))
    return done


def _errors(result: subprocess.CompletedProcess) -> list[str]:
    return [line for line in result.stderr.splitlines() if "Error" in line][-2:] or [result.stderr[-2000:]]


def test_two_refreshes_started_together_on_a_fresh_dagster_home_both_succeed(tmp_path: Path) -> None:
    home, meeting, inbox = tmp_path / "dagster_home", tmp_path / "meeting", tmp_path / "inbox"
    home.mkdir()  # no dagster.yaml: Dagster's own SQLite storage, as for a DAGSTER_HOME of one's own
    inbox.mkdir()
    shutil.copy(SAMPLES_DIR / "kestrel_vale_progress_review.txt", inbox)
    warehouses = [tmp_path / name / "warehouse.duckdb" for name in ("first", "second")]
    refresh = [sys.executable, "-m", "tests.fixtures.storage_race", str(meeting), "refresh", "--inbox"]
    results = _together([[*refresh, str(inbox), "--warehouse", str(w)] for w in warehouses], home)
    assert len(list(meeting.glob("instance.*"))) == 2  # both reached the Dagster instance
    for result, warehouse in zip(results, warehouses, strict=True):
        assert result.returncode == 0, _errors(result)
        with duckdb.connect(str(warehouse), read_only=True) as con:
            assert con.execute("select count(*) from marts.documents").fetchone() == (1,)


OPEN_HOME = """
import sys
from pathlib import Path
from tests.fixtures.storage_race import hold_storage_creation, meet
hold_storage_creation(Path(sys.argv[1]))
from dagster import DagsterInstance
meet(Path(sys.argv[1]), "instance", 120)
with DagsterInstance.get() as instance:
    print(type(instance.run_storage).__name__, len(instance.get_runs()))
"""


def test_the_pooled_storage_of_a_fresh_home_opens_in_two_processes_at_once(tmp_path: Path) -> None:
    home, meeting = tmp_path / "dagster_home", tmp_path / "meeting"
    home.mkdir()
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n" + POOLED_STORAGE)  # the CLI's home
    results = _together([[sys.executable, "-c", OPEN_HOME, str(meeting)]] * 2, home)
    opened = [(r.returncode, r.stdout.strip()) for r in results]
    assert opened == [(0, "PooledSqliteRunStorage 0")] * 2, [_errors(r) for r in results]


HOLD_LOCK = """
import fcntl, sys, time
with open(sys.argv[1], "a") as handle:
    fcntl.flock(handle, fcntl.LOCK_EX)
    print("held", flush=True)
    time.sleep(60)
"""


def test_a_storage_lock_held_too_long_by_another_process_says_which_file(tmp_path: Path) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(home / STORAGE_LOCK)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with pytest.raises(StorageLockTimeout, match=r"\.storage\.lock"), storage_opened_alone(home, 0.3):
            pass
    finally:
        holder.kill()
        holder.wait()
    with storage_opened_alone(home, 0.3):  # free again once its holder is gone
        assert (home / STORAGE_LOCK).exists()


def test_a_home_where_no_lock_file_can_be_made_is_opened_without_one(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "a_file"
    not_a_folder.write_text("")
    opened = []
    with storage_opened_alone(not_a_folder / "dagster_home", 0.3):
        opened.append(True)
    assert opened == [True]
