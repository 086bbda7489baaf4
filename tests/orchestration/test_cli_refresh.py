"""End to end: the real CLI, the real Dagster job, a real dbt build, a real DuckDB file."""

from pathlib import Path

import duckdb

from orchestration.config import SAMPLES_DIR
from tests.conftest import CONTRACT_MARTS, run_cli


def test_refresh_fills_every_contract_mart_from_the_samples(sample_warehouse: Path) -> None:
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        for mart in CONTRACT_MARTS:
            count = con.execute(f"select count(*) from marts.{mart}").fetchone()[0]
            assert count > 0, f"marts.{mart} is empty"
        docs = con.execute("select count(*) from marts.documents").fetchone()[0]
    assert docs == len([p for p in SAMPLES_DIR.iterdir() if p.suffix in (".md", ".txt", ".pdf")])


def test_sql_command_prints_a_table(sample_warehouse: Path) -> None:
    result = run_cli("sql", "select count(*) as n from marts.documents", "--warehouse", str(sample_warehouse))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0].strip() == "n"
    assert "(1 row)" in result.stdout


def test_sql_command_refuses_writes(sample_warehouse: Path) -> None:
    result = run_cli("sql", "delete from marts.documents", "--warehouse", str(sample_warehouse))
    assert result.returncode == 1
    assert "read-only" in result.stderr
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        assert con.execute("select count(*) from marts.documents").fetchone()[0] > 0


def test_refresh_leaves_no_build_file_behind_but_the_published_one(sample_warehouse: Path) -> None:
    published = sample_warehouse.stat().st_ino
    builds = list((sample_warehouse.parent / ".build").glob("*.duckdb"))
    assert [b.stat().st_ino for b in builds] in ([], [published])
