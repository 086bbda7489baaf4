"""`councilwh`: refresh the warehouse through the Dagster job, query it read-only, or open the UI."""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.read.report import PDF_ENGINES
from orchestration.config import REPO_ROOT
from orchestration.dbt_manifest import ensure_dbt_manifest
from orchestration.instance_storage import POOLED_STORAGE, chooses_storage

DEFAULT_DAGSTER_HOME = REPO_ROOT / "warehouse" / "dagster_home"
TELEMETRY_OFF = "telemetry:\n  enabled: false  # like dbt's usage stats: report data stays on this machine\n"


def _prepare_environment(args: argparse.Namespace) -> None:
    if getattr(args, "inbox", None):
        os.environ["COUNCILWH_INBOX"] = str(Path(args.inbox).resolve())
    if getattr(args, "warehouse", None):
        os.environ["COUNCILWH_WAREHOUSE"] = str(Path(args.warehouse).resolve())
    if getattr(args, "pdf_engine", None):
        os.environ["COUNCILWH_PDF_ENGINE"] = args.pdf_engine
    if getattr(args, "allow_removals", False):
        os.environ["COUNCILWH_ALLOW_REMOVALS"] = "1"
    if not os.environ.get("DAGSTER_HOME"):
        DEFAULT_DAGSTER_HOME.mkdir(parents=True, exist_ok=True)
        settings = DEFAULT_DAGSTER_HOME / "dagster.yaml"
        # runs and events in SQLite in this folder on pooled connections, no telemetry, also in an older
        # home; a storage of the user's own (e.g. Postgres) is kept
        text = settings.read_text() if settings.exists() else "# Dagster instance settings\n"
        added = ("" if "telemetry:" in text else TELEMETRY_OFF) + (
            "" if chooses_storage(text) else POOLED_STORAGE
        )
        if added:
            settings.write_text(text + added)
        os.environ["DAGSTER_HOME"] = str(DEFAULT_DAGSTER_HOME)


@contextmanager
def long_lived_imports() -> Iterator[None]:
    """Imports whose objects live as long as the process (Dagster, dagster-dbt, the definitions: about
    200,000 objects): Python's garbage collector does not run while they load, and later collections
    leave them out (`gc.freeze`). Collections that found nothing to free took about 0.5 s of a small
    refresh. The collector is back on afterwards, also when an import fails."""
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def refresh(args: argparse.Namespace) -> int:
    """One refresh through the same job the nightly schedule runs; prints what it built.

    When nothing changed since the published warehouse was built (the job's own rule, see
    `orchestration.config.nothing_to_rebuild`), it says so without starting a Dagster run; `--force`
    rebuilds anyway (a run tagged `councilwh/rebuild`). A missing, unreadable or empty inbox, or one that
    would mark too many published documents removed, is refused before anything is built (exit code 2, an
    alert to the configured channels; `--allow-removals` allows the removals).
    """
    _prepare_environment(args)
    from ingest.state.guard import RefreshRefused
    from ingest.state.warehouse_file import RefreshBusy, refresh_lock
    from orchestration import config
    from orchestration.instance_storage import StorageLockTimeout
    from orchestration.preload import prestart_workers
    from orchestration.summary import print_refresh_summary, unchanged_report

    warehouse = config.warehouse_path()
    try:
        with refresh_lock(warehouse, wait=args.wait):
            started = time.perf_counter()
            inbox, engine = config.inbox_path(), config.pdf_engine_name()
            state = config.checked_inbox_state(
                inbox, warehouse, config.allow_removals(), config.max_removed_share()
            )
            fingerprint = config.state_fingerprint(state, engine)
            if not args.force and config.nothing_to_rebuild(warehouse, fingerprint):
                report = unchanged_report(warehouse, inbox, time.perf_counter() - started)
            else:
                prestart_workers(warehouse)  # dbt and the checks load on the other core meanwhile
                report = _run_refresh_job(args.log_level, rebuild=args.force)
    except (RefreshBusy, StorageLockTimeout) as exc:
        print(f"councilwh: {exc}", file=sys.stderr)
        return 3
    except RefreshRefused as exc:
        print(f"councilwh: refresh refused: {exc}", file=sys.stderr)
        for error in config.refusal_alert_errors(f"refresh refused: {exc}"):
            print(f"councilwh: the alert was not delivered to {error}", file=sys.stderr)
        return 2
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    return print_refresh_summary(report)


def _run_refresh_job(log_level: str, rebuild: bool) -> dict:
    with long_lived_imports():
        ensure_dbt_manifest()
        from dagster import DagsterInstance

        from orchestration.config import REBUILD_TAG
        from orchestration.definitions import defs
        from orchestration.instance_storage import flush_less, storage_opened_alone
        from orchestration.progress import Progress, reporting
        from orchestration.resources import WarehouseSettings
        from orchestration.summary import refresh_report

        # no disk flush per Dagster event (COUNCILWH_DAGSTER_SYNC)
        home = Path(os.environ["DAGSTER_HOME"])
        flush_less(home)
        job = defs.resolve_job_def("refresh_warehouse")
        with storage_opened_alone(home):  # a fresh home's tables made by one refresh, not two at once
            instance = DagsterInstance.get()  # its storage's modules (SQLAlchemy, Alembic) load here too
    # progress on standard error (a line rewritten in place on a terminal); dbt's output kept in a file
    with instance, reporting(Progress(sys.stderr)):
        result = job.execute_in_process(
            instance=instance,
            raise_on_error=False,
            tags={REBUILD_TAG: "true"} if rebuild else None,
            run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
        )
        return refresh_report(result, WarehouseSettings(), instance)


