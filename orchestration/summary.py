"""What a refresh prints: one screen of documents, rows per mart, dbt's result, checks passed and failed."""

from __future__ import annotations

import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import duckdb

from ingest.state.warehouse_file import connect_warehouse
from orchestration.progress import dbt_console_log, use_colour

LISTED = 8  # failures and failed checks listed in the summary; the rest counted
PUBLISH_STEP = "warehouse"  # the step that publishes the build file as the warehouse
DBT_PROBLEM = re.compile(r"^(?:Failure|Error|Warning) in ")


def format_table(columns: Sequence[str], rows: Sequence[Sequence[Any]], max_rows: int = 200) -> str:
    """Render rows as a plain-text table with a row count."""
    shown = [["" if v is None else str(v) for v in row] for row in rows[:max_rows]]
    widths = [min(60, max([len(c)] + [len(r[i]) for r in shown])) for i, c in enumerate(columns)]
    line = " | ".join(c.ljust(w)[:w] for c, w in zip(columns, widths, strict=True))
    out = [line, "-+-".join("-" * w for w in widths)]
    out += [" | ".join(v.ljust(w)[:w] for v, w in zip(r, widths, strict=True)) for r in shown]
    more = f" (first {max_rows} shown)" if len(rows) > max_rows else ""
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''}{more})")
    return "\n".join(out)


def mart_counts(con: duckdb.DuckDBPyConnection) -> list[tuple[str, int]]:
    """Rows in every table of schema marts."""
    tables = [
        r[0]
        for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1"
        ).fetchall()
    ]
    return [(t, con.execute(f'select count(*) from marts."{t}"').fetchall()[0][0]) for t in tables]


def quarantine_reasons(con: duckdb.DuckDBPyConnection, top: int = 3) -> list[tuple[str, int]]:
    """The commonest reasons files were quarantined (their first 80 characters), with how many files."""
    return con.execute(
        "select left(reason, 80) as why, count(*) as files from marts.quarantine group by why "
        "order by files desc, why limit ?",
        [top],
    ).fetchall()


def refresh_report(result: Any, settings: Any, instance: Any) -> dict[str, Any]:
    """The figures of one refresh run: success, documents, rows per mart, checks, step and stage seconds."""
    evaluations = result.get_asset_check_evaluations()
    stats = _step_seconds(instance, result.run_id)
    stages: dict[str, float] = {}
    reused, unchanged = 0, False
    # raw/documents is materialised by a build, or only observed when nothing changed (the run skipped)
    events = [*result.get_asset_materialization_events(), *result.get_asset_observation_events()]
    for event in events:
        data = event.event_specific_data
        asset_event = data.materialization if hasattr(data, "materialization") else data.asset_observation
        if asset_event.asset_key.path == ["raw", "documents"]:
            stages = {k: v.value for k, v in asset_event.metadata.items() if k.endswith("_seconds")}
            reused = asset_event.metadata["reused_documents"].value
            unchanged = "unchanged" in asset_event.metadata
            break
    counts: list[tuple[str, int]] = []
    reasons: list[tuple[str, int]] = []
    if result.success and settings.warehouse_path.exists():
        with connect_warehouse(settings.warehouse_path) as con:
            counts = mart_counts(con)
            reasons = quarantine_reasons(con)
    return {
        "success": result.success,
        # the warehouse step swaps the new file in: a later step's failure (dashboard, exports) leaves it published
        "published": any(e.step_key == PUBLISH_STEP for e in result.get_step_success_events()),
        "warehouse": str(settings.warehouse_path),
        "inbox": str(settings.inbox_path),
        "marts": dict(counts),
        "checks_passed": sum(1 for e in evaluations if e.passed),
        "checks_failed": [
            f"{e.asset_key.to_user_string()} {e.check_name} ({e.severity.value})"
            for e in evaluations
            if not e.passed
        ],
        "step_seconds": stats,
        "stage_seconds": stages,
        "reused_documents": reused,
        "unchanged": unchanged,
        "failures": [f"{e.step_key}: {e.message}" for e in result.all_events if e.is_failure],
        "dbt": dbt_summary(dbt_console_log(settings.dbt_target_dir)),
        "quarantine_reasons": dict(reasons),
    }


