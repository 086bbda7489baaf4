"""Isolation per document: a row that breaks a row rule of its mart is set aside in `marts.rejected_rows`
with the rule, its report and its quote; dbt's build passes and the rest of the warehouse is built.
Real parts: an invented report ingested into a real DuckDB file, rows injected into `raw.*`, real dbt."""

import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from expectations.alert_store import alerts_from_rejected_rows
from orchestration.project import dbt_project
from tests.fixtures.raw_build import raw_build

REPORT = """# Wyvern District Council: Corporate Peer Challenge feedback report

The council set a balanced budget of £41.2m for 2023/24 and delivered savings of £1.8m in 2022/23.

## Key recommendations

1. Refresh the medium term financial strategy before the next budget round.
2. Invest in the council's digital platform to free officer time.
"""
INSERT = """
insert into raw.recommendations (document_id, source_file, number, title, body, sub_actions, char_offset, quote)
select documents.document_id, documents.source_file, injected.number, injected.title, '', 0,
    injected.char_offset, injected.quote
from (values
    (1, 'Refresh the medium term financial strategy.', 400, 'Wyvern: first statement of recommendation 1'),
    (1, 'Refresh the strategy once more.', 900, 'Wyvern: recommendation 1 given a second time'),
    (2, 'Invest in the digital platform.', 500, 'Wyvern: recommendation 2'),
    (3, null, 600, 'Wyvern: a recommendation without a title')
) as injected(number, title, char_offset, quote), raw.documents as documents
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("rejected")
    build = raw_build(root, {"wyvern_peer_challenge.md": REPORT})
    with duckdb.connect(str(build)) as con:
        con.execute("delete from raw.recommendations")
        con.execute(INSERT)
    dbt = Path(sys.executable).with_name("dbt")
    result = subprocess.run(
        [
            str(dbt),
            "build",
            "--project-dir",
            str(dbt_project.project_dir),
            "--profiles-dir",
            str(dbt_project.profiles_dir),
            "--target-path",
            str(root / "target"),
        ],
        env={**os.environ, "COUNCILWH_BUILD_PATH": str(build)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-3000:]
    return build


def _rows(build: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(build), read_only=True) as con:
        return con.execute(sql).fetchall()


def test_rows_breaking_a_row_rule_are_set_aside_with_the_rule_the_report_and_the_quote(built: Path) -> None:
    rows = _rows(built, "select mart, rule, source_file, quote from marts.rejected_rows order by rule")
    assert rows == [
        (
            "recommendations",
            "not_null_recommendations_title",
            "wyvern_peer_challenge.md",
            "Wyvern: a recommendation without a title",
        ),
        (
            "recommendations",
            "unique_recommendations_document_id__number",
            "wyvern_peer_challenge.md",
            "Wyvern: recommendation 1 given a second time",
        ),
    ]


def test_the_mart_keeps_every_valid_row_and_the_first_mention_of_a_key(built: Path) -> None:
    rows = _rows(built, "select number, quote from marts.recommendations order by number")
    assert rows == [(1, "Wyvern: first statement of recommendation 1"), (2, "Wyvern: recommendation 2")]


def test_a_set_aside_row_raises_an_alert_naming_the_report_and_the_rule(built: Path) -> None:
    with duckdb.connect(str(built), read_only=True) as con:
        alerts = alerts_from_rejected_rows(con)
    assert {(a.source_file, a.expectation) for a in alerts} == {
        ("wyvern_peer_challenge.md", "not_null_recommendations_title"),
        ("wyvern_peer_challenge.md", "unique_recommendations_document_id__number"),
    }
    assert all("wyvern_peer_challenge.md" in a.message and a.quote for a in alerts)
