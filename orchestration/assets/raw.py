"""Ingest assets: the report inbox -> `raw.*` tables in this run's build warehouse."""

import time

import dagster as dg

from ingest.raw import schemas
from ingest.refresh import ingest_inbox
from ingest.state.reuse import live_document_count
from ingest.state.warehouse_file import build_path, release_refresh_lock
from orchestration.config import REBUILD_TAG, build_basis, nothing_to_rebuild, state_fingerprint
from orchestration.jobs import begin_refresh
from orchestration.preload import preload, prestart_workers
from orchestration.progress import current as terminal_progress
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
    build warehouse, under the refresh lock. A missing, unreadable or empty inbox, or one that would mark
    too many published documents removed, fails the run (`orchestration.config.checked_inbox_state`).
    When neither the inbox nor the code changed since the published build, nothing is materialised and the
    rest of the run is skipped, unless the run is tagged `councilwh/rebuild: true`."""
    started, published = time.perf_counter(), settings.warehouse_path
    state = begin_refresh(context, settings)  # the refresh lock, then an inbox that loses nothing by mistake
    fingerprint = state_fingerprint(state, settings.pdf_engine_name, settings.max_pages)
    rebuild = context.run.tags.get(REBUILD_TAG) == "true"
    if not rebuild and nothing_to_rebuild(published, fingerprint):
        release_refresh_lock(published, context.run.run_id)
        context.log.info(f"nothing changed since {published} was built: dbt, checks and publish skipped")
        seconds = round(time.perf_counter() - started, 3)
        metadata = {"unchanged": True, "reused_documents": live_document_count(published)}
        context.log_event(
            dg.AssetObservation(["raw", "documents"], metadata={**metadata, "fingerprint_seconds": seconds})
        )
        return
    # --force (the rebuild tag) builds every table from nothing; otherwise only the changed reports' rows
    basis = None if rebuild else build_basis(settings.pdf_engine_name, settings.max_pages)
    build = build_path(published, context.run.run_id)
    prestart_workers(published)  # dbt's and the checks' processes load meanwhile (if none waits)
    # pandas (and dbt's runner if it runs here) load while the parsers run in Polars (not during extraction)
    result = ingest_inbox(
        settings.ingest_settings,
        build,
        fingerprint,
        basis,
        progress=terminal_progress(),
        on_read=preload,
        inbox_state=state,  # listed and hashed once a refresh
    )
    for row in result.quarantine:  # each file in the run's log; the summary and the alerts name them too
        context.log.info(f"quarantined {row['source_file']}: {row['reason']}")
    context.log.info(
        f"{result.documents} documents ({result.reused} unchanged), {len(result.quarantine)} quarantined"
    )
    for name, rows in result.rows.items():
        metadata = {"rows": rows, "build": str(result.build), "reused_documents": result.reused}
        metadata["incremental"] = result.incremental
        yield dg.MaterializeResult(asset_key=["raw", name], metadata={**metadata, **result.seconds})
