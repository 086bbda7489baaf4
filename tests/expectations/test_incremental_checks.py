"""The checks on an incremental build validate only the changed reports' rows, keep each report's result,
and give the outcomes a validation of every row gives. Real parts: the session's warehouse built from the
bundled samples by the CLI, invented reports' rows added to its marts, real Great Expectations."""

import json
import shutil
from dataclasses import asdict
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from expectations import runner

SAVING = (
    "insert into marts.savings (document_id, source_file, council, kind, amount_gbp, fiscal_year, "
    "has_malformed_figure, quote) values (?, ?, 'Wyvern District Council', 'delivered', ?, '2024/25', false, ?)"
)
RECOMMENDATION = (
    "insert into marts.recommendations (document_id, source_file, council, number, title, quote) "
    "values (?, ?, 'Wyvern District Council', ?, 'Review the depot estate', ?)"
)


def _add_report(con: duckdb.DuckDBPyConnection, document: str, amount: float, numbers: list[int]) -> None:
    """An invented report's savings row and numbered recommendations (a negative amount or a gap fails)."""
    file = f"wyvern_{document}.txt"
    con.execute(SAVING, [document, file, amount, f"Wyvern saved £{amount:,.0f} in 2024/25."])
    for number in numbers:
        con.execute(RECOMMENDATION, [document, file, number, f"{number}. Review the depot estate"])


def _drop_report(con: duckdb.DuckDBPyConnection, document: str) -> None:
    for table in runner.MARTS:
        con.execute(f'delete from marts."{table}" where document_id = ?', [document])


def _changed(con: duckdb.DuckDBPyConnection, documents: list[str]) -> None:
    con.execute("create schema if not exists meta")
    con.execute(f"create or replace table {runner.CHANGED_TABLE} (document_id varchar)")
    for document in documents:
        con.execute(f"insert into {runner.CHANGED_TABLE} values (?)", [document])


def _plain(outcomes: list[runner.CheckOutcome]) -> list[dict]:
    return [json.loads(json.dumps(asdict(o), default=str)) for o in outcomes]


@pytest.fixture
def published(sample_warehouse: Path, tmp_path: Path) -> Path:
    """A warehouse with two invented reports that fail checks, its results kept by a full validation."""
    path = tmp_path / "published.duckdb"
    shutil.copy(sample_warehouse, path)
    with duckdb.connect(str(path)) as con:
        con.execute(f"drop table if exists {runner.CHANGED_TABLE}")
        _add_report(con, "dx1", -4_000.0, [1, 2])  # a negative saving
        _add_report(con, "dx2", 90_000.0, [1, 3])  # a gap in the numbering
        runner.run_and_keep(con)
    return path


def test_an_incremental_validation_gives_the_outcomes_of_validating_every_row(
    published: Path, tmp_path: Path
) -> None:
    build = tmp_path / "build.duckdb"
    shutil.copy(published, build)
    with duckdb.connect(str(build)) as con:
        _drop_report(con, "dx1")  # changed: its saving corrected
        _add_report(con, "dx1", 4_000.0, [1, 2])
        _drop_report(con, "dx2")  # removed
        _add_report(con, "dx3", 120_000.0, [2, 3])  # added: numbering starts at 2
        _changed(con, ["dx1", "dx2", "dx3"])
        validated = runner.validate_marts(con, runner.CHECKS, changed_only=True)
        incremental = runner.run_and_keep(con)
        kept = runner.load_results(con)
    assert {r.document_id for results in validated.values() for r in results} == {"dx1", "dx3"}
    fresh = tmp_path / "fresh.duckdb"
    shutil.copy(build, fresh)
    with duckdb.connect(str(fresh)) as con:
        con.execute(f"drop table {runner.RESULTS_TABLE}")  # as a full build: nothing kept to start from
        full = runner.run_and_keep(con)
        assert _plain(runner.run_all(con)) == _plain(full)  # nothing kept: the plain run says the same
        assert {c: sorted(map(str, r)) for c, r in runner.load_results(con).items()} == {
            c: sorted(map(str, r)) for c, r in kept.items()
        }
    assert _plain(incremental) == _plain(full)
    by_name = {o.check: o for o in incremental}
    assert by_name["ge_savings"].success  # dx1's negative saving corrected
    numbering = by_name["ge_recommendation_numbering"]
    assert not numbering.success  # dx3's numbering, and not dx2's (removed)
    assert {row["source_file"] for f in numbering.failures for row in f.rows} == {"wyvern_dx3.txt"}


def test_an_incremental_build_with_no_changed_report_keeps_every_outcome(published: Path) -> None:
    with duckdb.connect(str(published)) as con:
        before = _plain(runner.load_outcomes(con))
        _changed(con, [])
        assert not any(runner.validate_marts(con, runner.CHECKS, changed_only=True).values())
        again = sorted(_plain(runner.run_and_keep(con)), key=lambda outcome: outcome["check"])
    assert again == before  # (kept in order of name)
    assert any(not o["success"] for o in before)


def test_a_check_over_many_reports_counts_every_offending_row_and_shows_the_first_by_report() -> None:
    rows = [
        {"document_id": f"d{n:02}", "source_file": f"borsetshire_{n:02}.txt", "quote": f"Saved £{n}k.",
         "kind": "delivered", "amount_gbp": -1000.0 * n, "percent": None, "fiscal_year": "2023/24",
         "service_area": None, "has_malformed_figure": False}
        for n in range(30, 0, -1)
    ]  # fmt: skip
    check = next(c for c in runner.CHECKS if c.name == "ge_savings")
    results = runner.validate_by_document(check, check.prepare({"savings": pd.DataFrame(rows)}))
    assert len(results) == 30 and all(r.rows_checked == 1 and len(r.failures) == 1 for r in results)
    outcome = runner.aggregate(check, results)
    failure = next(f for f in outcome.failures if f.column == "amount_gbp")
    assert outcome.rows_checked == 30 and failure.unexpected_count == 30
    assert [row["source_file"] for row in failure.rows] == [f"borsetshire_{n:02}.txt" for n in range(1, 21)]
    assert runner.aggregate(check, results[::-1]) == outcome


def test_data_docs_show_the_last_validation_and_one_of_nothing_leaves_them(
    published: Path, tmp_path: Path
) -> None:
    site, build = tmp_path / "site", tmp_path / "build.duckdb"
    shutil.copy(published, build)
    with duckdb.connect(str(build)) as con:
        con.execute(f"drop table {runner.RESULTS_TABLE}")  # a full build: every row validated
        runner.run_and_keep(con, site)
    runs = {page.relative_to(site / "validations").parts[1] for page in site.rglob("validations/**/*.html")}
    assert runs == {"all-reports"}
    index = (site / "index.html").read_bytes()
    with duckdb.connect(str(build)) as con:
        _changed(con, [])  # nothing changed: the site as it was
        runner.run_and_keep(con, site)
    assert (site / "index.html").read_bytes() == index
    with duckdb.connect(str(build)) as con:
        _drop_report(con, "dx1")
        _add_report(con, "dx1", 4_000.0, [1, 2])
        _changed(con, ["dx1"])
        runner.run_and_keep(con, site)
    changed = {page.parts[-4] for page in site.rglob("validations/*/changed-reports/*/*.html")}
    assert {"savings_suite", "recommendation_numbering_suite"} <= changed
    assert "changed-reports" in (site / "index.html").read_text(encoding="utf-8")
