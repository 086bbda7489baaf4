"""The one Definitions object of the code location."""

import dagster as dg

from orchestration.assets.alerts import alerts
from orchestration.assets.checks import great_expectations_checks
from orchestration.assets.dashboard import dashboard
from orchestration.assets.dbt import dbt_models
from orchestration.assets.exports import mart_exports
from orchestration.assets.publish import published_warehouse
from orchestration.assets.raw import raw_tables
from orchestration.jobs import refresh_job
from orchestration.resources import build_resources
from orchestration.schedules import nightly_refresh
from orchestration.sensors import inbox_sensor, refresh_failure_alert

defs = dg.Definitions(
    assets=[raw_tables, dbt_models, alerts, published_warehouse, mart_exports, dashboard],
    asset_checks=[great_expectations_checks],
    jobs=[refresh_job],
    schedules=[nightly_refresh],
    sensors=[inbox_sensor, refresh_failure_alert],
    resources=build_resources(),
)
