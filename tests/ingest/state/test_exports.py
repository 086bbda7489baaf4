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


def _files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.name != "manifest.json"}


def _export_both_ways(snapshot: Path, target: Path, fresh: Path) -> dict[str, bytes]:
    """Export incrementally into `target` and from scratch into `fresh`; the files must be equal."""
    export_marts(snapshot, target)
    export_marts(snapshot, fresh)
    assert _files(target) == _files(fresh)
    counts = json.loads((target / "manifest.json").read_text())["tables"]
    assert counts == json.loads((fresh / "manifest.json").read_text())["tables"]
    return _files(target)


@pytest.mark.parametrize(
    "change",
    [
        "insert into marts.savings select 10 + i, 'Borsetshire County Council', 'saved £1m' from range(2) t(i)",
        "delete from marts.savings where n = 1",
        "update marts.savings set quote = 'restated £2m' where n = 0",
        "alter table marts.savings add column kind varchar default 'target'",
        "create or replace table marts.savings as select * from marts.savings order by n desc",
        "insert into marts.savings values (5, 'Wyvern \"District\"\\nCouncil', null)",
    ],
)
def test_an_export_after_a_change_equals_an_export_from_scratch(tmp_path: Path, change: str) -> None:
    snapshot = make_warehouse(tmp_path / "warehouse.duckdb", {"savings": 3, "overspends": 2})
    target = exports_dir(snapshot)
    before = _export_both_ways(snapshot, target, tmp_path / "fresh0")
    with duckdb.connect(str(snapshot)) as con:
        con.execute(change)
    after = _export_both_ways(snapshot, target, tmp_path / "fresh1")
    assert after["savings.csv"] != before["savings.csv"]
    assert after["overspends.csv"] == before["overspends.csv"]


def test_an_unchanged_mart_keeps_its_files_and_an_appended_one_its_csv_head(tmp_path: Path) -> None:
    snapshot = make_warehouse(tmp_path / "warehouse.duckdb", {"savings": 3, "overspends": 2})
    target = exports_dir(snapshot)
    export_marts(snapshot, target)
    inodes = {p.name: p.stat().st_ino for p in target.iterdir()}
    head = (target / "savings.csv").read_bytes()
    with duckdb.connect(str(snapshot)) as con:
        con.execute("insert into marts.savings values (3, 'Midsomer District Council', 'saved £5m')")
    export_marts(snapshot, target)
    assert (target / "overspends.csv").stat().st_ino == inodes["overspends.csv"]  # the same file
    assert (target / "overspends.parquet").stat().st_ino == inodes["overspends.parquet"]
    assert (target / "savings.csv").read_bytes() == head + b"3,Midsomer District Council,saved \xc2\xa35m\n"
    assert pq.read_table(target / "savings.parquet").num_rows == 4


def test_exported_files_changed_since_are_written_anew(tmp_path: Path) -> None:
    snapshot = make_warehouse(tmp_path / "warehouse.duckdb", {"savings": 3})
    target = exports_dir(snapshot)
    before = _export_both_ways(snapshot, target, tmp_path / "fresh0")
    (target / "savings.csv").write_text("truncated")
    assert _export_both_ways(snapshot, target, tmp_path / "fresh1") == before
    (target / "manifest.json").write_text("{broken")
    assert _export_both_ways(snapshot, target, tmp_path / "fresh2") == before


@pytest.mark.parametrize(
    ("column", "zero"),
    [("percent double", "{}0.0::double"), ("shares double[]", "[{}0.0::double]")],
)
def test_a_zero_that_changes_its_sign_is_written_anew(tmp_path: Path, column: str, zero: str) -> None:
    # DuckDB's hash does not tell -0.0 from 0.0, but the CSV does (a literal -0.0 is read as 0.0: computed)
    snapshot = make_warehouse(tmp_path / "warehouse.duckdb", {"savings": 2})
    with duckdb.connect(str(snapshot)) as con:
        con.execute(f"alter table marts.savings add column {column} default {zero.format('')}")
    target = exports_dir(snapshot)
    before = _export_both_ways(snapshot, target, tmp_path / "fresh0")
    name = column.split()[0]
    with duckdb.connect(str(snapshot)) as con:
        con.execute(  # (an UPDATE stores -0.0 as 0.0)
            f"create or replace table marts.savings as select * replace "
            f"(case when n = 1 then {zero.format('-1.0::double * ')} else {name} end as {name}) "
            "from marts.savings order by n"
        )
    after = _export_both_ways(snapshot, target, tmp_path / "fresh1")
    assert after["savings.csv"] != before["savings.csv"] and b"-0.0" in after["savings.csv"]


def test_without_hard_links_unchanged_files_are_copied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snapshot = make_warehouse(tmp_path / "warehouse.duckdb", {"savings": 3, "overspends": 2})
    target = exports_dir(snapshot)
    before = _export_both_ways(snapshot, target, tmp_path / "fresh0")

    def no_links(source: object, target: object) -> None:
        raise OSError(18, "Invalid cross-device link")  # EXDEV, as on a file system without links

    monkeypatch.setattr("os.link", no_links)
    inode = (target / "overspends.csv").stat().st_ino
    with duckdb.connect(str(snapshot)) as con:
        con.execute("insert into marts.savings values (3, 'Midsomer District Council', 'saved £5m')")
    after = _export_both_ways(snapshot, target, tmp_path / "fresh1")
    assert (target / "overspends.csv").stat().st_ino != inode
    assert after["overspends.csv"] == before["overspends.csv"]
