"""A refresh never loses data by mistake and never builds beside another one: a missing or empty inbox, or
one that would remove most published documents, is refused with the warehouse untouched and an alert; the
command line and the Dagster job take the same lock. Real CLI, real Dagster runs, real DuckDB files."""

import shutil
import subprocess
import threading
import time
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from ingest.state.warehouse_file import refresh_lock_owner
from orchestration.config import REBUILD_TAG, SAMPLES_DIR
from orchestration.definitions import defs
from tests.conftest import BIN, REPO, run_cli
from tests.fixtures.receivers import http_receiver

NO_WAIT = {"resources": {"settings": {"config": {"lock_wait_seconds": 0}}}}


def _refresh(inbox: Path, warehouse: Path, *options: str, env: dict | None = None):
    return run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), *options, env=env)


def _documents(warehouse: Path) -> int:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute("select count(*) from marts.documents").fetchone()[0]


def _stat(path: Path) -> tuple[int, int]:
    return path.stat().st_ino, path.stat().st_mtime_ns


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """An inbox of the four sample reports and the warehouse published from it."""
    root = tmp_path_factory.mktemp("guard")
    inbox = root / "inbox"
    shutil.copytree(SAMPLES_DIR, inbox)
    result = _refresh(inbox, root / "warehouse.duckdb")
    assert result.returncode == 0, result.stdout + result.stderr
    assert _documents(root / "warehouse.duckdb") == 4
    return inbox, root / "warehouse.duckdb"


@pytest.mark.parametrize("case", ["missing", "empty"])
def test_a_missing_or_empty_inbox_is_refused_with_an_alert_and_the_warehouse_untouched(
    published: tuple[Path, Path], tmp_path: Path, case: str
) -> None:
    _, warehouse = published
    inbox = tmp_path / "inbox"
    if case == "empty":
        inbox.mkdir()
    before = _stat(warehouse)
    with http_receiver() as (url, received):
        result = _refresh(inbox, warehouse, env={"COUNCILWH_ALERT_WEBHOOK": url})
    assert result.returncode == 2
    assert ("does not exist" if case == "missing" else "holds no report files") in result.stderr
    assert _stat(warehouse) == before and _documents(warehouse) == 4
    assert [a["check_name"] for a in received[0]["alerts"]] == ["refresh_refused"]


def test_the_job_refuses_a_missing_inbox_and_releases_its_lock(
    published: tuple[Path, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, warehouse = published
    monkeypatch.setenv("COUNCILWH_INBOX", str(tmp_path / "no such folder"))
    monkeypatch.setenv("COUNCILWH_WAREHOUSE", str(warehouse))
    before = _stat(warehouse)
    with dg.DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
            instance=instance, raise_on_error=False
        )
    assert not result.success
    failure = result.get_step_failure_events()[0].event_specific_data.user_failure_data
    assert "does not exist" in failure.description
    assert _stat(warehouse) == before and refresh_lock_owner(warehouse) is None


def test_a_cli_refresh_and_a_job_run_never_build_at_once(
    published: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox, warehouse = published
    monkeypatch.setenv("COUNCILWH_INBOX", str(inbox))
    monkeypatch.setenv("COUNCILWH_WAREHOUSE", str(warehouse))
    lock = warehouse.with_name(warehouse.name + ".lock")
    cmd = [str(BIN / "councilwh"), "refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), "--force"]
    cli = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: "councilwh refresh" in lock.read_text())
    with dg.DagsterInstance.ephemeral() as instance:  # a scheduled run while the CLI builds: fails cleanly
        job_run = defs.resolve_job_def("refresh_warehouse").execute_in_process(
            instance=instance, raise_on_error=False, run_config=NO_WAIT, tags={REBUILD_TAG: "true"}
        )
    assert cli.wait(timeout=300) == 0
    assert not job_run.success
    failure = job_run.get_step_failure_events()[0]
    assert failure.step_key == "raw_tables"
    assert "another refresh" in failure.event_specific_data.user_failure_data.description

    outcome: dict = {}  # now the other way round: a run builds, the CLI refresh exits clearly

    def run_job() -> None:
        with dg.DagsterInstance.ephemeral() as instance:
            outcome["result"] = defs.resolve_job_def("refresh_warehouse").execute_in_process(
                instance=instance, raise_on_error=False, tags={REBUILD_TAG: "true"}
            )

    thread = threading.Thread(target=run_job)
    thread.start()
    _wait_for(lambda: ", " in lock.read_text() and "councilwh refresh" not in lock.read_text())
    second = _refresh(inbox, warehouse, "--force")
    thread.join(timeout=300)
    assert second.returncode == 3 and "another refresh" in second.stderr
    assert outcome["result"].success and refresh_lock_owner(warehouse) is None


def test_removing_most_documents_is_refused_unless_allowed(published: tuple[Path, Path]) -> None:
    inbox, warehouse = published
    for path in sorted(inbox.iterdir())[1:]:
        path.unlink()
    before = _stat(warehouse)
    refused = _refresh(inbox, warehouse)
    assert refused.returncode == 2 and "3 of the 4 published documents" in refused.stderr
    assert "--allow-removals" in refused.stderr and _stat(warehouse) == before
    allowed = _refresh(inbox, warehouse, "--allow-removals")
    assert allowed.returncode == 0, allowed.stdout + allowed.stderr
    assert _documents(warehouse) == 1


def _wait_for(condition, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if condition():
                return
        except FileNotFoundError:
            pass
        time.sleep(0.05)
    raise AssertionError("timed out")
