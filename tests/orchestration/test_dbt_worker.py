"""dbt in a prestarted worker process (`orchestration.dbt_worker`): real dbt builds an invented report's
marts in a real DuckDB file, with the project parsed before the command came; the events and console lines
are the ones dbt gives in the refresh's own process; a changed environment, a dead worker, a dbt error and a
worker never asked are each handled; `councilwh refresh` uses one."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from ingest.state.warehouse_file import build_path, dbt_link_path, dbt_target_path
from orchestration import dbt_worker
from orchestration.assets.dbt import CouncilDbtTranslator, build_target
from orchestration.dbt_imports import DagsterDbtCliRuntimeError
from orchestration.dbt_inprocess import InProcessDbtInvocation
from orchestration.definitions import defs
from orchestration.preload import DBT_MODULES, preload
from orchestration.project import dbt_project
from tests.conftest import run_cli
from tests.fixtures.raw_build import raw_build

REPORT = """# Borsetshire County Council: Corporate Peer Challenge feedback report

The council set a balanced budget of £88.4m for 2025/26 and plans savings of £6.1m by 2027/28.

## Recommendations

1. Publish a single delivery plan for the council's priorities.
2. Strengthen the scrutiny of major capital projects.
3. Review the reserves strategy with the audit committee.
"""
BUILD = ["build", "--no-use-colors", "--select", "+recommendations", "--indirect-selection", "cautious"]


@pytest.fixture
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A warehouse path whose run build file holds the invented report's raw tables."""
    root = tmp_path_factory.mktemp("dbt_worker")
    build = raw_build(root, {"borsetshire_peer_challenge.md": REPORT})
    warehouse = root / "published" / "warehouse.duckdb"
    run_build = build_path(warehouse, "wyvern-run")
    run_build.parent.mkdir(parents=True)
    shutil.copy(build, run_build)
    return warehouse


def _build(warehouse: Path, args: list[str]) -> tuple[InProcessDbtInvocation, list, str]:
    """Run `args` as the dbt step does (build file behind the stable link); the invocation, its events
    and the build file."""
    with build_target(build_path(warehouse, "wyvern-run"), dbt_link_path(warehouse)):
        invocation = defs.resources["dbt"].cli(
            args,
            manifest=dbt_project.manifest_path,
            dagster_dbt_translator=CouncilDbtTranslator(),
            target_path=dbt_target_path(warehouse),
        )
        events = list(invocation.stream_raw_events())
    return invocation, events, build_path(warehouse, "wyvern-run")


def _finished(events: list) -> set[str]:
    return {e.raw_event["data"]["node_info"]["unique_id"] for e in events if e.is_result_event}


