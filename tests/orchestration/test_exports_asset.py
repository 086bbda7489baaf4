"""The refresh job writes every mart as Parquet and CSV beside the published warehouse."""

import json
from pathlib import Path

import duckdb
import pyarrow.parquet as pq


def test_refresh_exports_every_mart_from_the_published_snapshot(sample_warehouse: Path) -> None:
    exports = sample_warehouse.parent / "exports"
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        marts = dict(
            con.execute(
                "select table_name, estimated_size from duckdb_tables() where schema_name = 'marts'"
            ).fetchall()
        )
        fingerprint = con.execute("select fingerprint from meta.refresh_state").fetchone()[0]
    manifest = json.loads((exports / "manifest.json").read_text())
    assert manifest["fingerprint"] == fingerprint
    assert set(manifest["tables"]) == set(marts)
    for table in marts:
        assert pq.read_table(exports / f"{table}.parquet").num_rows == manifest["tables"][table]
        assert (exports / f"{table}.csv").exists()
