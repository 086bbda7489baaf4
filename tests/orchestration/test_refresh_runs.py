"""Runs of the refresh job: the schedule and the inbox sensor launch one only when something changed (so the
asset checks keep their last real results in the UI), and a run holds the refresh lock from its first step to
its last. Real Dagster evaluation and runs on a real inbox and warehouse."""

import shutil
import threading
import time
from pathlib import Path

import dagster as dg
import pytest

from ingest.read.inbox import inbox_fingerprint
from ingest.state.warehouse_file import refresh_lock_owner
from orchestration.config import REBUILD_TAG, SAMPLES_DIR, code_digest
from orchestration.definitions import defs
from orchestration.resources import WarehouseSettings
from orchestration.schedules import nightly_refresh
from orchestration.sensors import inbox_sensor

NEW_REPORT = (
    "Wyvern District Council\nQuarterly Performance Report, Quarter 1 2024/25\n\n"
    "The council delivered savings of £1.2m against a target of £1.5m in 2024/25.\n"
)


def _run_config(inbox: Path, warehouse: Path) -> dict:
    return {"resources": {"settings": {"config": {"inbox": str(inbox), "warehouse": str(warehouse)}}}}


@pytest.fixture(scope="module")
def published(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The four sample reports and the warehouse a run of the job published from them."""
    root = tmp_path_factory.mktemp("runs")
    inbox = root / "inbox"
    shutil.copytree(SAMPLES_DIR, inbox)
    warehouse = root / "warehouse.duckdb"
    code_digest()  # this process's code, once: the build and the decisions below agree on it
    with dg.DagsterInstance.ephemeral() as instance:
        result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
            instance=instance, run_config=_run_config(inbox, warehouse)
        )
    assert result.success
    return inbox, warehouse


@pytest.fixture
def inbox(published: tuple[Path, Path], tmp_path: Path) -> Path:
    """A copy of the published inbox this test may change."""
    copy = tmp_path / "inbox"
    shutil.copytree(published[0], copy)
    return copy


def _settings(inbox: Path, warehouse: Path) -> WarehouseSettings:
    return WarehouseSettings(inbox=str(inbox), warehouse=str(warehouse))


def test_the_schedule_launches_no_run_when_nothing_changed(published: tuple[Path, Path], inbox: Path) -> None:
    settings = _settings(inbox, published[1])
    with dg.DagsterInstance.ephemeral() as instance:
        unchanged = nightly_refresh(
            dg.build_schedule_context(instance=instance, resources={"settings": settings})
        )
        (inbox / "wyvern_q1.txt").write_text(NEW_REPORT, encoding="utf-8")
        changed = nightly_refresh(
            dg.build_schedule_context(instance=instance, resources={"settings": settings})
        )
        assert instance.get_runs() == []
    assert isinstance(unchanged, dg.SkipReason) and "nothing changed" in unchanged.skip_message
    assert isinstance(changed, dg.RunRequest)


def test_the_sensor_on_a_fresh_instance_starts_from_the_published_warehouse(
    published: tuple[Path, Path], inbox: Path
) -> None:
    settings = _settings(inbox, published[1])
    with dg.DagsterInstance.ephemeral() as instance:
        context = dg.build_sensor_context(instance=instance, resources={"settings": settings})
        first = inbox_sensor(context)  # no cursor yet: the UI has just started
        assert isinstance(first, dg.SkipReason) and "nothing changed" in first.skip_message
        assert context.cursor == inbox_fingerprint(inbox)
        again = inbox_sensor(
            dg.build_sensor_context(
                instance=instance, cursor=context.cursor, resources={"settings": settings}
            )
        )
        assert isinstance(again, dg.SkipReason) and "no change" in again.skip_message
        assert instance.get_runs() == []


def test_the_sensor_requests_a_run_when_the_inbox_changed_and_none_when_it_changed_back(
    published: tuple[Path, Path], inbox: Path
) -> None:
    settings = _settings(inbox, published[1])
    with dg.DagsterInstance.ephemeral() as instance:
        cursor = inbox_fingerprint(inbox)
        (inbox / "wyvern_q1.txt").write_text(NEW_REPORT, encoding="utf-8")
        context = dg.build_sensor_context(instance=instance, cursor=cursor, resources={"settings": settings})
        added = inbox_sensor(context)
        (inbox / "wyvern_q1.txt").unlink()  # back to what the warehouse was built from
        back = inbox_sensor(
            dg.build_sensor_context(
                instance=instance, cursor=context.cursor, resources={"settings": settings}
            )
        )
    assert isinstance(added, dg.RunRequest) and added.run_key.endswith(f":{cursor}")
    assert isinstance(back, dg.SkipReason) and "nothing changed" in back.skip_message


def test_a_missing_inbox_still_launches_the_run_that_fails_and_alerts(
    published: tuple[Path, Path], tmp_path: Path
) -> None:
    settings = _settings(tmp_path / "no such inbox", published[1])
    with dg.DagsterInstance.ephemeral() as instance:
        request = nightly_refresh(
            dg.build_schedule_context(instance=instance, resources={"settings": settings})
        )
    assert isinstance(request, dg.RunRequest)


def test_a_run_holds_the_refresh_lock_until_its_last_step(published: tuple[Path, Path]) -> None:
    inbox, warehouse = published
    samples: list[tuple[float, str | None]] = []
    outcome: dict = {}

    def run() -> None:
        with dg.DagsterInstance.ephemeral() as instance:
            result = defs.resolve_job_def("refresh_warehouse").execute_in_process(
                instance=instance, run_config=_run_config(inbox, warehouse), tags={REBUILD_TAG: "true"}
            )
            outcome["result"] = result
            outcome["steps"] = {s.step_key: s for s in instance.get_run_step_stats(result.run_id)}

    thread = threading.Thread(target=run)
    thread.start()
    while thread.is_alive():
        samples.append((time.time(), refresh_lock_owner(warehouse)))
        time.sleep(0.01)
    result, steps = outcome["result"], outcome["steps"]
    assert result.success
    for step in ("exports", "dashboard", "warehouse", "dbt_models"):  # after publish too
        during = [owner for at, owner in samples if steps[step].start_time < at < steps[step].end_time]
        assert during and set(during) == {result.run_id}, step
    assert refresh_lock_owner(warehouse) is None  # released after the last step