def test_the_worker_runs_dbt_on_the_project_it_parsed_ahead(
    warehouse: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    dbt_worker.prestart_dbt(warehouse)
    monkeypatch.setenv("WYVERN_UNRELATED_SETTING", "dbt does not read it")
    assert dbt_worker.waiting()
    cwd = os.getcwd()
    invocation, events, build = _build(warehouse, BUILD)

    assert invocation.ran_in == "worker, parsed ahead"
    assert not dbt_worker.waiting()
    assert "model.councilwh.recommendations" in _finished(events)
    assert any(uid.startswith("test.councilwh.") for uid in _finished(events))
    console = capsys.readouterr().out  # dbt's console lines, written by the refresh's process
    assert re.search(r"\d+ of \d+ OK created sql \w+ model marts\.recommendations", console)
    assert os.getcwd() == cwd
    with duckdb.connect(str(build)) as con:  # the worker closed the file: this process can write to it
        assert con.execute("select count(*) from marts.recommendations").fetchone() == (3,)

    # the same command run in this process gives the same nodes and the same Dagster events
    here, here_events, _ = _build(warehouse, BUILD)
    assert here.ran_in == "this process"
    assert _finished(here_events) == _finished(events)
    keys = [
        [
            m.asset_key
            for m in e.to_default_asset_events(
                manifest=i.manifest, dagster_dbt_translator=i.dagster_dbt_translator
            )
        ]
        for i, es in ((invocation, events), (here, here_events))
        for e in es
        if e.is_result_event and e.raw_event["data"]["node_info"]["unique_id"].startswith("model.")
    ]
    assert keys[: len(keys) // 2] == keys[len(keys) // 2 :]
    assert [dg.AssetKey(["marts", "recommendations"])] in keys


def _kill_worker(monkeypatch: pytest.MonkeyPatch) -> None:
    worker = dbt_worker._waiting[-1][1]
    worker.kill()
    worker.wait()


@pytest.mark.parametrize(
    ("after_prestart", "ran_in"),
    [
        # a variable the profile names changed after the worker parsed: it parses again
        (lambda monkeypatch: monkeypatch.setenv("COUNCILWH_PG_HOST", "wyvern-db.invalid"), "worker"),
        (_kill_worker, "this process"),  # a worker that died before the command: dbt runs here
    ],
    ids=["changed_environment", "dead_worker"],
)
def test_dbt_still_builds_when_the_worker_cannot_use_what_it_prepared(
    warehouse: Path, monkeypatch: pytest.MonkeyPatch, after_prestart, ran_in: str
) -> None:
    dbt_worker.prestart_dbt(warehouse)
    after_prestart(monkeypatch)
    invocation, events, _ = _build(
        warehouse, ["build", "--select", "+documents", "--exclude", "resource_type:test"]
    )
    assert invocation.ran_in == ran_in
    assert "model.councilwh.documents" in _finished(events)


def test_a_dbt_error_in_the_worker_fails_with_dbts_message(warehouse: Path) -> None:
    dbt_worker.prestart_dbt(warehouse)
    with pytest.raises(DagsterDbtCliRuntimeError, match="no_such_macro_in_borsetshire"):
        _build(warehouse, ["run-operation", "no_such_macro_in_borsetshire"])
    with duckdb.connect(str(build_path(warehouse, "wyvern-run"))) as con:  # closed after a failure too
        assert con.execute("select count(*) from raw.documents").fetchone() == (1,)


def test_a_worker_never_asked_ends_when_its_input_closes(warehouse: Path) -> None:
    dbt_worker.prestart_dbt(warehouse)
    dbt_worker.prestart_dbt(warehouse)  # one is waiting already: no second worker
    assert len([w for _, w in dbt_worker._waiting if w.poll() is None]) == 1
    worker = dbt_worker.take(dbt_target_path(warehouse), dbt_worker.DBT_PROJECT_DIR)
    assert worker is not None
    worker.stdin.close()
    assert worker.wait(timeout=120) == 0


def test_preload_leaves_dbt_to_a_waiting_worker(warehouse: Path) -> None:
    dbt_worker.prestart_dbt(warehouse)
    probe = "import sys; from orchestration.preload import preload; preload().join(); print(sorted(m for m in {mods} if m in sys.modules))"
    try:
        thread = preload()
        thread.join(timeout=120)
        assert not thread.is_alive()
    finally:
        worker = dbt_worker.take(dbt_target_path(warehouse), dbt_worker.DBT_PROJECT_DIR)
        worker.stdin.close()
        worker.wait(timeout=120)
    # in a fresh process without a worker, the default is every later step's module
    out = subprocess.run(
        [sys.executable, "-c", probe.format(mods=list(DBT_MODULES))],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == str(sorted(DBT_MODULES))


def test_the_command_line_refresh_runs_dbt_in_a_worker(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "borsetshire_peer_challenge.md").write_text(REPORT, encoding="utf-8")
    home = tmp_path / "dagster_home"
    home.mkdir()
    warehouse = tmp_path / "warehouse.duckdb"
    result = run_cli(
        "refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), env={"DAGSTER_HOME": str(home)}
    )
    assert result.returncode == 0, result.stdout + result.stderr
    with dg.DagsterInstance.from_config(str(home)) as instance:
        run = instance.get_runs(limit=1)[0]
        messages = [e.user_message for e in instance.all_logs(run.run_id)]
    assert "dbt ran in worker, parsed ahead" in messages
