"""End to end: a report whose table does not add up raises an alert that reaches a real HTTP server; a
clean report pushes none (a look-alike letter read as A is information: kept in marts.warnings and Data
Docs); a quarantined file raises an alert naming it and the reason; each channel takes its minimum
severity; a dead webhook leaves the alert undelivered, the run green, and it is retried; with no channel,
nothing is "not delivered"."""

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
    text = SAMPLE.read_text(encoding="utf-8")  # clean, but for one Greek capital alpha read as A
    if totals:
        text = text.replace("Totals\t3\t3\t2", totals)
    (inbox / "q3_report.txt").write_text(text, encoding="utf-8")
    return inbox


def _alerts(warehouse: Path, pushed_only: bool = False) -> list[dict]:
    """`marts.alerts` rows (only those a channel may take, not info, when `pushed_only`)."""
    with duckdb.connect(str(warehouse), read_only=True) as con:
        cursor = con.execute(
            "select * from marts.alerts where not ? or severity <> 'info' order by check_name", [pushed_only]
        )
        columns = [d[0] for d in cursor.description]
        return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


def _refresh(inbox: Path, warehouse: Path, webhook: str | None, **env: str):
    channel = {"COUNCILWH_ALERT_WEBHOOK": webhook} if webhook else {}
    result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), env={**channel, **env})
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def test_clean_report_pushes_no_alert_and_keeps_the_repaired_character_as_information(tmp_path: Path) -> None:
    warehouse = tmp_path / "wh.duckdb"
    with http_receiver() as (url, received):
        _refresh(_inbox(tmp_path), warehouse, url)
    assert received == []
    assert {(a["check_name"], a["severity"]) for a in _alerts(warehouse)} <= {("ge_warnings", "info")}
    with duckdb.connect(str(warehouse), read_only=True) as con:
        kinds = con.execute("select kind, detail from marts.warnings").fetchall()
    assert kinds == [("repaired_character", "status 'Α' read as 'A' (P3 Q2)")]
    docs = "".join(p.read_text(errors="replace") for p in (tmp_path / "data_docs").rglob("*warnings*.html"))
    assert "repaired_character" in docs


def test_a_quarantined_file_raises_an_alert_naming_the_file_and_the_reason(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    (inbox / "wyvern_budget.pdf").write_bytes(b"%PDF-1.4 not really a PDF")
    with http_receiver() as (url, received):
        _refresh(inbox, tmp_path / "wh.duckdb", url)
    [alert] = [a for payload in received for a in payload["alerts"]]
    assert alert["check_name"] == "quarantine" and alert["source_file"] == "wyvern_budget.pdf"
    assert alert["figures"]["reason"] and alert["figures"]["reason"] in alert["message"]


def test_a_channel_takes_only_alerts_from_its_minimum_severity(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path, totals="Totals\t5\t3\t2")  # critical: totals do not add up
    (inbox / "wyvern_budget.pdf").write_bytes(b"%PDF-1.4 not really a PDF")  # warning: quarantined
    with http_receiver() as (url, received):
        _refresh(inbox, tmp_path / "wh.duckdb", url, COUNCILWH_ALERT_WEBHOOK_MIN_SEVERITY="critical")
    alerts = [a for payload in received for a in payload["alerts"]]
    assert alerts and {a["severity"] for a in alerts} == {"critical"}


def test_with_no_channel_configured_nothing_is_not_delivered(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path, totals="Totals\t5\t3\t2")
    result = _refresh(inbox, tmp_path / "wh.duckdb", None)
    assert "not delivered" not in result.stdout + result.stderr
    assert _alerts(tmp_path / "wh.duckdb")  # the alerts are kept in the warehouse


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
    stored = _alerts(tmp_path / "wh.duckdb", pushed_only=True)
    assert stored and all(a["is_delivered"] for a in stored)


def test_a_dead_webhook_leaves_alerts_undelivered_and_the_next_run_retries(
    tmp_path: Path, broken_inbox: Path
) -> None:
    warehouse = tmp_path / "wh.duckdb"
    result = _refresh(broken_inbox, warehouse, f"http://127.0.0.1:{free_port()}/")
    assert "checks:" in result.stdout
    undelivered = _alerts(warehouse, pushed_only=True)
    assert undelivered and not any(a["is_delivered"] for a in undelivered)
    assert all(a["last_error"] for a in undelivered)
    with http_receiver() as (url, received):
        _refresh(broken_inbox, warehouse, url)
    assert received
    assert all(a["is_delivered"] for a in _alerts(warehouse, pushed_only=True))
