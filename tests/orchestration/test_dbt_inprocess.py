"""dbt run in the Dagster process (`orchestration.dbt_inprocess`): the refresh's own dbt resource builds an
invented report's marts in a real DuckDB file with real dbt, streams dagster-dbt's events, leaves the file
closed and the working directory as it was, and reports dbt's failures as dagster-dbt does."""

import os
import re
import subprocess
import sys
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.assets.dbt import CouncilDbtTranslator
from orchestration.dbt_imports import DagsterDbtCliRuntimeError
from orchestration.dbt_inprocess import InProcessDbtInvocation
from orchestration.definitions import defs
from orchestration.project import dbt_project
from tests.fixtures.raw_build import raw_build

REPORT = """# Wyvern District Council: Corporate Peer Challenge feedback report

The council set a balanced budget of £41.2m for 2024/25 and plans savings of £3.5m by 2026/27.

## Recommendations

1. Agree a single set of corporate priorities with partners.
2. Refresh the medium-term financial strategy.
"""


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = raw_build(tmp_path_factory.mktemp("dbt_inprocess"), {"wyvern_peer_challenge.md": REPORT})
    return path


def _invoke(args: list[str], build: Path) -> InProcessDbtInvocation:
    return defs.resources["dbt"].cli(
        args,
        manifest=dbt_project.manifest_path,
        dagster_dbt_translator=CouncilDbtTranslator(),
        target_path=build.parent / "target",
    )


def test_dbt_builds_in_process_streams_events_and_closes_the_file(
    build: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNCILWH_BUILD_PATH", str(build))
    cwd = os.getcwd()
    invocation = _invoke(
        ["build", "--no-use-colors", "--select", "+recommendations", "--indirect-selection", "cautious"],
        build,
    )
    assert isinstance(invocation, InProcessDbtInvocation)
    events = list(invocation.stream_raw_events())

    finished = {e.raw_event["data"]["node_info"]["unique_id"] for e in events if e.is_result_event}
    assert "model.councilwh.recommendations" in finished
    assert any(uid.startswith("test.councilwh.") for uid in finished)
    console = capsys.readouterr().out  # dbt's console lines, as dagster-dbt writes a subprocess's
    assert re.search(r"\d+ of \d+ OK created sql \w+ model marts\.recommendations", console)
    assert os.getcwd() == cwd

    # the file is closed: another process can open it for writing, and it holds the mart
    opener = "import duckdb, sys; print(duckdb.connect(sys.argv[1]).execute('select count(*) from marts.recommendations').fetchone()[0])"
    out = subprocess.run(
        [sys.executable, "-c", opener, str(build)], capture_output=True, text=True, check=True
    )
    assert int(out.stdout) == 2


def test_dagster_events_come_from_dagster_dbt_unchanged(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A model's result event becomes dagster-dbt's materialisation of the model's asset."""
    monkeypatch.setenv("COUNCILWH_BUILD_PATH", str(build))
    invocation = _invoke(["build", "--select", "documents", "--exclude", "resource_type:test"], build)
    event = next(e for e in list(invocation.stream_raw_events()) if e.is_result_event)  # dbt ends here
    materialised = list(
        event.to_default_asset_events(
            manifest=invocation.manifest,
            dagster_dbt_translator=invocation.dagster_dbt_translator,
            target_path=invocation.target_path,
            project=invocation.project,
        )
    )
    assert [m.asset_key for m in materialised] == [dg.AssetKey(["marts", "documents"])]


def test_a_dbt_error_fails_with_dbts_message(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNCILWH_BUILD_PATH", str(build))
    invocation = _invoke(["run-operation", "no_such_macro_in_wyvern"], build)
    with pytest.raises(DagsterDbtCliRuntimeError, match="no_such_macro_in_wyvern"):
        list(invocation.stream_raw_events())
    with duckdb.connect(str(build)) as con:  # closed after a failure too
        assert con.execute("select count(*) from raw.documents").fetchone() == (1,)


def test_a_failure_can_be_read_instead_of_raised(build: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COUNCILWH_BUILD_PATH", str(build))
    invocation = defs.resources["dbt"].cli(
        ["build", "--no-such-dbt-flag"], manifest=dbt_project.manifest_path, raise_on_error=False
    )
    assert list(invocation.stream_raw_events()) == []
    assert invocation.success is False
    assert "no-such-dbt-flag" in str(invocation.error())
