"""The nightly refresh at 02:00 London time, running by default."""

import dagster as dg

from orchestration.jobs import refresh_job

nightly_refresh = dg.ScheduleDefinition(
    name="nightly_refresh",
    job=refresh_job,
    cron_schedule="0 2 * * *",
    execution_timezone="Europe/London",
    default_status=dg.DefaultScheduleStatus.RUNNING,
)
