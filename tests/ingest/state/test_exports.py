"""Mart exports: Parquet and CSV files from one snapshot, replaced as a whole set."""

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from ingest.state.exports import export_marts, exports_dir


def make_warehouse(path: Path, tables: dict[str, int]) -> Path:
    """A DuckDB file with `marts.<name>` tables of n rows each, a staging view and a build state row."""
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts; create schema staging; create schema meta")
        for name, rows in tables.items():
            con.execute(
                f"create table marts.{name} as select i as n, 'Wyvern District Council' as council, "
                "'£4.2m, delivered' as quote from range(?) t(i)",
                [rows],
            )
        con.execute("create view staging.stg_pages as select 1 as x")
        con.execute("create table meta.refresh_state as select 'abc123' as fingerprint, now() as built_at")
    return path


def test_every_mart_is_written_as_parquet_and_csv_with_a_manifest(tmp_path: Path) -> None:
    snapshot = make_warehouse(tmp_path / "warehouse.duckdb", {"savings": 3, "overspends": 2})
    target = exports_dir(snapshot)
    assert export_marts(snapshot, target) == {"overspends": 2, "savings": 3}
    assert sorted(p.name for p in target.iterdir()) == [
        "manifest.json",
        "overspends.csv",
        "overspends.parquet",
        "savings.csv",
        "savings.parquet",
    ]
    assert (
        pq.read_table(target / "savings.parquet").column("council").to_pylist()[0]
        == "Wyvern District Council"
    )
    assert (target / "savings.csv").read_text(encoding="utf-8").splitlines()[:2] == [
        "n,council,quote",
        '0,Wyvern District Council,"£4.2m, delivered"',
    ]
    manifest = json.loads((target / "manifest.json").read_text())
    assert manifest["fingerprint"] == "abc123" and manifest["tables"]["savings"] == 3


def test_a_new_export_replaces_the_whole_set_and_leaves_no_temporary_folder(tmp_path: Path) -> None:
    target = tmp_path / "exports"
    export_marts(make_warehouse(tmp_path / "old.duckdb", {"savings": 3, "retired": 1}), target)
    export_marts(make_warehouse(tmp_path / "new.duckdb", {"savings": 5}), target)
    assert not (target / "retired.parquet").exists()
    assert pq.read_table(target / "savings.parquet").num_rows == 5
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_failed_export_keeps_the_previous_set(tmp_path: Path) -> None:
    target = tmp_path / "exports"
    export_marts(make_warehouse(tmp_path / "good.duckdb", {"savings": 3}), target)
    broken = tmp_path / "broken.duckdb"
    broken.write_bytes(b"not a duckdb file")
    with pytest.raises(duckdb.Error):
        export_marts(broken, target)
    assert pq.read_table(target / "savings.parquet").num_rows == 3
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
