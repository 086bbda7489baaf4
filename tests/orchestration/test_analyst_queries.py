"""Every example query in docs/analyst_queries.sql runs on the sample warehouse and returns rows."""

from pathlib import Path

import duckdb
import pytest

from orchestration.sql_client import connect_read_only
from tests.conftest import REPO, run_cli

QUERIES = REPO / "docs" / "analyst_queries.sql"
EXPECTED_COLUMNS = {  # the columns each example promises, in order of the file
    "savings_by_council_and_year": ["council", "fiscal_year", "target_gbp", "delivered_gbp"],
    "overspends_by_service": ["service_area", "actual_gbp", "forecast_gbp"],
    "recommendation_themes": ["theme", "recommendations", "councils"],
    "rag_trend": ["council", "period_order", "period", "green", "amber", "red"],
    "reserves_and_funding_gap": ["council", "category", "amount_gbp", "quote"],
}


def named_statements() -> list[tuple[str, str]]:
    """(name, SQL) of each example: the name is the first word of the comment that opens it."""
    statements = duckdb.extract_statements(QUERIES.read_text(encoding="utf-8"))
    named = []
    for statement in statements:
        names = [name for name in EXPECTED_COLUMNS if f"-- {name}:" in statement.query]
        named.append((names[0] if names else "", statement.query))
    return named


def test_every_example_is_named_and_expected() -> None:
    assert [name for name, _ in named_statements()] == list(EXPECTED_COLUMNS)


@pytest.mark.parametrize("name", list(EXPECTED_COLUMNS))
def test_example_query_returns_rows(sample_warehouse: Path, name: str) -> None:
    query = dict(named_statements())[name]
    with connect_read_only(sample_warehouse) as con:
        cursor = con.execute(query)
        columns = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
    assert set(EXPECTED_COLUMNS[name]) <= set(columns)
    assert rows, f"{name} returned no rows on the sample warehouse"


def test_the_whole_file_runs_through_the_cli(sample_warehouse: Path) -> None:
    result = run_cli("sql", "--warehouse", str(sample_warehouse), "--file", str(QUERIES), "--format", "csv")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n\n") >= len(EXPECTED_COLUMNS) - 1  # every result printed
