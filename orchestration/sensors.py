"""Sensors: a refresh when the inbox changes, and an alert when a refresh run fails."""

import os
from typing import Any

import dagster as dg

from expectations.alerts import channels_from_env, deliver, run_failure_alert
from ingest.read.inbox import inbox_fingerprint
from orchestration.jobs import refresh_job, refresh_skip_reason
from orchestration.resources import WarehouseSettings


@dg.sensor(job=refresh_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
def inbox_sensor(context: dg.SensorEvaluationContext, settings: WarehouseSettings):
    """Request a refresh when the inbox changed (its names, sizes and times differ from the last seen) and
    the change is not already in the published warehouse. On a fresh instance (no cursor) the inbox is
    compared with what the published warehouse was built from, so starting the UI launches nothing when
    the warehouse is up to date."""
    fingerprint = inbox_fingerprint(settings.inbox_path)
    previous = context.cursor
    if fingerprint == previous:
        return dg.SkipReason(f"no change in {settings.inbox_path}")
    context.update_cursor(fingerprint)
    reason = refresh_skip_reason(settings)  # hashes the files: only when their listing changed
    if reason is not None:
        return dg.SkipReason(reason)
    # the previous state in the key: an inbox changed back to an earlier listing is still refreshed
    return dg.RunRequest(run_key=f"{fingerprint}:{previous or 'start'}")


@dg.run_failure_sensor(monitored_jobs=[refresh_job], default_status=dg.DefaultSensorStatus.RUNNING)
def refresh_failure_alert(context: dg.RunFailureSensorContext):
    """Alert the data owners' channels when a refresh run fails."""
    reasons = [_reason(e.event_specific_data) for e in context.get_step_failure_events()]
    message = "; ".join([context.failure_event.message or "", *reasons])  # e.g. the inbox refused, and why
    alert = run_failure_alert(context.dagster_run.job_name, context.dagster_run.run_id, message)
    for channel in channels_from_env(os.environ):
        error = deliver([alert], channel)
        if error:
            context.log.warning(f"run-failure alert not delivered to {channel.name}: {error}")


def _reason(failure: Any) -> str:  # dagster's StepFailureData (not exported)
    """Why a step failed: a `dagster.Failure`'s description, else the error's message."""
    if failure.user_failure_data is not None and failure.user_failure_data.description:
        return failure.user_failure_data.description
    return failure.error.message.strip() if failure.error else "unknown"
