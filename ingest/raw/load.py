"""Write raw frames to DuckDB `raw.<table>`: the only writer of the raw schema."""

from __future__ import annotations

import duckdb
import polars as pl

from ingest.raw import schemas


def quote_identifier(name: str) -> str:
    """Quote a DuckDB identifier (names come from the RAW_TABLES allow-list)."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    """A DuckDB string literal, for statements that take no parameters (ATTACH, COMMENT ON)."""
    return "'" + value.replace("'", "''") + "'"


def write_tables(con: duckdb.DuckDBPyConnection, frames: dict[str, pl.DataFrame]) -> dict[str, int]:
    """Replace the raw tables named in `frames` in one transaction.

    Args:
        con: a read-write connection to the warehouse being built.
        frames: raw table name (a key of `schemas.RAW_TABLES`) -> frame with that table's schema.

    Returns:
        table name -> rows written.
    """
    unknown = set(frames) - set(schemas.RAW_TABLES)
    if unknown:
        raise ValueError(f"not raw tables: {sorted(unknown)}")
    counts: dict[str, int] = {}
    con.execute("create schema if not exists raw")
    con.execute("begin transaction")
    try:
        for name, frame in frames.items():
            conformed = frame.select(list(schemas.RAW_TABLES[name])).cast(schemas.RAW_TABLES[name])
            view = f"_load_{name}"
            con.register(view, conformed.to_arrow())
            con.execute(f"create or replace table raw.{quote_identifier(name)} as select * from {view}")
            con.unregister(view)
            counts[name] = conformed.height
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    return counts


def create_tables(con: duckdb.DuckDBPyConnection, names: list[str]) -> dict[str, int]:
    """Create (or replace) the raw tables `names`, empty, to be filled batch by batch with `append_rows`.

    Returns:
        table name -> 0 (rows written so far).
    """
    write_tables(con, {name: pl.DataFrame(schema=schemas.RAW_TABLES[name]) for name in names})
    return dict.fromkeys(names, 0)


def append_rows(con: duckdb.DuckDBPyConnection, name: str, frame: pl.DataFrame) -> int:
    """Insert `frame`'s rows into `raw.<name>` (created by `create_tables`); returns the rows inserted."""
    if name not in schemas.RAW_TABLES:
        raise ValueError(f"not a raw table: {name}")
    conformed = frame.select(list(schemas.RAW_TABLES[name])).cast(schemas.RAW_TABLES[name])
    view = f"_append_{name}"
    con.register(view, conformed.to_arrow())
    try:
        con.execute(f"insert into raw.{quote_identifier(name)} select * from {view}")
    finally:
        con.unregister(view)
    return conformed.height
