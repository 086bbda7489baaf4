"""Every mart as Parquet and CSV files beside the published warehouse, for Excel, Power BI and pandas.

The files are written from one warehouse snapshot into a temporary folder, which then replaces
`<warehouse dir>/exports/` by rename: a reader finds the old set or the new set, never a mixture of two
builds. `manifest.json` says which build the files come from and how many rows each holds.

Each export costs in proportion to what changed: the manifest also keeps, per mart, a digest of its rows
at their storage positions (`rowid`), its columns and the DuckDB version that wrote the files. A mart whose
digest is unchanged keeps its previous files (hard links); a mart that only gained rows at its end (what an
incremental build's inserts do) keeps its previous CSV with the new rows appended and gets a new Parquet
file; any other mart is written anew. The files are byte for byte those a full export writes.
"""

from __future__ import annotations

import json
import shutil
import uuid
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from ingest.raw.load import quote_identifier
from ingest.state.files import link_or_copy, swap_folder
from ingest.state.fingerprint import STATE_TABLE

EXPORT_SCHEMA = "marts"
MANIFEST = "manifest.json"
STATE_KEY = "table_state"  # the manifest's record of what each mart's files were written from
# each row's hash with its position's, mixed by hashing them again (hash(t, rowid) combines the two so
# that XORing the rows cancels the positions out), then XORed together: ~15 ms for every mart at 5,000
# reports (the rows as text: ~0.3 s, as much as writing the files). DuckDB's hash treats -0.0 as 0.0,
# which the files do not (CSV `-0.0`): `_row_hash` adds what the hash leaves out of float columns.
ROW_DIGEST = "bit_xor(hash(xor({row}, hash(rowid))))"
FLOAT_TYPES = ("FLOAT", "DOUBLE")


def exports_dir(warehouse: Path) -> Path:
    """Where the exports of `warehouse` live: `<warehouse dir>/exports/`."""
    return warehouse.parent / "exports"


