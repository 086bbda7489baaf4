"""Shared fixtures: one warehouse built from the bundled samples by the real CLI, for the whole session."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CONTRACT_MARTS = [  # the analyst-facing tables of the warehouse contract (shared/gold/SCHEMA.md)
    "documents",
    "recommendations",
    "peer_team",
    "savings",
    "overspends",
    "financial_figures",
    "partnerships",
    "performance_summary",
    "performance_rag",
]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session", autouse=True)
def _environment_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The environment's cache (`config.environment_cache_dir`: the dashboard's script bundle) in a folder of
    this session, for the refreshes the tests start too: the tests leave the user's ~/.cache alone, and work
    where the home is not writable."""
    os.environ.setdefault("COUNCILWH_CACHE_HOME", str(tmp_path_factory.mktemp("environment_cache")))


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run the real `councilwh` command."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [str(BIN / "councilwh"), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=REPO,
    )


def refreshed_warehouse(tmp_path_factory: pytest.TempPathFactory, reports: dict[str, str]) -> Path:
    """A warehouse `councilwh refresh` builds from invented reports (file name -> text) in a fresh inbox."""
    from orchestration.dbt_manifest import ensure_dbt_manifest

    ensure_dbt_manifest()
    inbox = tmp_path_factory.mktemp("inbox")
    for name, text in reports.items():
        (inbox / name).write_text(text, encoding="utf-8")
    warehouse = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse))
    assert result.returncode == 0, result.stdout + result.stderr
    return warehouse


def rows_of(con, sql: str, source_file: str) -> set[tuple]:
    """The rows `sql` (with one parameter: a source file) gives for that file, as a set."""
    return set(con.execute(sql, [source_file]).fetchall())


def figures_of(con, source_file: str) -> set[tuple]:
    """A file's financial figures as (category, amount in pounds rounded to pence)."""
    return rows_of(
        con,
        "select category, round(amount_gbp, 2)::double from marts.financial_figures where source_file = ?",
        source_file,
    )


def savings_of(con, source_file: str, *columns: str) -> set[tuple]:
    """A file's savings as (kind, amount in pounds rounded to pence, then any further `columns` of the mart)."""
    extra = "".join(f", {column}" for column in columns)
    return rows_of(
        con,
        f"select kind, round(amount_gbp, 2)::double{extra} from marts.savings where source_file = ?",
        source_file,
    )


def overspends_of(con, source_file: str) -> set[tuple]:
    """A file's overspends as (amount in pounds rounded to pence, service area)."""
    return rows_of(
        con,
        "select round(amount_gbp, 2)::double, service_area from marts.overspends where source_file = ?",
        source_file,
    )


@pytest.fixture(scope="module")
def con(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """A read-only connection to the warehouse built from the test module's `REPORTS` (file name -> text)."""
    import duckdb

    warehouse = refreshed_warehouse(tmp_path_factory, request.module.REPORTS)
    with duckdb.connect(str(warehouse), read_only=True) as connection:
        yield connection


@pytest.fixture(scope="session")
def sample_warehouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The warehouse `councilwh refresh` builds from the bundled sample reports."""
    from orchestration.config import SAMPLES_DIR
    from orchestration.dbt_manifest import ensure_dbt_manifest

    ensure_dbt_manifest()
    warehouse = tmp_path_factory.mktemp("wh") / "warehouse.duckdb"
    result = run_cli("refresh", "--inbox", str(SAMPLES_DIR), "--warehouse", str(warehouse))
    assert result.returncode == 0, result.stdout + result.stderr
    return warehouse
