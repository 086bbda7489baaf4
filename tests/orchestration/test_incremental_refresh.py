"""Incremental marts: after a sequence of real CLI refreshes that add, change, rename and remove invented
reports, each rebuilding only the changed reports' rows, the marts equal those of a full rebuild
(`councilwh refresh --force`) row for row."""

import shutil
from pathlib import Path

import duckdb
import pytest

from ingest.state.incremental import incremental_build
from orchestration.assets.dbt import UNCHANGED_ON_INCREMENTAL_BUILD, dbt_build_args, row_rule_tests
from tests.conftest import run_cli
from tests.fixtures.report_pool import pool_and_inbox

NEW_FIGURE = "\nThe council delivered savings of £2.7m in 2023/24 against a target of £3.1m.\n"


def _refresh(inbox: Path, warehouse: Path, *options: str) -> None:
    result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), *options)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def _changed(warehouse: Path) -> set[str]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return {r[0] for r in con.execute("select document_id from meta.changed_documents").fetchall()}


def _document_id(warehouse: Path, source_file: str) -> str:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        sql = (
            "select document_id from raw.documents where source_file = ? and not coalesce(is_removed, false)"
        )
        return con.execute(sql, [source_file]).fetchone()[0]


def _dbt_log(warehouse: Path) -> str:
    """The last refresh's dbt console output."""
    return (warehouse.parent / ".build" / f"{warehouse.stem}.dbt_target" / "dbt_console.log").read_text()


def _marts(warehouse: Path) -> dict[str, list[tuple]]:
    """Every dbt-built table's rows, sorted: the marts (alerts keep delivery times, so they are left out) and
    the stored steps in schema staging (the money classification, the rows set aside; a set-aside row's
    `row_id`, its position in its mart's file, is left out)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = con.execute(
            "select schema_name, table_name from duckdb_tables() "
            "where schema_name in ('marts', 'staging') and table_name <> 'alerts'"
        ).fetchall()
        rows = {}
        for schema, table in tables:
            columns = [d[0] for d in con.execute(f"select * from {schema}.{table} limit 0").description]
            kept = ", ".join(f'"{c}"' for c in columns if c != "row_id")
            rows[f"{schema}.{table}"] = sorted(
                con.execute(f"select {kept} from {schema}.{table}").fetchall(), key=repr
            )
        return rows


def _comments(warehouse: Path) -> dict[str, str | None]:
    """The DuckDB comment of every mart and of each of their columns."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        tables = con.execute(
            "select table_name, comment from duckdb_tables() where schema_name = 'marts'"
        ).fetchall()
        columns = con.execute(
            "select table_name || '.' || column_name, comment from duckdb_columns() where schema_name = 'marts'"
        ).fetchall()
    return dict(tables + columns)


