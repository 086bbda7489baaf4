"""The seeds' regular expressions reach DuckDB as constants (`macros/seed_rules.sql`): DuckDB compiles a
pattern read from a column again for every row (28 s against 0.4 s for the money rules at 500 reports)."""

import csv
import json
from pathlib import Path

import duckdb
import pytest

from ingest.state.warehouse_file import dbt_target_path

SEEDS = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"
# DuckDB's functions whose second argument is a regular expression
REGEX_FUNCTIONS = {
    "regexp_matches",
    "regexp_full_match",
    "regexp_extract",
    "regexp_extract_all",
    "regexp_replace",
    "regexp_split_to_array",
    "regexp_split_to_table",
    "string_split_regex",
    "~",
    "!~",
}


def _reads_a_column(node: object) -> bool:
    if isinstance(node, dict):
        return node.get("class") == "COLUMN_REF" or any(_reads_a_column(v) for v in node.values())
    return isinstance(node, list) and any(_reads_a_column(v) for v in node)


def _patterns(node: object) -> list[bool]:
    """For each regular-expression call in a parsed statement (`json_serialize_sql`), whether its pattern reads
    a column."""
    found: list[bool] = []
    if isinstance(node, dict):
        arguments = node.get("arguments") or []
        if (
            node.get("class") == "FUNCTION"
            and node.get("function_name") in REGEX_FUNCTIONS
            and len(arguments) > 1
        ):
            found.append(_reads_a_column(arguments[1]["expression"]))
        for value in node.values():
            found += _patterns(value)
    elif isinstance(node, list):
        for value in node:
            found += _patterns(value)
    return found


def _seed(name: str) -> list[dict[str, str]]:
    with (SEEDS / f"{name}.csv").open(encoding="utf-8") as rows:
        return list(csv.DictReader(rows))


@pytest.fixture(scope="module")
def compiled_models(sample_warehouse: Path) -> dict[str, str]:
    """Model name -> the SQL dbt compiled for it in the sample warehouse's build."""
    folder = dbt_target_path(sample_warehouse) / "compiled" / "councilwh" / "models"
    return {
        path.stem: path.read_text(encoding="utf-8")
        for path in folder.rglob("*.sql")
        if path.parent.suffix != ".yml"
    }


def test_no_model_matches_a_regular_expression_read_from_a_column(compiled_models: dict[str, str]) -> None:
    with duckdb.connect() as con:
        parsed = {
            name: json.loads(con.execute("select json_serialize_sql(?)", [sql]).fetchall()[0][0])
            for name, sql in compiled_models.items()
        }
    assert not [name for name, tree in parsed.items() if tree["error"]]
    patterns = {name: _patterns(tree) for name, tree in parsed.items()}
    assert [name for name, found in patterns.items() if any(found)] == []
    # every money rule is a pattern of its own in the labelling model (each may be matched several ways)
    assert len(patterns["int_money_mentions_labelled"]) > len(_seed("money_rules"))


def test_each_seed_pattern_is_written_into_the_model_as_a_quoted_literal(
    compiled_models: dict[str, str],
) -> None:
    """Quotes doubled, nothing re-typed on the way (a `none` target table stays the word)."""
    labelled = compiled_models["int_money_mentions_labelled"]
    rules = _seed("money_rules")
    assert any("'" in rule["pattern"] for rule in rules)  # the case the quoting is for
    for rule in rules:
        assert "'" + rule["pattern"].replace("'", "''") + "'" in labelled
    assert any(rule["target_table"] == "none" for rule in rules)
    assert "'none'" in labelled
    serviced = compiled_models["int_money_mentions_serviced"]
    for keyword in _seed("service_area_keywords"):
        assert "'" + keyword["pattern"].replace("'", "''") + "'" in serviced
