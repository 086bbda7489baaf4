"""`councilwh sql`: read-only queries on the published warehouse, without Dagster or dbt.

The warehouse is opened read-only with DuckDB's external access switched off and its configuration
locked, so no statement can write a file (`COPY … TO`, `EXPORT DATABASE`), attach another database or
load an extension. Statements are also checked by DuckDB's own parser before any of them runs: only
reading statements are accepted, and a refused one is named. `--output FILE` is the one way to write a
result, done here in Python (Parquet for `.parquet`, else the chosen format).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import duckdb

from ingest.state.warehouse_file import connect_warehouse
from orchestration.sql_output import FORMATS, render, write_parquet

READING_STATEMENTS = frozenset({"SELECT", "EXPLAIN", "PRAGMA", "CALL", "SET", "VARIABLE_SET"})
DEFAULT_SCHEMAS = "marts,main"  # `select * from savings` reads marts.savings
READ_ONLY_CONFIG = {"enable_external_access": False, "lock_configuration": True}


class RefusedQuery(ValueError):
    """The query cannot be parsed or holds a statement that would write."""


class EmptyQuery(ValueError):
    """The query holds no statement (only blanks or comments)."""


@dataclass(frozen=True)
class Result:
    """The rows one statement returned (no columns for a statement that returns nothing)."""

    query: str
    columns: list[str]
    rows: list[tuple[Any, ...]]


def read_query(query: str | None, file: str | None, stdin: TextIO = sys.stdin) -> str:
    """The SQL text: from `--file`, from standard input when `query` is `-`, else `query` itself."""
    if file:
        return Path(file).read_text(encoding="utf-8")
    if query == "-":
        return stdin.read()
    return query or ""


def split_statements(sql: str) -> list[duckdb.Statement]:
    """The statements of `sql`, parsed by DuckDB; refuses an empty query and any writing statement."""
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise RefusedQuery(str(exc)) from exc
    if not statements:
        raise EmptyQuery("empty query: nothing to run")
    refused = [s for s in statements if s.type.name not in READING_STATEMENTS]
    if refused:
        kinds = ", ".join(sorted({s.type.name for s in refused}))
        raise RefusedQuery(
            f"writes are refused: the warehouse is opened read-only ({kinds} statement). "
            "Only SELECT, EXPLAIN, PRAGMA, CALL and SET run here; `--output FILE` exports a result."
        )
    return statements


def connect_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to `path` that can touch no other file, with `marts` searched first (under a
    fixed catalog name, so that a file named like a schema, `marts.duckdb`, reads `marts.savings` too)."""
    con = connect_warehouse(path)
    con.execute(f"set search_path = '{DEFAULT_SCHEMAS}'")
    for setting, value in READ_ONLY_CONFIG.items():  # lock_configuration last: nothing can undo them
        con.execute(f"set {setting} = {str(value).lower()}")
    return con


def run_statements(con: duckdb.DuckDBPyConnection, statements: list[duckdb.Statement]) -> Iterator[Result]:
    """Run each statement in order and yield its rows."""
    for statement in statements:
        cursor = con.execute(statement)
        columns = [d[0] for d in cursor.description or []]
        yield Result(statement.query.strip(), columns, cursor.fetchall() if columns else [])


def export_result(
    con: duckdb.DuckDBPyConnection, statements: list[duckdb.Statement], output: Path, fmt: str
) -> int:
    """Write the one result of `statements` to `output` (Parquet for `.parquet`); the number of rows."""
    producing = [s for s in statements if s.type.name in {"SELECT", "EXPLAIN", "PRAGMA", "CALL"}]
    if len(producing) != 1:
        raise RefusedQuery(
            f"--output writes one result: give one query that returns rows ({len(producing)} given)"
        )
    for statement in statements:
        if statement is not producing[0]:
            con.execute(statement)
            continue
        if output.suffix.lower() == ".parquet":
            return write_parquet(con.sql(statement.query).to_arrow_table(), output)
        result = next(run_statements(con, [statement]))
        output.write_text(render(fmt, result.columns, result.rows, max_rows=0), encoding="utf-8")
        return len(result.rows)
    return 0  # not reached: `producing` holds one of `statements`


def print_results(results: Iterator[Result], fmt: str, out: TextIO, max_width: int, max_rows: int) -> None:
    """Print every result in `fmt`, separated by a blank line; a statement without rows prints nothing."""
    first = True
    for result in results:
        if not result.columns:
            continue
        if not first:
            out.write("\n")
        out.write(render(fmt, result.columns, result.rows, max_width=max_width, max_rows=max_rows) + "\n")
        out.flush()
        first = False


def run_sql(
    warehouse: Path,
    sql: str,
    fmt: str = "table",
    output: Path | None = None,
    max_width: int = 0,
    max_rows: int = 200,
) -> int:
    """Run `sql` on `warehouse` read-only and print (or `output`) the results; the exit status.

    Errors go to standard error with DuckDB's whole message (its "Did you mean" hints and candidate
    columns included); a closed pipe (`| head`) ends quietly.
    """
    if fmt not in FORMATS:
        return _fail(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", 2)
    if not warehouse.exists():
        return _fail(f"no warehouse at {warehouse}; run `councilwh refresh` first", 2)
    try:
        statements = split_statements(sql)
        with connect_read_only(warehouse) as con:
            if output is not None:
                rows = export_result(con, statements, output, fmt)
                print(f"wrote {rows} row{'s' if rows != 1 else ''} to {output}", file=sys.stderr)
            else:
                print_results(run_statements(con, statements), fmt, sys.stdout, max_width, max_rows)
    except EmptyQuery as exc:
        return _fail(str(exc), 0)
    except RefusedQuery as exc:
        return _fail(str(exc), 1)
    except duckdb.PermissionException as exc:
        return _fail(
            f"{exc}\n(the warehouse is read-only and no other file is opened; `--output FILE` exports)", 1
        )
    except duckdb.Error as exc:
        return _fail(str(exc), 1)
    except BrokenPipeError:
        return _closed_pipe()
    return 0


def _fail(message: str, status: int) -> int:
    print(f"councilwh: {message}", file=sys.stderr)
    return status


def _closed_pipe() -> int:
    """The reader went away (`| head`): stop quietly, and keep Python from complaining at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return 0