def dbt_summary(log: Path) -> dict[str, Any]:
    """dbt's result line (`PASS=… ERROR=…`) and its failures, errors and warnings (each with its first
    message line) from the console log a run keeps (`orchestration.progress.dbt_output`)."""
    if not log.exists():
        return {}
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines()
    done = next((line.removeprefix("Done. ") for line in reversed(lines) if line.startswith("Done. ")), "")
    problems = []
    for i, line in enumerate(lines):
        if DBT_PROBLEM.match(line):
            detail = [rest.strip() for rest in lines[i + 1 : i + 4] if rest.strip()]
            message = next((d for d in detail if not d.startswith(("Runtime Error", "compiled code"))), "")
            problems.append(f"{line.strip()}: {message}" if message else line.strip())
    return {"result": done, "problems": problems, "log": str(log)}


def unchanged_report(warehouse: Path, inbox: Path, seconds: float) -> dict[str, Any]:
    """The figures of a refresh that found nothing changed and ran no job (same keys as `refresh_report`)."""
    from ingest.state.reuse import live_document_count

    with connect_warehouse(warehouse) as con:
        counts = dict(mart_counts(con))
    return {
        "success": True,
        "warehouse": str(warehouse),
        "inbox": str(inbox),
        "marts": counts,
        "checks_passed": 0,
        "checks_failed": [],
        "step_seconds": {},
        "stage_seconds": {"fingerprint_seconds": round(seconds, 3)},
        "reused_documents": live_document_count(warehouse),
        "unchanged": True,
        "failures": [],
        "dbt": {},
    }


def _step_seconds(instance: Any, run_id: str) -> dict[str, float]:
    stats = instance.get_run_step_stats(run_id)  # a skipped step has no start time and is left out
    return {s.step_key: round(s.end_time - s.start_time, 3) for s in stats if s.start_time and s.end_time}


def print_refresh_summary(report: dict[str, Any]) -> int:
    """Print what the run built, dbt's result and the checks, on one screen; returns the exit code."""
    colour = use_colour(sys.stdout)
    red, green = ("\033[31m", "\033[32m") if colour else ("", "")
    reset = "\033[0m" if colour else ""
    marts = report["marts"]
    if report["success"]:
        state = (
            "unchanged: no report and no code changed since it was built"
            if report["unchanged"]
            else "published"
        )
        print(f"{green}warehouse{reset} {report['warehouse']} ({state})")
        print(
            f"inbox     {report['inbox']}: {marts.get('documents', 0)} documents, "
            f"{marts.get('quarantine', 0)} quarantined, {report['reused_documents']} unchanged"
        )
        for reason, files in report.get("quarantine_reasons", {}).items():
            print(f"  quarantined: {reason} ({files} file{'s' if files != 1 else ''})")
        print(format_table(["mart", "rows"], sorted(marts.items()), max_rows=100))
    elif report.get("published"):
        print(
            f"{red}refresh FAILED after publishing{reset}: the warehouse {report['warehouse']} holds the new build"
        )
    else:
        print(f"{red}refresh FAILED{reset}; the published warehouse was left as it was")
        _print_listed([f"  {failure}" for failure in report["failures"]])
    dbt = report.get("dbt") or {}
    if dbt:
        print(f"dbt: {dbt['result'] or 'did not finish'} (output: {dbt['log']})")
        _print_listed([f"  {red}{problem}{reset}" for problem in dbt["problems"]])
    failed = report["checks_failed"]
    print(f"checks: {report['checks_passed']} passed, {len(failed)} failed")
    _print_listed([f"  {red}FAILED{reset} {check}" for check in failed])
    seconds = {**report["stage_seconds"], **report["step_seconds"]}
    if seconds:
        print("seconds: " + ", ".join(f"{k.removesuffix('_seconds')} {v:.1f}" for k, v in seconds.items()))
    return 0 if report["success"] else 1


def _print_listed(lines: list[str]) -> None:
    for line in lines[:LISTED]:
        print(line)
    if len(lines) > LISTED:
        print(f"  … and {len(lines) - LISTED} more")
