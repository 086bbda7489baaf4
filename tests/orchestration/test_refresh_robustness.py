"""The nightly refresh over a changing inbox: incremental, nothing lost, bad files quarantined, readers never
blocked, crash-safe and idempotent, one refresh at a time. Real files, real CLI runs, real DuckDB files."""

import json
import os
import shutil
import signal
import subprocess
import threading
import time
from importlib.metadata import version
from pathlib import Path

import duckdb
import pytest

from orchestration.config import SAMPLES_DIR
from tests.conftest import BIN, REPO, run_cli
from tests.fixtures.pdf_render import render_report_pdf

PEER = SAMPLES_DIR / "harrowdale_peer_challenge.md"
REVIEW = SAMPLES_DIR / "kestrel_vale_progress_review.txt"
STABLE_COLUMNS = "source_file, kind, amount_gbp, percent, fiscal_year, service_area, quote, page_number"


def _refresh(inbox: Path, warehouse: Path, *options: str) -> dict:
    report = warehouse.parent / "refresh.json"
    result = run_cli(
        "refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), "--json", str(report), *options
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return json.loads(report.read_text())


def _query(warehouse: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    shutil.copy(PEER, folder / "peer.md")
    shutil.copy(PEER, folder / "peer_copy.md")  # same content under another name
    shutil.copy(REVIEW, folder / "review.txt")
    (folder / "scan.pdf").write_bytes(bytes(range(256)) * 4)
    (folder / "empty.md").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory, inbox: Path) -> Path:
    path = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    _refresh(inbox, path)
    return path


def test_same_content_under_two_names_is_one_document_with_both_names(warehouse: Path) -> None:
    rows = _query(warehouse, "select source_file, file_names from marts.documents order by source_file")
    assert rows == [("peer.md", ["peer.md", "peer_copy.md"]), ("review.txt", ["review.txt"])]


def test_bad_files_are_quarantined_with_a_reason_and_the_batch_goes_on(warehouse: Path) -> None:
    rows = dict(_query(warehouse, "select source_file, reason from marts.quarantine"))
    assert rows["empty.md"] == "empty file" and rows["scan.pdf"].startswith("broken PDF")
    assert _query(warehouse, "select count(*) from marts.recommendations")[0][0] > 0


def test_every_file_is_archived_by_content_hash(warehouse: Path, inbox: Path) -> None:
    archived = {p.name for p in (warehouse.parent / "archive").iterdir()}
    assert len(archived) == 4  # peer (twice, one content), review, scan.pdf, empty.md


def test_a_second_run_reuses_unchanged_documents_and_gives_identical_marts(
    warehouse: Path, inbox: Path
) -> None:
    before = _query(warehouse, f"select {STABLE_COLUMNS} from marts.savings order by all")
    report = _refresh(inbox, warehouse, "--force")  # nothing changed: rebuild anyway
    assert not report["unchanged"] and "dbt_models" in report["step_seconds"]
    assert report["reused_documents"] == 2
    assert _query(warehouse, f"select {STABLE_COLUMNS} from marts.savings order by all") == before


def test_an_unchanged_inbox_rebuilds_nothing_and_leaves_the_published_file_as_it_was(
    warehouse: Path, inbox: Path
) -> None:
    before = warehouse.stat()
    (inbox / "review.txt").touch()  # a new modification time alone is no change
    report = _refresh(inbox, warehouse)
    assert report["unchanged"] and report["success"]
    assert "dbt_models" not in report["step_seconds"] and "warehouse" not in report["step_seconds"]
    after = warehouse.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    assert report["marts"]["documents"] == 2


def test_the_scheduled_job_skips_its_build_when_nothing_changed(
    warehouse: Path, inbox: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import dagster as dg

    from orchestration.definitions import defs

    monkeypatch.setenv("COUNCILWH_INBOX", str(inbox))
    monkeypatch.setenv("COUNCILWH_WAREHOUSE", str(warehouse))
    before = warehouse.stat()
    with dg.DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def("refresh_warehouse").execute_in_process(instance=instance)
    assert result.success
    assert not result.get_asset_materialization_events()  # raw skipped, so dbt, checks and publish too
    observed = result.get_asset_observation_events()[0].event_specific_data.asset_observation
    assert observed.asset_key.path == ["raw", "documents"] and observed.metadata["unchanged"].value
    after = warehouse.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)


def test_changed_and_removed_files_while_a_reader_queries_in_a_loop(warehouse: Path, inbox: Path) -> None:
    errors: list[Exception] = []
    seen: set[int] = set()
    stop = threading.Event()

    def reader() -> None:
        con = duckdb.connect(str(warehouse), read_only=True)  # held open across the publish
        while not stop.is_set():
            try:
                seen.add(con.execute("select count(*) from marts.documents").fetchone()[0])
                fresh = duckdb.connect(str(warehouse), read_only=True)
                seen.add(fresh.execute("select count(*) from marts.documents").fetchone()[0])
                fresh.close()
            except Exception as exc:  # noqa: BLE001 - any failure of a reader is the test's failure
                errors.append(exc)
            time.sleep(0.05)
        con.close()

    thread = threading.Thread(target=reader)
    thread.start()
    (inbox / "review.txt").write_text(REVIEW.read_text().replace("£7.3m", "£7.4m"), encoding="utf-8")
    (inbox / "peer.md").unlink()
    (inbox / "peer_copy.md").unlink()
    try:
        _refresh(inbox, warehouse)
    finally:
        stop.set()
        thread.join()
    assert errors == []
    assert seen <= {1, 2}  # the old warehouse or the new one, never anything in between
    assert _query(warehouse, "select source_file from marts.documents") == [("review.txt",)]
    assert _query(warehouse, "select count(*) from marts.savings where amount_gbp = 7.3e6") == [(0,)]
    assert _query(warehouse, "select count(*) from marts.savings where amount_gbp = 7.4e6") == [(1,)]
    history = _query(warehouse, "select source_file, is_removed from marts.document_history order by all")
    assert history == [("peer.md", True), ("review.txt", False), ("review.txt", True)]


def test_a_later_good_version_of_a_quarantined_file_is_picked_up(warehouse: Path, inbox: Path) -> None:
    render_report_pdf(PEER.read_text(encoding="utf-8"), inbox / "scan.pdf")
    _refresh(inbox, warehouse)
    assert "scan.pdf" not in dict(_query(warehouse, "select source_file, reason from marts.quarantine"))
    assert ("scan.pdf",) in _query(warehouse, "select source_file from marts.documents")


def test_two_refreshes_at_once_one_waits_its_turn_or_exits_clearly(tmp_path: Path, inbox: Path) -> None:
    target = tmp_path / "w.duckdb"
    cmd = [str(BIN / "councilwh"), "refresh", "--inbox", str(inbox), "--warehouse", str(target)]
    first = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(1.0)
    second = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=300)
    first.communicate(timeout=300)
    assert first.returncode == 0
    assert second.returncode == 3 and "another refresh" in second.stderr


