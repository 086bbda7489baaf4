"""The refresh job: every asset of the code location, in one process, under the warehouse's refresh lock.

Every run takes the same file lock as `councilwh refresh` (`ingest.state.warehouse_file`): the raw step
takes it, the publish step releases it, a failed step releases it through the job's failure hook, and the
OS releases it if the run's process dies. The in-process executor keeps every step in the process that
holds the lock.
"""

from pathlib import Path

import dagster as dg

from ingest.state.guard import RefreshRefused
from ingest.state.warehouse_file import (
    RefreshBusy,
    acquire_refresh_lock,
    refresh_lock_owner,
    release_refresh_lock,
)
from orchestration.config import checked_inbox_state
from orchestration.resources import WarehouseSettings


def hold_refresh_lock(context: dg.AssetExecutionContext, warehouse: Path, wait_seconds: float) -> None:
    """Take the warehouse's refresh lock for this run, held until publish (or a failed step).

    When this process already holds it (the command line that started this run in-process) the run goes
    on under that lock. A lock left in this process by a finished run is released first.

    Raises:
        dagster.Failure: another refresh holds the lock beyond `wait_seconds`.
    """
    holder = refresh_lock_owner(warehouse)
    if holder and holder != context.run.run_id:
        left = context.instance.get_run_by_id(holder)
        if left is not None and left.is_finished:
            release_refresh_lock(warehouse, holder)
    try:
        taken = acquire_refresh_lock(warehouse, context.run.run_id, wait_seconds)
    except RefreshBusy as exc:
        raise dg.Failure(description=str(exc), allow_retries=False) from exc
    if not taken:
        context.log.info(
            f"refresh lock of {warehouse} held by this process ({refresh_lock_owner(warehouse)})"
        )


def begin_refresh(
    context: dg.AssetExecutionContext, settings: WarehouseSettings
) -> list[tuple[str, str | None]]:
    """Take the refresh lock, then check that the refresh loses nothing by mistake; returns the inbox's
    files and content hashes (`orchestration.config.checked_inbox_state`).

    Raises:
        dagster.Failure: another refresh is running, or the inbox is missing, unreadable, empty, or would
            mark too many published documents removed (the run fails; the failure sensor alerts).
    """
    hold_refresh_lock(context, settings.warehouse_path, settings.lock_wait_seconds)
    try:
        return checked_inbox_state(
            settings.inbox_path, settings.warehouse_path, settings.removals_allowed, settings.removal_share
        )
    except RefreshRefused as exc:
        raise dg.Failure(description=str(exc), allow_retries=False) from exc


@dg.failure_hook(required_resource_keys={"settings"})
def release_refresh_lock_on_failure(context: dg.HookContext) -> None:
    """A failed step ends the build: release the run's refresh lock (publish will not run)."""
    release_refresh_lock(context.resources.settings.warehouse_path, context.run_id)


refresh_job = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest the inbox, build the marts, run the checks and publish the warehouse.",
    executor_def=dg.in_process_executor,
    hooks={release_refresh_lock_on_failure},
)
