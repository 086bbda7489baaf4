"""Ingest assets: the report inbox -> `raw.*` tables in this run's build warehouse."""

import time
from datetime import UTC, datetime

import dagster as dg
import duckdb

from ingest import schemas
from ingest.incremental import (
    copy_reused_rows,
    live_document_count,
    previous_documents,
    reusable_ids,
    write_fingerprint,
)
from ingest.load import write_tables
from ingest.pipeline import list_report_files, read_reports
from ingest.raw_tables import build_raw_tables
from ingest.warehouse_file import build_path, remove_stale_builds
from orchestration.config import REBUILD_TAG, build_fingerprint, nothing_to_rebuild
from orchestration.resources import WarehouseSettings

# skippable: when nothing changed, no raw table is materialised and Dagster skips everything downstream
RAW_SPECS = [
    dg.AssetSpec(
        ["raw", name],
        group_name="ingest",
        description=f"Raw `{name}` rows parsed from the report files.",
        skippable=True,
    )
    for name in schemas.RAW_TABLES
]


@dg.multi_asset(specs=RAW_SPECS, name="raw_tables", pool="warehouse_writer")
def raw_tables(context: dg.AssetExecutionContext, settings: WarehouseSettings):
    """Read every report in the inbox (archived by content hash, extraction cached), parse the new
    documents with Polars, reuse the rows of unchanged ones, and write the raw tables into this run's
    build warehouse. When neither the inbox nor the code changed since the published build, nothing is
    materialised and the rest of the run is skipped, unless the run is tagged `councilwh/rebuild: true`."""
    published = settings.warehouse_path
    started = time.perf_counter()
    files = list_report_files(settings.inbox_path)
    fingerprint = build_fingerprint(files, settings.inbox_path, settings.pdf_engine_name, settings.max_pages)
    if context.run.tags.get(REBUILD_TAG) != "true" and nothing_to_rebuild(published, fingerprint):
        current = live_document_count(published)
        context.log.info(f"nothing changed since {published} was built: dbt, checks and publish skipped")
        context.log_event(
            dg.AssetObservation(
                asset_key=["raw", "documents"],
                metadata={
                    "unchanged": True,
                    "reused_documents": current,
                    "fingerprint_seconds": round(time.perf_counter() - started, 3),
                },
            )
        )
        return
    build = build_path(published, context.run_id)
    remove_stale_builds(published, keep=build)
    build.parent.mkdir(parents=True, exist_ok=True)
    read = read_reports(
        files,
        settings.archive_dir,
        settings.cache_dir,
        settings.workers or None,
        settings.max_pages,
        settings.pdf_engine_name,
    )
    for row in read.quarantine:
        context.log.warning(f"quarantined {row['source_file']}: {row['reason']}")
    extracted = time.perf_counter()
    previous = previous_documents(published)
    versions_now = {r.content_hash: schemas.document_parser_version(r.extractor) for r in read.reports}
    reused = reusable_ids(previous, versions_now)
    frames = build_raw_tables(read, previous=previous, reused=reused)
    parsed = time.perf_counter()
    with duckdb.connect(str(build)) as con:
        counts = write_tables(con, frames)
        for table, rows in copy_reused_rows(con, published, reused).items():
            counts[table] += rows
        write_fingerprint(con, fingerprint, datetime.now(UTC))
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