@pytest.fixture(scope="module")
def sequence(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("incremental")
    pool, inbox, warehouse = pool_and_inbox(root)
    _refresh(inbox, warehouse)  # first build: every mart from nothing
    steps: dict = {}
    shutil.copy(pool[5], inbox / pool[5].name)  # one added
    _refresh(inbox, warehouse)
    steps["added"] = (_changed(warehouse), {_document_id(warehouse, pool[5].name)})
    changed, before = inbox / pool[0].name, _document_id(warehouse, pool[0].name)  # one changed:
    changed.write_text(changed.read_text(encoding="utf-8") + NEW_FIGURE, encoding="utf-8")
    _refresh(inbox, warehouse)  # a new content hash, and the old version's rows removed
    steps["changed"] = (_changed(warehouse), {before, _document_id(warehouse, pool[0].name)})
    renamed = _document_id(warehouse, pool[1].name)  # one renamed, one removed, one more added
    (inbox / pool[1].name).rename(inbox / f"renamed_{pool[1].name}")
    removed = _document_id(warehouse, pool[2].name)
    (inbox / pool[2].name).unlink()
    shutil.copy(pool[6], inbox / pool[6].name)
    _refresh(inbox, warehouse)
    added = _document_id(warehouse, pool[6].name)
    steps["renamed, removed and added"] = (_changed(warehouse), {renamed, removed, added})
    incremental, incremental_log = _marts(warehouse), _dbt_log(warehouse)
    incremental_comments = _comments(warehouse)
    _refresh(inbox, warehouse, "--force")
    return {
        "steps": steps,
        "incremental": incremental,
        "full": _marts(warehouse),
        "logs": {"incremental": incremental_log, "full": _dbt_log(warehouse)},
        "comments": {"incremental": incremental_comments, "full": _comments(warehouse)},
    }


def test_each_refresh_rebuilds_only_the_reports_that_changed(sequence: dict) -> None:
    for step, (changed, expected) in sequence["steps"].items():
        assert changed == expected, step


def test_incremental_and_full_builds_give_the_same_marts_row_for_row(sequence: dict) -> None:
    incremental, full = sequence["incremental"], sequence["full"]
    assert incremental.keys() == full.keys()
    assert sum(len(rows) for rows in full.values()) > 50  # the reports fill the marts
    assert {"staging.int_money_mentions_resolved", "staging.int_money_mentions_classified"} <= full.keys()
    for mart, rows in full.items():
        assert incremental[mart] == rows, mart


def test_incremental_builds_keep_every_marts_comments(sequence: dict) -> None:
    """An incremental refresh does not write the comments of the marts it appends to again (dbt's
    persist_docs, overridden): they are the ones the full build writes."""
    comments = sequence["comments"]
    assert comments["incremental"] == comments["full"]
    assert len(comments["full"]) > 100
    assert [name for name, comment in comments["full"].items() if not comment] == []


def test_an_incremental_build_runs_only_the_tables_and_their_tests(sequence: dict) -> None:
    logs = sequence["logs"]
    for started in (
        "START seed",
        "START unit_test",
        "view model staging.",
        "test accepted_values_money_rules",
        "test not_null_savings_kind",  # a row rule's test: the set-aside has just enforced it
    ):
        assert started in logs["full"], started
        assert started not in logs["incremental"], started
    for built in (
        "incremental model staging.int_money_mentions_classified",
        "test not_null_savings_document_id",
    ):
        assert built in logs["incremental"], built
    assert "view model marts.yearly_money_figures" in logs["incremental"]  # across documents: built whole


def test_a_build_is_incremental_when_it_starts_from_the_published_warehouse(tmp_path: Path) -> None:
    fresh, copied = tmp_path / "fresh.duckdb", tmp_path / "copied.duckdb"
    with duckdb.connect(str(fresh)) as con:
        con.execute("create schema meta; create table meta.build_basis (basis varchar)")
    with duckdb.connect(str(copied)) as con:
        con.execute("create schema meta; create table meta.changed_documents (document_id varchar)")
    assert not incremental_build(fresh)
    assert incremental_build(copied)
    assert "--exclude" not in dbt_build_args(incremental=False)
    args = dbt_build_args(incremental=True)
    assert args[args.index("--exclude") + 1].split() == [*UNCHANGED_ON_INCREMENTAL_BUILD, *row_rule_tests()]


def test_the_row_rules_tests_are_those_the_set_aside_enforces() -> None:
    names = set(row_rule_tests())
    assert {
        "not_null_savings_kind",  # not_null on a fact column
        "accepted_values_overspends_status__actual__forecast",  # a vocabulary of a fact column
        "unique_combination_of_columns_recommendations_document_id__number",  # the mart's grain
    } <= names
    assert not {"not_null_savings_document_id", "not_null_savings_source_file"} & names  # pipeline columns
    assert not any(name.startswith("relationships_") for name in names)  # guards the pipeline
    assert not any("_documents_" in name or "_warnings_" in name for name in names)  # not a fact mart
