"""What a refresh shows on the terminal: one screen of summary on standard output (no colour codes when it is
not a terminal), progress on standard error only, dbt's output kept in a file; and a warehouse file named
after one of its schemas (`seeds.duckdb`, `marts.duckdb`, `raw.duckdb`) builds and reads like any other."""

import io
import re
import shutil
from pathlib import Path

import pytest

from ingest.state.warehouse_file import connect_warehouse
from orchestration.config import SAMPLES_DIR
from orchestration.progress import Progress, use_colour
from tests.conftest import run_cli

ANSI = re.compile(r"\x1b\[")


class Terminal(io.StringIO):
    """A text stream that says it is a terminal, as a real one does."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize("name", ["seeds", "marts", "raw"])
def test_a_refresh_prints_one_screen_and_any_warehouse_name_works(tmp_path: Path, name: str) -> None:
    inbox = tmp_path / "inbox"
    shutil.copytree(SAMPLES_DIR, inbox)
    warehouse = tmp_path / f"{name}.duckdb"
    result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse))
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) < 40 and not ANSI.search(result.stdout + result.stderr)
    assert not any(" of " in line and "START" in line for line in lines + result.stderr.splitlines())
    dbt_line = next(line for line in lines if line.startswith("dbt: "))
    assert "ERROR=0" in dbt_line
    log = Path(dbt_line.split("(output: ")[1].rstrip(")"))
    assert "Done. PASS=" in log.read_text(encoding="utf-8")  # dbt's whole output, kept in a file
    with connect_warehouse(warehouse) as con:
        assert con.execute("select count(*) from marts.documents").fetchone()[0] == 4
        assert con.execute("select count(*) from raw.documents").fetchone()[0] == 4
        assert con.execute("select count(*) from seeds.money_rules").fetchone()[0] > 0
        years = con.execute("select distinct fiscal_year from marts.performance_rag").fetchall()
    assert years and all(re.fullmatch(r"20[0-9]{2}/[0-9]{2}", year) for (year,) in years)
    query = run_cli(
        "sql", "--warehouse", str(warehouse), "select count(*) from marts.documents", "--format", "csv"
    )
    assert query.returncode == 0 and query.stdout.split() == ["count_star()", "4"], query.stderr


def test_progress_on_a_terminal_rewrites_one_line_and_clears_it() -> None:
    terminal = Terminal()
    progress = Progress(terminal, delay=0.0, interval=0.0)
    for done in range(1, 4):
        progress("reading reports", done, 3)
    progress.finish()
    written = terminal.getvalue()
    assert "\r\x1b[Kreading reports 3 of 3" in written.replace("\x1b[2m", "") and "\n" not in written
    assert written.endswith("\r\x1b[K")


def test_progress_to_a_file_writes_a_line_per_stage_that_took_a_while() -> None:
    log = io.StringIO()
    progress = Progress(log, delay=0.0)
    progress("parsing reports")
    progress.finish()  # at once: not worth a line
    progress._stage = ("dbt build", progress.started - 5, 10, 10)  # a stage begun five seconds ago
    progress.finish()
    assert log.getvalue().startswith("dbt build 10 of 10 (5 s, 2.0/s") and log.getvalue().count("\n") == 1


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    assert use_colour(Terminal(), env={})
    assert not use_colour(Terminal(), env={"NO_COLOR": "1"})
    assert not use_colour(io.StringIO(), env={})
