"""What a refresh prints: documents, rows per mart, checks passed and failed."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb


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
    return [(t, con.execute(f'select count(*) from marts."{t}"').fetchone()[0]) for t in tables]


def print_refresh_summary(result: Any, settings: Any) -> int:
    """Print what the run built and its checks; returns the process exit code."""
    evaluations = result.get_asset_check_evaluations()
    failed = [e for e in evaluations if not e.passed]
    if result.success and settings.warehouse_path.exists():
        with duckdb.connect(str(settings.warehouse_path), read_only=True) as con:
            counts = mart_counts(con)
        docs = dict(counts).get("documents", 0)
        print(f"warehouse {settings.warehouse_path}")
        print(
            f"inbox     {settings.inbox_path}: {docs} documents, "
            f"{dict(counts).get('quarantine', 0)} quarantined"
        )
        print(format_table(["mart", "rows"], counts, max_rows=100))
    else:
        print("refresh FAILED; the published warehouse was left as it was")
        for event in result.all_events:
            if event.is_failure:
                print(f"  {event.step_key}: {event.message}")
    print(f"checks: {len(evaluations) - len(failed)} passed, {len(failed)} failed")
    for e in failed:
        print(f"  FAILED {e.asset_key.to_user_string()} {e.check_name} ({e.severity.value})")
    return 0 if result.success else 1
