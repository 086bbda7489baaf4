"""`councilwh sql` on a real DuckDB file, through the real command line."""

import json
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from orchestration.sql_output import render_table
from tests.conftest import BIN, REPO, run_cli

LONG_QUOTE = "Wyvern District Council delivered savings of £4.2m in 2023/24 | against a target of £5m " * 2
DOCUMENT_ID = "a" * 64


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small warehouse with a `marts` schema, as a refresh publishes it."""
    path = tmp_path_factory.mktemp("sql") / "warehouse.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute(
            "create table marts.savings (document_id varchar, council varchar, amount_gbp decimal(18, 2), "
            "fiscal_year varchar, quote varchar)"
        )
        con.execute(
            "insert into marts.savings values (?, 'Wyvern District Council', 4200000, '2023/24', ?), "
            "(?, 'Borsetshire County Council', 5000000, null, 'A target of £5m.')",
            [DOCUMENT_ID, LONG_QUOTE, "b" * 64],
        )
    return path


def sql(warehouse: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    if stdin is None:
        return run_cli("sql", "--warehouse", str(warehouse), *args)
    return subprocess.run(
        [str(BIN / "councilwh"), "sql", "--warehouse", str(warehouse), *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
    )


def test_select_one_answers_without_importing_dagster_or_dbt(warehouse: Path) -> None:
    code = (
        "import sys; from orchestration.cli import main; rc = main(['sql', 'select 1', '--warehouse', sys.argv[1]]);"
        "heavy = [m for m in ('dagster', 'dbt', 'dagster_dbt', 'pandas', 'great_expectations') if m in sys.modules];"
        "assert not heavy, heavy; sys.exit(rc)"
    )
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", code, str(warehouse)], capture_output=True, text=True, cwd=REPO
    )
    assert result.returncode == 0, result.stderr
    assert time.perf_counter() - started < 2.0  # about 0.15 s on an idle machine


def test_full_values_by_default_and_cut_visibly_with_max_width(warehouse: Path) -> None:
    full = sql(warehouse, "select document_id, quote from savings order by council desc")
    assert full.returncode == 0, full.stderr
    assert DOCUMENT_ID in full.stdout and LONG_QUOTE.strip() in full.stdout
    cut = sql(warehouse, "select document_id from savings", "--max-width", "10")
    assert "aaaaaaaaa…" in cut.stdout and DOCUMENT_ID not in cut.stdout


def test_marts_is_the_default_schema_and_every_statement_prints(warehouse: Path) -> None:
    result = sql(warehouse, "select count(*) as n from savings; select 2 as two")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].strip() == "n" and "two" in [line.strip() for line in lines]


def test_csv_json_and_markdown_formats(warehouse: Path) -> None:
    query = "select council, amount_gbp, fiscal_year from savings order by council"
    csv_out = sql(warehouse, query, "--format", "csv").stdout.splitlines()
    assert csv_out[0] == "council,amount_gbp,fiscal_year"
    assert csv_out[1] == "Borsetshire County Council,5000000.00,"
    records = json.loads(sql(warehouse, query, "--format", "json").stdout)
    assert records[1] == {
        "council": "Wyvern District Council",
        "amount_gbp": 4200000,
        "fiscal_year": "2023/24",
    }
    markdown = sql(warehouse, "select quote from savings", "--format", "markdown").stdout
    assert markdown.startswith("| quote |\n|---|") and "\\|" in markdown


def test_output_writes_parquet_and_csv(warehouse: Path, tmp_path: Path) -> None:
    parquet = tmp_path / "savings.parquet"
    assert sql(warehouse, "select * from savings", "--output", str(parquet)).returncode == 0
    assert pq.read_table(parquet).num_rows == 2
    csv_file = tmp_path / "savings.csv"
    assert (
        sql(warehouse, "select * from savings", "--output", str(csv_file), "--format", "csv").returncode == 0
    )
    assert csv_file.read_text().startswith("document_id,council,amount_gbp")


def test_errors_keep_duckdbs_hints(warehouse: Path) -> None:
    result = sql(warehouse, "select amount_gpb from savings")
    assert result.returncode == 1
    assert "Candidate bindings" in result.stderr and "amount_gbp" in result.stderr
    assert 'Did you mean "savings"' in sql(warehouse, "select * from savngs").stderr


@pytest.mark.parametrize(
    "statement",
    [
        "delete from savings",
        "copy (select 1) to '{tmp}/leak.csv'",
        "attach '{tmp}/other.duckdb' as other",
        "export database '{tmp}/dump'",
        "create table marts.extra as select 1",
        "install httpfs",
    ],
)
def test_writes_are_refused(warehouse: Path, tmp_path: Path, statement: str) -> None:
    result = sql(warehouse, "select 1; " + statement.format(tmp=tmp_path))
    assert result.returncode == 1
    assert "writes are refused" in result.stderr
    assert list(tmp_path.iterdir()) == []
    assert result.stdout == ""  # refused before anything ran


def test_reading_other_files_is_refused(warehouse: Path, tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a\n1\n")
    result = sql(warehouse, f"select * from read_csv('{tmp_path}/x.csv')")
    assert result.returncode == 1 and "disabled by configuration" in result.stderr


def test_query_from_stdin_and_from_a_file(warehouse: Path, tmp_path: Path) -> None:
    assert sql(warehouse, "-", "--format", "csv", stdin="select 41 + 1 as x").stdout == "x\n42\n"
    query = tmp_path / "q.sql"
    query.write_text("-- a comment\nselect 7 as y;\n")
    assert sql(warehouse, "--file", str(query), "--format", "csv").stdout == "y\n7\n"


def test_empty_query_and_closed_pipe_exit_cleanly(warehouse: Path) -> None:
    empty = sql(warehouse, "-", stdin="  -- nothing\n")
    assert empty.returncode == 0 and "empty query" in empty.stderr and "Traceback" not in empty.stderr
    pipe = subprocess.run(
        f"'{BIN / 'councilwh'}' sql --warehouse '{warehouse}' 'select * from range(200000)' --max-rows 0 | head -2",
        shell=True,
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    assert pipe.stdout.splitlines()[0].strip() == "range"
    assert "Traceback" not in pipe.stderr and "BrokenPipe" not in pipe.stderr


def test_table_shows_null_and_line_breaks_on_one_line() -> None:
    table = render_table(["a", "b"], [(None, "one\ntwo"), (1, "x")])
    assert table.splitlines()[2:4] == ["NULL | one↵two", "   1 | x"]
    assert render_table(["k"], [(None,), (None,)]).splitlines()[2] == "NULL"
