"""Exports: every mart of the published warehouse as Parquet and CSV files."""

import dagster as dg

from ingest.state.exports import export_marts, exports_dir
from ingest.state.warehouse_file import build_path
from orchestration.assets.publish import published_warehouse
from orchestration.resources import WarehouseSettings


@dg.asset(key=["exports"], deps=[published_warehouse], group_name="publish")
def mart_exports(context: dg.AssetExecutionContext, settings: WarehouseSettings) -> dg.MaterializeResult:
    """Each mart as `<table>.parquet` and `<table>.csv` in `<warehouse dir>/exports/` (for Excel, Power BI
    and pandas), from the very snapshot this run published, replaced as a whole set by rename."""
    # publishing hard-links the build file to the published name: the same snapshot under this run's name
    snapshot = build_path(settings.warehouse_path, context.run.run_id)
    target = exports_dir(settings.warehouse_path)
    counts = export_marts(snapshot if snapshot.exists() else settings.warehouse_path, target)
    context.log.info(f"exported {len(counts)} marts to {target}")
    return dg.MaterializeResult(
        metadata={"path": str(target), **{f"rows.{table}": rows for table, rows in counts.items()}}
    )
