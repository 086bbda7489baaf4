"""A sensor on the inbox folder: a refresh when files are added, changed or removed."""

import dagster as dg

from ingest.pipeline import inbox_fingerprint
from orchestration.jobs import refresh_job
from orchestration.resources import WarehouseSettings


@dg.sensor(job=refresh_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.RUNNING)
def inbox_sensor(context: dg.SensorEvaluationContext, settings: WarehouseSettings):
    """Request a refresh when the inbox's fingerprint differs from the last one seen."""
    fingerprint = inbox_fingerprint(settings.inbox_path)
    if fingerprint == context.cursor:
        return dg.SkipReason(f"no change in {settings.inbox_path}")
    context.update_cursor(fingerprint)
    return dg.RunRequest(run_key=fingerprint)
