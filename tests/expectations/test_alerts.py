from datetime import UTC, datetime
from email import message_from_bytes
from pathlib import Path

import duckdb
import polars as pl

from expectations.alert_store import (
    ALERTS,
    alerts_from_outcomes,
    alerts_from_quarantine,
    deliver_pending,
    merge_alerts,
    waiting,
    write_alerts,
)
from expectations.alerts import Alert, Channel, alert_text, channels_from_env, deliver, run_failure_alert
from expectations.runner import CheckOutcome, Failure
from tests.fixtures.receivers import free_port, http_receiver, smtp_receiver

ALERT = Alert(
    "a1",
    "ge_summary_totals",
    "performance_summary",
    "expect_column_values_to_be_between",
    "critical",
    "q3.txt",
    {"column": "green", "total_difference": 2.0},
    "Totals\t5\t3\t2",
    "Totals = sum of segments",
)
NOW = datetime(2026, 1, 5, tzinfo=UTC)


def test_webhook_receives_the_alert_with_its_figures_and_quote() -> None:
    with http_receiver() as (url, received):
        assert deliver([ALERT], Channel("webhook", {"url": url})) is None
    [payload] = received
    assert payload["alerts"][0]["figures"] == {"column": "green", "total_difference": 2.0}
    assert payload["alerts"][0]["quote"] == "Totals\t5\t3\t2"


def test_slack_webhook_receives_a_text_message() -> None:
    with http_receiver() as (url, received):
        assert deliver([ALERT], Channel("slack", {"url": url})) is None
    assert "total_difference=2.0" in received[0]["text"] and "q3.txt" in received[0]["text"]


def test_email_reaches_a_real_smtp_server() -> None:
    with smtp_receiver() as (port, messages):
        env = {
            "COUNCILWH_SMTP_HOST": "127.0.0.1",
            "COUNCILWH_SMTP_PORT": str(port),
            "COUNCILWH_ALERT_EMAIL_TO": "owner@example.org",
            "COUNCILWH_ALERT_EMAIL_FROM": "wh@example.org",
        }
        [channel] = channels_from_env(env)
        assert deliver([ALERT], channel) is None
    [envelope] = messages
    assert envelope.rcpt_tos == ["owner@example.org"]
    body = message_from_bytes(envelope.content).get_payload(decode=True).decode()
    assert "total_difference=2.0" in body and 'quote: "Totals' in body


def test_a_dead_webhook_gives_an_error_and_does_not_raise() -> None:
    error = deliver([ALERT], Channel("webhook", {"url": f"http://127.0.0.1:{free_port()}/"}))
    assert error is not None and "Error" in error


def test_channels_come_only_from_the_environment() -> None:
    assert channels_from_env({}) == []
    kinds = [
        c.kind
        for c in channels_from_env(
            {"COUNCILWH_ALERT_WEBHOOK": "http://x", "COUNCILWH_SLACK_WEBHOOK": "http://y"}
        )
    ]
    assert kinds == ["webhook", "slack"]


def test_the_same_failure_seen_again_is_one_alert_that_keeps_its_first_time() -> None:
    first = merge_alerts(pl.DataFrame(schema=ALERTS), [ALERT], NOW)
    later = datetime(2026, 1, 6, tzinfo=UTC)
    second = merge_alerts(first, [ALERT], later)
    assert second.height == 1
    assert second["raised_at"][0] == NOW and second["last_seen_at"][0] == later


def test_an_alert_no_channel_took_stays_undelivered_and_is_retried() -> None:
    table = merge_alerts(pl.DataFrame(schema=ALERTS), [ALERT], NOW)
    dead = Channel("webhook", {"url": f"http://127.0.0.1:{free_port()}/"})
    failed = deliver_pending(table, [dead], NOW)
    assert failed["is_delivered"].to_list() == [False] and failed["attempts"].to_list() == [1]
    with http_receiver() as (url, received):
        retried = deliver_pending(failed, [Channel("webhook", {"url": url})], NOW)
    assert retried["is_delivered"].to_list() == [True] and len(received) == 1
    assert deliver_pending(retried, [dead], NOW).equals(retried)  # nothing pending: nothing sent


def test_run_failure_alert_names_the_run() -> None:
    alert = run_failure_alert("refresh_warehouse", "abc123", "step dbt_models failed")
    assert alert.severity == "critical" and alert.figures == {"job": "refresh_warehouse", "run_id": "abc123"}


def _alert(alert_id: str, severity: str, check: str = "ge_warnings") -> Alert:
    return Alert(
        alert_id, check, "warnings", "expect_column_values_to_be_in_set", severity, "q3.txt", {}, None, "m"
    )


def test_each_channel_takes_its_minimum_severity_from_the_environment() -> None:
    env = {
        "COUNCILWH_ALERT_WEBHOOK": "http://x",
        "COUNCILWH_SLACK_WEBHOOK": "http://y",
        "COUNCILWH_SLACK_MIN_SEVERITY": "Critical",
        "COUNCILWH_SMTP_HOST": "127.0.0.1",
        "COUNCILWH_ALERT_EMAIL_TO": "owner@example.org",
        "COUNCILWH_SMTP_MIN_SEVERITY": "sever",  # mistyped: read as the default, so nothing is lost
    }
    assert {c.kind: c.min_severity for c in channels_from_env(env)} == {
        "webhook": "warning",
        "slack": "critical",
        "email": "warning",
    }


