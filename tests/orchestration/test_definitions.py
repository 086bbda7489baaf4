import subprocess
import sys
from pathlib import Path

import dagster as dg

from orchestration.definitions import defs
from tests.conftest import CONTRACT_MARTS

BIN = Path(sys.executable).parent
REPO = Path(__file__).resolve().parents[2]


def test_dagster_definitions_validate_passes() -> None:
    result = subprocess.run(
        [str(BIN / "dagster"), "definitions", "validate", "-m", "orchestration.definitions"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "success" in (result.stdout + result.stderr).lower()


def test_nightly_schedule_runs_at_two_london_time_and_is_running_by_default() -> None:
    schedule = defs.resolve_schedule_def("nightly_refresh")
    assert schedule.cron_schedule == "0 2 * * *"
    assert schedule.execution_timezone == "Europe/London"
    assert schedule.default_status == dg.DefaultScheduleStatus.RUNNING
    assert schedule.job_name == "refresh_warehouse"


def test_inbox_sensor_targets_the_refresh_job() -> None:
    sensor = defs.resolve_sensor_def("inbox_sensor")
    assert sensor.job_name == "refresh_warehouse"


def test_every_contract_mart_is_an_asset_downstream_of_raw_tables() -> None:
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    for mart in CONTRACT_MARTS:
        assert f"marts/{mart}" in keys
    upstream = graph.get(dg.AssetKey(["marts", "documents"])).parent_keys
    assert any(key.path[0] in ("raw", "staging") for key in upstream)
    assert "raw/documents" in keys and "warehouse" in keys


def test_raw_sources_link_to_the_raw_assets() -> None:
    graph = defs.resolve_asset_graph()
    staging = graph.get(dg.AssetKey(["staging", "stg_reports__documents"]))
    assert dg.AssetKey(["raw", "documents"]) in staging.parent_keys


def test_warehouse_publish_waits_for_every_mart() -> None:
    graph = defs.resolve_asset_graph()
    parents = graph.get(dg.AssetKey(["warehouse"])).parent_keys
    assert {dg.AssetKey(["marts", m]) for m in CONTRACT_MARTS} <= set(parents)


def test_great_expectations_suites_are_blocking_asset_checks_on_the_marts() -> None:
    graph = defs.resolve_asset_graph()
    checks = {(key.asset_key.to_user_string(), key.name) for key in graph.asset_check_keys}
    assert ("marts/performance_summary", "ge_summary_totals") in checks
    assert ("marts/savings", "ge_savings") in checks
    assert ("marts/recommendations", "ge_recommendation_numbering") in checks


def test_run_failure_alert_sensor_watches_the_refresh_job() -> None:
    sensor = defs.resolve_sensor_def("refresh_failure_alert")
    assert sensor.default_status == dg.DefaultSensorStatus.RUNNING


def test_the_dbt_resource_knows_the_dbt_cli_version_without_running_it() -> None:
    dbt = defs.resources["dbt"]
    out = subprocess.run([dbt.dbt_executable, "--version"], capture_output=True, text=True, check=True).stdout
    assert f"installed: {dbt._cli_version}" in out  # what dagster-dbt would have parsed from the CLI
