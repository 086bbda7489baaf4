from datetime import UTC, datetime
from email import message_from_bytes

import polars as pl

from expectations.alert_store import ALERTS, deliver_pending, merge_alerts
from expectations.alerts import Alert, Channel, channels_from_env, deliver, run_failure_alert
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