def test_a_channel_gets_only_alerts_from_its_minimum_severity_up_and_never_info() -> None:
    alerts = [_alert("w", "warning"), _alert("c", "critical"), _alert("i", "info")]
    with http_receiver() as (url, received):
        assert deliver(alerts, Channel("webhook", {"url": url}, min_severity="critical")) is None
        assert deliver(alerts, Channel("webhook", {"url": url})) is None
        assert deliver([_alert("i", "info")], Channel("webhook", {"url": url})) is None
    assert [[a["alert_id"] for a in payload["alerts"]] for payload in received] == [["c"], ["w", "c"]]


def test_info_alerts_and_alerts_below_every_channel_wait_for_nothing() -> None:
    table = merge_alerts(pl.DataFrame(schema=ALERTS), [_alert("w", "warning"), _alert("i", "info")], NOW)
    assert waiting(table, []).is_empty()  # no channel configured: nothing is "not delivered"
    critical_only = Channel("webhook", {"url": f"http://127.0.0.1:{free_port()}/"}, min_severity="critical")
    assert waiting(table, [critical_only]).is_empty()
    assert deliver_pending(table, [critical_only], NOW).equals(table)  # nothing tried
    assert waiting(table, None)["alert_id"].to_list() == ["w"]


def test_delivered_when_every_channel_that_wants_it_took_it() -> None:
    table = merge_alerts(pl.DataFrame(schema=ALERTS), [_alert("w", "warning"), _alert("c", "critical")], NOW)
    dead = Channel("slack", {"url": f"http://127.0.0.1:{free_port()}/"}, min_severity="critical")
    with http_receiver() as (url, received):
        result = deliver_pending(table, [Channel("webhook", {"url": url}), dead], NOW)
    delivered = dict(result.select("alert_id", "is_delivered").rows())
    assert delivered == {"w": True, "c": False}  # the dead Slack channel wanted only the critical one
    assert result.filter(pl.col("alert_id") == "c")["last_error"][0].startswith("slack: ")
    assert len(received) == 1 and len(received[0]["alerts"]) == 2


def test_characters_repaired_are_info_and_malformed_figures_warnings() -> None:
    failure = Failure(
        "expect_column_values_to_be_in_set",
        "kind",
        "warning",
        2,
        [
            {"source_file": "q3.txt", "kind": "repaired_character", "detail": "status 'Α' read as 'A'"},
            {"source_file": "q3.txt", "kind": "malformed_figure", "detail": "malformed figure '£41.m'"},
        ],
    )
    outcome = CheckOutcome("ge_warnings", "warnings", False, "warning", [failure])
    severities = {a.figures["kind"]: a.severity for a in alerts_from_outcomes([outcome], {})}
    assert severities == {"repaired_character": "info", "malformed_figure": "warning"}


def test_a_quarantined_file_is_an_alert_naming_the_file_and_the_reason() -> None:
    with duckdb.connect() as con:
        con.execute("create schema marts")
        con.execute(
            "create table marts.quarantine as select 'wyvern_minutes.pdf' as source_file, 'abc' as content_hash,"
            " 'broken PDF: no trailer' as reason"
        )
        [alert] = alerts_from_quarantine(con)
    assert alert.source_file == "wyvern_minutes.pdf" and alert.severity == "warning"
    assert "broken PDF: no trailer" in alert.message and alert.figures["reason"] == "broken PDF: no trailer"
    assert "wyvern_minutes.pdf" in alert_text(alert)


def test_no_quarantine_table_no_alert() -> None:
    with duckdb.connect() as con:
        assert alerts_from_quarantine(con) == []


def test_written_alerts_carry_their_descriptions_as_comments(tmp_path: Path) -> None:
    table = merge_alerts(pl.DataFrame(schema=ALERTS), [ALERT], NOW)
    with duckdb.connect(str(tmp_path / "build.duckdb")) as con:
        written = write_alerts(
            con,
            table,
            "Failed checks, one row each; the council's own words quoted",
            {"alert_id": "A stable id", "quote": "The report's passage", "not_a_column": "ignored"},
        )
        comments = dict(
            con.execute(
                "select column_name, comment from duckdb_columns() where table_name = 'alerts'"
            ).fetchall()
        )
        table_comment = con.execute(
            "select comment from duckdb_tables() where table_name = 'alerts'"
        ).fetchall()[0][0]
        rows = con.execute("select count(*) from marts.alerts").fetchall()[0][0]
    assert written == rows == 1
    assert table_comment == "Failed checks, one row each; the council's own words quoted"
    assert comments["alert_id"] == "A stable id" and comments["quote"] == "The report's passage"
    assert comments["message"] is None and "not_a_column" not in comments