def sql(args: argparse.Namespace) -> int:
    """Run read-only SQL on the published warehouse and print every result (see `orchestration.sql_client`)."""
    from orchestration.config import warehouse_path
    from orchestration.sql_client import read_query, run_sql

    if args.query is None and not args.file:
        print("councilwh: give a query, `-` to read it from standard input, or --file", file=sys.stderr)
        return 2
    return run_sql(
        warehouse_path(args.warehouse or ""),
        read_query(args.query, args.file),
        fmt=args.format,
        output=Path(args.output) if args.output else None,
        max_width=args.max_width,
        max_rows=args.max_rows,
    )


def docs(args: argparse.Namespace) -> int:
    """Build dbt's static docs site of the published warehouse, offline (see `orchestration.docs_site`)."""

    from orchestration.config import warehouse_path
    from orchestration.docs_site import build_docs_site

    try:
        output = Path(args.output) if args.output else None
        index = build_docs_site(warehouse_path(args.warehouse or ""), output)
    except FileNotFoundError as exc:
        print(f"councilwh: {exc}", file=sys.stderr)
        return 2
    except subprocess.CalledProcessError as exc:
        print(f"councilwh: dbt docs generate failed:\n{exc.stdout}{exc.stderr}", file=sys.stderr)
        return 1
    print(f"docs site: {index}")
    return 0


def dashboard(args: argparse.Namespace) -> int:
    """Open the dashboard of the published warehouse (built first if stale), or serve it on 127.0.0.1."""
    from orchestration import config
    from orchestration.dashboard.serve import open_dashboard

    warehouse = config.warehouse_path(args.warehouse or "")
    return open_dashboard(warehouse, config.environment_cache_dir(), args.port if args.serve else None)


def ui(args: argparse.Namespace) -> int:
    """Start the Dagster UI on this code location."""
    _prepare_environment(args)
    ensure_dbt_manifest()
    dagster = Path(sys.executable).with_name("dagster")
    cmd = [str(dagster), "dev", "-m", "orchestration.definitions", "-p", str(args.port)]
    os.execv(str(dagster), cmd)
    return 0  # not reached


def build_parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    parser = argparse.ArgumentParser(prog="councilwh", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p_refresh = sub.add_parser("refresh", help="ingest the inbox and rebuild the warehouse")
    p_refresh.add_argument(
        "--inbox", help="folder of report files (default: bundled samples, $COUNCILWH_INBOX)"
    )
    p_refresh.add_argument("--warehouse", help="DuckDB file (default: warehouse/warehouse.duckdb)")
    p_refresh.add_argument(
        "--wait", action="store_true", help="wait for a running refresh instead of exiting"
    )
    p_refresh.add_argument(
        "--log-level", default="WARNING", help="Dagster console log level (default WARNING)"
    )
    p_refresh.add_argument(
        "--force",
        action="store_true",
        help="rebuild even when nothing changed since the last build",
    )
    p_refresh.add_argument(
        "--allow-removals",
        action="store_true",
        help="allow a refresh that marks more than half of the published documents (or all) removed "
        "($COUNCILWH_ALLOW_REMOVALS=1)",
    )
    p_refresh.add_argument("--json", help="also write the run's figures (rows, checks, seconds) to this file")
    p_refresh.add_argument(
        "--pdf-engine",
        choices=PDF_ENGINES,
        help="PDF text engine: pdfminer (pdfminer.six, default) or pdfium (pypdfium2, faster; "
        "$COUNCILWH_PDF_ENGINE)",
    )
    p_refresh.set_defaults(func=refresh)
    p_sql = sub.add_parser("sql", help="run a read-only SQL query on the warehouse")
    p_sql.add_argument("query", nargs="?", help="SQL (several statements allowed; `-` reads standard input)")
    p_sql.add_argument("--file", help="read the SQL from this file")
    p_sql.add_argument("--warehouse", help="DuckDB file (default: warehouse/warehouse.duckdb)")
    p_sql.add_argument("--format", default="table", choices=("table", "csv", "json", "markdown"))
    p_sql.add_argument("--output", help="write the result to this file (Parquet when it ends in .parquet)")
    p_sql.add_argument(
        "--max-width", type=int, default=0, help="cut cells to N characters with … (default: full)"
    )
    p_sql.add_argument(
        "--max-rows", type=int, default=200, help="rows shown in a table (0: all; default 200)"
    )
    p_sql.set_defaults(func=sql)
    p_docs = sub.add_parser("docs", help="build dbt's docs site of the warehouse (offline, one HTML page)")
    p_docs.add_argument("--warehouse", help="DuckDB file (default: warehouse/warehouse.duckdb)")
    p_docs.add_argument("--output", help="folder to write (default: docs/ beside the warehouse)")
    p_docs.set_defaults(func=docs)
    p_dash = sub.add_parser("dashboard", help="open the dashboard (static pages) or serve it on 127.0.0.1")
    p_dash.add_argument("--warehouse", help="DuckDB file (default: warehouse/warehouse.duckdb)")
    p_dash.add_argument(
        "--serve", action="store_true", help="serve on 127.0.0.1 instead of opening a browser"
    )
    p_dash.add_argument(
        "--port", type=int, default=8765, help="port for --serve (default 8765; 0: any free one)"
    )
    p_dash.set_defaults(func=dashboard)
    p_ui = sub.add_parser("ui", help="start the Dagster UI")
    p_ui.add_argument("--port", type=int, default=3000)
    p_ui.set_defaults(func=ui)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of `councilwh`."""
    args = build_parser().parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
