"""The nightly refresh at 02:00 London time, running by default, launched only when something changed."""

import dagster as dg

from orchestration.jobs import refresh_job, refresh_skip_reason
from orchestration.resources import WarehouseSettings


@dg.schedule(
    job=refresh_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Europe/London",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    name="nightly_refresh",
)
def nightly_refresh(context: dg.ScheduleEvaluationContext, settings: WarehouseSettings):
    """Refresh the warehouse each night, unless neither the inbox nor the code changed since the published
    build (then no run is launched, so the asset checks keep their last real results in the UI)."""
    reason = refresh_skip_reason(settings)
    if reason is not None:
        return dg.SkipReason(reason)
    return dg.RunRequest()
