"""`marts.alerts`: failed checks as rows, delivered to the configured channels or kept to retry."""

import os

import dagster as dg
import duckdb

from expectations.alert_store import (
    alerts_from_outcomes,
    alerts_from_quarantine,
    alerts_from_rejected_rows,
    deliver_pending,
    merge_alerts,
    now_utc,
    previous_alerts,
    waiting,
    write_alerts,
)
from expectations.alerts import channels_from_env
from expectations.runner import CHECKS, load_outcomes
from ingest.state.warehouse_file import build_path
from orchestration.assets.dbt import dbt_models, source_docs
from orchestration.resources import WarehouseSettings

MART_KEYS = [key for key in dbt_models.keys if key.path[0] == "marts"]


@dg.asset(key=["marts", "alerts"], deps=MART_KEYS, group_name="marts", pool="warehouse_writer")
def alerts(context: dg.AssetExecutionContext, settings: WarehouseSettings) -> dg.MaterializeResult:
    """Every failed data-quality check (severity, report, figures, quote) and every quarantined file, sent
    to the webhook, Slack and email channels set in the environment from each channel's minimum severity up
    (info alerts stay here); an alert a channel did not take is retried next run."""
    build = build_path(settings.warehouse_path, context.run.run_id)
    now = now_utc()
    with duckdb.connect(str(build)) as con:
        found = alerts_from_outcomes(load_outcomes(con), {c.name: c.description for c in CHECKS})
        found += alerts_from_rejected_rows(con)  # rows set aside by a mart's row rule
        found += alerts_from_quarantine(con)  # files that did not load
        channels = channels_from_env(os.environ)
        table = merge_alerts(previous_alerts(settings.warehouse_path), found, now)
        table = deliver_pending(table, channels, now)
        write_alerts(con, table, *source_docs("marts", "alerts"))  # described in models/marts/_alerts.yml
    pending = waiting(table, channels).height
    if pending:
        context.log.warning(f"{pending} alert(s) not delivered; they will be retried next run")
    elif found and not channels:
        context.log.info(f"{len(found)} alert(s) kept in marts.alerts; no alert channel is configured")
    return dg.MaterializeResult(metadata={"alerts_this_run": len(found), "undelivered": pending})
