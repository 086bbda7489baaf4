"""The refresh job: every asset of the code location, in one process, under the warehouse's refresh lock.

Every run takes the same file lock as `councilwh refresh` (`ingest.state.warehouse_file`): the raw step
takes it and the job's hooks release it when the run has no step left to run (after the exports and the
dashboard, which write beside the published warehouse), or the OS releases it if the run's process dies.
The in-process executor keeps every step in the process that holds the lock. Schedules and sensors ask
`refresh_skip_reason` before launching a run, so a refresh that would change nothing leaves no run (and no
skipped check evaluations) behind.
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
from orchestration.config import checked_inbox_state, nothing_to_rebuild, state_fingerprint
from orchestration.progress import current as terminal_progress
from orchestration.resources import WarehouseSettings


def hold_refresh_lock(context: dg.AssetExecutionContext, warehouse: Path, wait_seconds: float) -> None:
    """Take the warehouse's refresh lock for this run, held until its last step (or a failed step).

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


def refresh_skip_reason(settings: WarehouseSettings) -> str | None:
    """Why a refresh of the published warehouse would change nothing (None: it would, or the inbox is refused
    and the run must fail to alert). The rule `councilwh refresh` applies before starting a run
    (`orchestration.config.nothing_to_rebuild`), for schedules and sensors to decide before launching one."""
    published = settings.warehouse_path
    try:
        state = checked_inbox_state(
            settings.inbox_path, published, settings.removals_allowed, settings.removal_share
        )
    except RefreshRefused:
        return None  # the run fails with the reason and the run-failure sensor alerts
    if nothing_to_rebuild(published, state_fingerprint(state, settings.pdf_engine_name, settings.max_pages)):
        return f"nothing changed in {settings.inbox_path} or the code since {published} was built"
    return None


def steps_left(instance: dg.DagsterInstance, run_id: str, finished_step: str) -> tuple[list[str], int]:
    """The steps of a run that may still run once `finished_step` has ended (neither finished, nor skipped,
    nor downstream of a failed step), those ready to run first, and how many steps the run has in all."""
    run = instance.get_run_by_id(run_id)
    if run is None or run.execution_plan_snapshot_id is None:
        return [], 0
    plan = instance.get_execution_plan_snapshot(run.execution_plan_snapshot_id)
    upstream = {
        step.key: {handle.step_key for put in step.inputs for handle in put.upstream_output_handles}
        for step in plan.steps
    }
    stats = {s.step_key: s.status.value for s in instance.get_run_step_stats(run_id)}
    ended = {key for key, status in stats.items() if status in ("SUCCESS", "SKIPPED")} | {finished_step}
    dead = {key for key, status in stats.items() if status == "FAILURE"}
    planned = set(plan.step_keys_to_execute or upstream)
    todo = planned - ended - dead
    while blocked := {key for key in todo if upstream.get(key, set()) & dead}:
        todo -= blocked
        dead |= blocked
    return sorted(todo, key=lambda key: (bool(upstream.get(key, set()) & todo), key)), len(planned)


def _release_at_run_end(context: dg.HookContext) -> None:
    left, total = steps_left(context.instance, context.run_id, context.step_key)
    if left and (display := terminal_progress()) is not None:  # under `councilwh refresh`
        display(f"step {total - len(left) + 1} of {total}: {left[0]}")
    if not left:
        release_refresh_lock(context.resources.settings.warehouse_path, context.run_id)


@dg.success_hook(required_resource_keys={"settings"})
def release_refresh_lock_at_run_end(context: dg.HookContext) -> None:
    """The run's last step has ended: release the run's refresh lock (held since the raw step)."""
    _release_at_run_end(context)


@dg.failure_hook(required_resource_keys={"settings"})
def release_refresh_lock_on_failure(context: dg.HookContext) -> None:
    """A failed step: release the run's refresh lock once no other step can run (steps downstream of the
    failure never will; a step beside it, such as the exports beside the dashboard, still holds it)."""
    _release_at_run_end(context)


refresh_job = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest the inbox, build the marts, run the checks and publish the warehouse.",
    executor_def=dg.in_process_executor,
    hooks={release_refresh_lock_at_run_end, release_refresh_lock_on_failure},
)
