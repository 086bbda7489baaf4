"""The published warehouse: this run's build file, renamed over the file analysts read."""

import dagster as dg
import duckdb

from ingest.state.warehouse_file import build_path, publish
from orchestration.assets.dbt import dbt_models
from orchestration.resources import WarehouseSettings

MART_KEYS = [key for key in dbt_models.keys if key.path[0] == "marts"]


@dg.asset(
    key=["warehouse"],
    deps=[*MART_KEYS, dg.AssetKey(["marts", "alerts"])],
    group_name="publish",
    pool="warehouse_writer",
)
def published_warehouse(
    context: dg.AssetExecutionContext, settings: WarehouseSettings
) -> dg.MaterializeResult:
    """Publish this run's warehouse atomically (readers of the old file keep working throughout). The run's
    refresh lock stays held until its last step (exports, dashboard) has ended (`orchestration.jobs`)."""
    build = build_path(settings.warehouse_path, context.run.run_id)
    with duckdb.connect(str(build), read_only=True) as con:
        counts = dict(
            con.execute(
                "select table_name, estimated_size from duckdb_tables() where schema_name = 'marts' order by 1"
            ).fetchall()
        )
    publish(build, settings.warehouse_path)
    context.log.info(f"published {settings.warehouse_path}")
    return dg.MaterializeResult(
        metadata={"path": str(settings.warehouse_path), **{f"rows.{k}": v for k, v in counts.items()}}
    )