def test_killing_a_refresh_leaves_the_published_warehouse_intact_and_the_next_run_completes(
    tmp_path: Path, inbox: Path
) -> None:
    target = tmp_path / "w.duckdb"
    _refresh(inbox, target)
    before = _query(target, "select * from marts.documents order by all")
    (inbox / "review.txt").write_text(REVIEW.read_text().replace("£7.3m", "£7.5m"), encoding="utf-8")
    cmd = [str(BIN / "councilwh"), "refresh", "--inbox", str(inbox), "--warehouse", str(target)]
    proc = subprocess.Popen(
        cmd, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    build_dir = tmp_path / ".build"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not any(build_dir.glob("*.duckdb")):
        time.sleep(0.2)
    time.sleep(2.0)  # well into the run: raw tables written, dbt running
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert _query(target, "select * from marts.documents order by all") == before
    _refresh(inbox, target)
    assert _query(target, "select count(*) from marts.savings where amount_gbp = 7.5e6") == [(1,)]


def test_a_step_failing_after_the_publish_says_the_warehouse_holds_the_new_build(tmp_path: Path) -> None:
    warehouse = tmp_path / "wh" / "warehouse.duckdb"
    # a damaged cache the dashboard step (after the publish) cannot read: a folder where its script bundle belongs
    cache = tmp_path / "environment_cache"
    (cache / f"vega-bundle-{version('vl-convert-python')}.js").mkdir(parents=True)
    result = run_cli(
        "refresh",
        "--inbox",
        str(SAMPLES_DIR),
        "--warehouse",
        str(warehouse),
        env={"COUNCILWH_CACHE_HOME": str(cache)},
    )
    assert result.returncode == 1
    assert "refresh FAILED after publishing" in result.stdout and "dashboard" in result.stdout
    assert "left as it was" not in result.stdout
    with duckdb.connect(str(warehouse), read_only=True) as con:
        assert con.execute("select count(*) from marts.documents").fetchone()[0] > 0
