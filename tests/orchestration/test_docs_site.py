"""Documented columns: dbt descriptions, DuckDB comments, dbt's docs site offline, the Dagster catalog."""

import json
import os
from pathlib import Path

import duckdb
import pytest

from tests.conftest import REPO, run_cli
from tests.fixtures.offline_browser import chromium, load_offline

SCREENSHOTS = REPO / "build" / "screenshots"


def mart_columns(warehouse: Path) -> list[tuple[str, str, str | None]]:
    """(table, column, comment) of every column of schema marts."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "select table_name, column_name, comment from duckdb_columns() where schema_name = 'marts' order by 1, 2"
        ).fetchall()


@pytest.fixture(scope="module")
def docs_site(sample_warehouse: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site `councilwh docs` builds from the sample warehouse."""
    target = tmp_path_factory.mktemp("docs") / "site"
    result = run_cli("docs", "--warehouse", str(sample_warehouse), "--output", str(target))
    assert result.returncode == 0, result.stderr
    return target


def test_every_mart_column_has_a_duckdb_comment(sample_warehouse: Path) -> None:
    """The marts dbt builds (persist_docs) and `marts.alerts`, which Python writes after dbt (its docs are
    the dbt source in models/marts/_alerts.yml)."""
    columns = mart_columns(sample_warehouse)
    assert {t for t, _, _ in columns} >= {"alerts", "savings", "documents"}
    assert [(t, c) for t, c, comment in columns if not comment] == []
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        tables = con.execute(
            "select table_name, comment from duckdb_tables() where schema_name = 'marts'"
        ).fetchall()
    assert [t for t, comment in tables if not comment] == []
    alerts = {c: comment for t, c, comment in columns if t == "alerts"}
    assert "hash of the check" in alerts["alert_id"]
    assert "file name" in alerts["source_file"]  # a `{{ doc() }}` description, rendered


def test_docs_site_describes_every_mart_and_every_column(sample_warehouse: Path, docs_site: Path) -> None:
    manifest = json.loads((docs_site / "manifest.json").read_text())
    catalog = json.loads((docs_site / "catalog.json").read_text())
    described = {
        node["name"]: node["columns"]
        for node in [*manifest["nodes"].values(), *manifest["sources"].values()]
        if node.get("schema") == "marts" and node["resource_type"] in ("model", "source")
    }
    in_catalog = {
        node["metadata"]["name"] for node in [*catalog["nodes"].values(), *catalog["sources"].values()]
    }
    undocumented = [
        (table, column)
        for table, column, _ in mart_columns(sample_warehouse)
        if not described.get(table, {}).get(column, {}).get("description")
    ]
    assert undocumented == []
    assert {table for table, _, _ in mart_columns(sample_warehouse)} <= in_catalog
    index = (docs_site / "index.html").read_text(encoding="utf-8")
    assert "multi-year total" in index  # the descriptions are inside the one-file site


@pytest.mark.skipif(chromium() is None and not os.environ.get("CI"), reason="Chromium is not installed")
def test_docs_site_renders_offline(docs_site: Path) -> None:
    page = load_offline(
        docs_site / "index.html",
        SCREENSHOTS / "dbt_docs_savings.png",
        wait_ms=15000,
        fragment="#!/model/model.councilwh.savings",
    )
    assert page.outside_requests == []
    assert page.console_errors == []
    assert "delivered" in page.dom and "amount_gbp" in page.dom
    assert page.screenshot is not None and page.screenshot.stat().st_size > 10_000


def test_dagster_catalog_descriptions_have_no_raw_sql() -> None:
    from orchestration.assets.dbt import dbt_models

    descriptions = {key.to_user_string(): spec.description for key, spec in dbt_models.specs_by_key.items()}
    assert descriptions["marts/savings"] and "Raw SQL" not in descriptions["marts/savings"]
    assert all("#### Raw SQL" not in (text or "") for text in descriptions.values())
