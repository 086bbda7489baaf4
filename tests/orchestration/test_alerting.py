"""End to end: a report whose table does not add up raises an alert that reaches a real HTTP server; a
clean report raises none; a dead webhook leaves the alert undelivered, the run green, and it is retried."""

from pathlib import Path

import duckdb
import pytest

from orchestration.config import SAMPLES_DIR
from tests.conftest import run_cli
from tests.fixtures.receivers import free_port, http_receiver

SAMPLE = SAMPLES_DIR / "northwick_performance_q3.txt"


def _inbox(tmp_path: Path, totals: str | None = None) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    text = SAMPLE.read_text(encoding="utf-8").replace("\u0391", "A")  # no repaired characters: a clean report
    if totals:
        text = text.replace("Totals\t3\t3\t2", totals)
    (inbox / "q3_report.txt").write_text(text, encoding="utf-8")
    return inbox


def _alerts(warehouse: Path) -> list[dict]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cursor = con.execute("select * from marts.alerts order by check_name")
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _refresh(inbox: Path, warehouse: Path, webhook: str):
    result = run_cli(
        "refresh",
        "--inbox",
        str(inbox),
        "--warehouse",
        str(warehouse),
        env={"COUNCILWH_ALERT_WEBHOOK": webhook},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_clean_report_raises_no_alert(tmp_path: Path) -> None:
    with http_receiver() as (url, received):
        _refresh(_inbox(tmp_path), tmp_path / "wh.duckdb", url)
    assert received == []
    assert _alerts(tmp_path / "wh.duckdb") == []


@pytest.fixture
def broken_inbox(tmp_path: Path) -> Path:
    return _inbox(tmp_path, totals="Totals\t5\t3\t2")


def test_totals_that_do_not_add_up_reach_the_webhook_with_the_figures(
    tmp_path: Path, broken_inbox: Path
) -> None:
    with http_receiver() as (url, received):
        result = _refresh(broken_inbox, tmp_path / "wh.duckdb", url)
    assert "ge_summary_totals" in result.stdout
    alerts = [a for payload in received for a in payload["alerts"]]
    totals = [a for a in alerts if a["figures"].get("total_difference") == 2.0]
    assert (
        totals and totals[0]["source_file"] == "q3_report.txt" and totals[0]["figures"]["column"] == "green"
    )
    assert "Totals" in totals[0]["quote"]
    stored = _alerts(tmp_path / "wh.duckdb")
    assert stored and all(a["is_delivered"] for a in stored)


def test_a_dead_webhook_leaves_alerts_undelivered_and_the_next_run_retries(
    tmp_path: Path, broken_inbox: Path
) -> None:
    warehouse = tmp_path / "wh.duckdb"
    result = _refresh(broken_inbox, warehouse, f"http://127.0.0.1:{free_port()}/")
    assert "checks:" in result.stdout
    undelivered = _alerts(warehouse)
    assert undelivered and not any(a["is_delivered"] for a in undelivered)
    assert all(a["last_error"] for a in undelivered)
    with http_receiver() as (url, received):
        _refresh(broken_inbox, warehouse, url)
    assert received
    assert all(a["is_delivered"] for a in _alerts(warehouse))
