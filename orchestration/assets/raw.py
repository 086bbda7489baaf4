"""Ingest assets: the report inbox -> `raw.*` tables in this run's build warehouse."""

import time

import dagster as dg
import duckdb

from ingest import schemas
from ingest.incremental import copy_reused_rows, previous_documents, reusable_ids
from ingest.load import write_tables
from ingest.pipeline import list_report_files, read_reports
from ingest.raw_tables import build_raw_tables
from ingest.warehouse_file import build_path, remove_stale_builds
from orchestration.resources import WarehouseSettings

RAW_SPECS = [
    dg.AssetSpec(
        ["raw", name], group_name="ingest", description=f"Raw `{name}` rows parsed from the report files."
    )
    for name in schemas.RAW_TABLES
]


@dg.multi_asset(specs=RAW_SPECS, name="raw_tables", pool="warehouse_writer")
def raw_tables(context: dg.AssetExecutionContext, settings: WarehouseSettings):
    """Read every report in the inbox (archived by content hash, extraction cached), parse the new
    documents with Polars, reuse the rows of unchanged ones, and write the raw tables into this run's
    build warehouse."""
    published = settings.warehouse_path
    build = build_path(published, context.run_id)
    remove_stale_builds(published, keep=build)
    build.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    files = list_report_files(settings.inbox_path)
    read = read_reports(
        files, settings.archive_dir, settings.cache_dir, settings.workers or None, settings.max_pages
    )
    for row in read.quarantine:
        context.log.warning(f"quarantined {row['source_file']}: {row['reason']}")
    extracted = time.perf_counter()
    previous = previous_documents(published)
    reused = reusable_ids(previous, [r.content_hash for r in read.reports])
    frames = build_raw_tables(read, previous=previous, reused=reused)
    parsed = time.perf_counter()
    with duckdb.connect(str(build)) as con:
        counts = write_tables(con, frames)
        for table, rows in copy_reused_rows(con, published, reused).items():
            counts[table] += rows
    context.log.info(
        f"{len(read.reports)} documents ({len(reused)} unchanged), {len(read.quarantine)} quarantined"
    )
    timings = {
        "extract_seconds": round(extracted - started, 3),
        "parse_seconds": round(parsed - extracted, 3),
        "load_seconds": round(time.perf_counter() - parsed, 3),
    }
    for name, rows in counts.items():
        metadata = {"rows": rows, "build": str(build), "reused_documents": len(reused)}
        yield dg.MaterializeResult(asset_key=["raw", name], metadata={**metadata, **timings})