def export_marts(snapshot: Path, target: Path) -> dict[str, int]:
    """Write each table of schema `marts` in `snapshot` as `<table>.parquet` and `<table>.csv` into
    `target`, replacing its previous content in one rename.

    Args:
        snapshot: the DuckDB file to export (the build file a run has just published).
        target: the exports folder, e.g. `exports_dir(published_warehouse)`.

    Returns:
        Rows written per table.
    """
    _remove_leftovers(target)
    previous = _previous_state(target)
    staging = target.with_name(f".{target.name}.{uuid.uuid4().hex}.writing")
    staging.mkdir(parents=True)
    try:
        with duckdb.connect(str(snapshot), read_only=True) as con:
            states = {
                table: _export_table(con, table, staging, target, previous.get(table))
                for table in _mart_tables(con)
            }
            counts = {table: state["rows"] for table, state in states.items()}
            manifest = {
                "exported_at": datetime.now(UTC).isoformat(),
                "tables": counts,
                **_build_state(con),
                STATE_KEY: states,
            }
        (staging / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
        swap_folder(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return counts


def _mart_tables(con: duckdb.DuckDBPyConnection) -> list[str]:
    sql = "select table_name from duckdb_tables() where schema_name = ? order by table_name"
    return [row[0] for row in con.execute(sql, [EXPORT_SCHEMA]).fetchall()]


def _export_table(
    con: duckdb.DuckDBPyConnection, table: str, folder: Path, old: Path, before: dict | None
) -> dict:
    """Write one mart's files into `folder`, reusing those in `old` as far as `before` (their state)
    allows; returns the state of the files written."""
    relation = con.table(f'{EXPORT_SCHEMA}."{table}"')  # names from duckdb_tables(), quoted
    state = _table_state(con, table)
    csv, parquet = folder / f"{table}.csv", folder / f"{table}.parquet"
    if before is not None and _same_files(before, state) and _files_intact(old, table, before):
        link_or_copy(old / csv.name, csv)
        link_or_copy(old / parquet.name, parquet)
        return {**state, "bytes": before["bytes"]}
    if before is not None and _appended(con, table, before, state) and _files_intact(old, table, before):
        shutil.copyfile(old / csv.name, csv)
        tail = folder / f".{table}.tail.csv"
        relation.filter(f"rowid >= {int(before['end'])}").write_csv(str(tail), header=False)
        with csv.open("ab") as out, tail.open("rb") as rows:
            shutil.copyfileobj(rows, out)
        tail.unlink()
    else:
        relation.write_csv(str(csv), header=True)
    relation.write_parquet(str(parquet))
    return {**state, "bytes": {csv.name: csv.stat().st_size, parquet.name: parquet.stat().st_size}}


def _table_state(con: duckdb.DuckDBPyConnection, table: str) -> dict:
    """A mart's rows, the end of its storage positions, a digest of its rows at their positions, its
    columns and the writer's version: equal states export equal files."""
    columns = con.execute(
        "select column_name, data_type from duckdb_columns() where schema_name = ? and table_name = ? "
        "order by column_index",
        [EXPORT_SCHEMA, table],
    ).fetchall()
    digest_sql = ROW_DIGEST.format(row=_row_hash(columns))
    rows, end, digest = con.execute(
        f'select count(*), coalesce(max(rowid) + 1, 0), {digest_sql} from {EXPORT_SCHEMA}."{table}" t'
    ).fetchall()[0]
    return {
        "rows": rows,
        "end": end,
        "digest": str(digest or 0),
        "columns": [list(column) for column in columns],
        "writer": duckdb.__version__,
    }


def _row_hash(columns: list[tuple[str, str]] | list[list[str]]) -> str:
    """The SQL hash of a row `t` with the sign of every float's zero: DuckDB hashes -0.0 as 0.0, but writes
    it as `-0.0`; a float column adds its sign bit, a nested type holding floats its text (rare, costlier)."""
    extra = []
    for name, data_type in columns:
        column = quote_identifier(name)
        if data_type in FLOAT_TYPES:
            extra.append(f"signbit(t.{column})")
        elif any(kind in data_type for kind in FLOAT_TYPES):
            extra.append(f"t.{column}::varchar")
    return f"hash(t{''.join(', ' + sql for sql in extra)})"


def _same_files(before: dict, state: dict) -> bool:
    return all(before.get(key) == state[key] for key in ("rows", "end", "digest", "columns", "writer"))


def _appended(con: duckdb.DuckDBPyConnection, table: str, before: dict, state: dict) -> bool:
    """Whether the mart holds the rows it held `before`, at the same positions, and more after them."""
    if any(before.get(key) != state[key] for key in ("columns", "writer")) or state["end"] <= before["end"]:
        return False
    digest_sql = ROW_DIGEST.format(row=_row_hash(state["columns"]))
    rows, digest = con.execute(
        f'select count(*), {digest_sql} from {EXPORT_SCHEMA}."{table}" t where rowid < ?',
        [int(before["end"])],
    ).fetchall()[0]
    return rows == before["rows"] and str(digest or 0) == before["digest"]


def _files_intact(old: Path, table: str, before: dict) -> bool:
    """The previous files are there with the sizes their state recorded."""
    sizes = before.get("bytes") or {}
    names = (f"{table}.csv", f"{table}.parquet")
    try:
        return all(name in sizes and (old / name).stat().st_size == sizes[name] for name in names)
    except OSError:
        return False


def _previous_state(target: Path) -> dict[str, dict]:
    """What each mart's files in the current exports folder were written from (empty: nothing known)."""
    try:
        manifest = json.loads((target / MANIFEST).read_text(encoding="utf-8"))
        states = manifest.get(STATE_KEY) if isinstance(manifest, dict) else None
    except (OSError, ValueError):
        return {}
    if not isinstance(states, dict):
        return {}
    return {table: state for table, state in states.items() if _well_formed(state)}


def _well_formed(state: object) -> bool:
    keys = {"rows": int, "end": int, "digest": str, "columns": list, "writer": str, "bytes": dict}
    return isinstance(state, dict) and all(isinstance(state.get(key), kind) for key, kind in keys.items())


def _build_state(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The fingerprint and build time the snapshot recorded, when it has them."""
    try:
        row = con.execute(f"select fingerprint, built_at from {STATE_TABLE} limit 1").fetchone()
    except duckdb.CatalogException:
        return {}
    return {"fingerprint": str(row[0]), "built_at": str(row[1])} if row else {}


def _remove_leftovers(target: Path) -> None:
    """Folders a killed export left behind."""
    for stale in target.parent.glob(f".{target.name}.*"):
        if stale.suffix in (".writing", ".old") and stale.is_dir():
            shutil.rmtree(stale, ignore_errors=True)
