"""`marts.alerts`: every failed check as a row, delivered to the channels or kept for the next run.

An alert is identified by what failed (check, expectation, report, figures), so the same failure seen
again is the same alert: it is not sent twice, and an alert a channel wanted but did not take is retried
next run. A file quarantined is an alert naming the file and the reason. Warnings rows that are
information (`INFORMATION_KINDS`, e.g. a look-alike letter read as A) are info alerts: kept here, in
marts.warnings and in Data Docs, and never pushed to a channel.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from expectations.alerts import Alert, Channel, deliver
from expectations.runner import CheckOutcome
from ingest.raw.load import quote_identifier, quote_literal
from ingest.state.warehouse_file import connect_warehouse

ALERTS = {
    "alert_id": pl.String,
    "raised_at": pl.Datetime("us", "UTC"),
    "last_seen_at": pl.Datetime("us", "UTC"),
    "check_name": pl.String,
    "asset": pl.String,
    "expectation": pl.String,
    "severity": pl.String,
    "source_file": pl.String,
    "figures": pl.String,  # JSON
    "quote": pl.String,
    "message": pl.String,
    "is_delivered": pl.Boolean,
    "delivered_at": pl.Datetime("us", "UTC"),
    "attempts": pl.Int32,
    "last_error": pl.String,
}
CONTEXT = ("source_file", "document_id", "quote")
# marts.warnings kinds that are information, not something to act on: their alerts are severity info
INFORMATION_KINDS = {"repaired_character"}


def alert_key(*parts: object) -> str:
    """A stable id for an alert from what identifies it, so the same finding next run is the same alert."""
    return hashlib.sha256(json.dumps(list(parts), sort_keys=True, default=str).encode()).hexdigest()[:20]


def alerts_from_outcomes(outcomes: list[CheckOutcome], descriptions: dict[str, str]) -> list[Alert]:
    """One alert per offending row of every failed expectation."""
    alerts = []
    for outcome in outcomes:
        for failure in outcome.failures:
            for row in failure.rows or [{}]:
                figures = {k: v for k, v in row.items() if k not in CONTEXT and v is not None}
                alerts.append(
                    Alert(
                        alert_id=alert_key(
                            outcome.check,
                            failure.expectation,
                            failure.column,
                            row.get("source_file"),
                            figures,
                        ),
                        check_name=outcome.check,
                        asset=outcome.asset,
                        expectation=failure.expectation,
                        severity="info" if row.get("kind") in INFORMATION_KINDS else failure.severity,
                        source_file=row.get("source_file"),
                        figures=figures,
                        quote=row.get("quote"),
                        message=f"{descriptions.get(outcome.check, outcome.check)}: {failure.expectation}"
                        + (f" on {failure.column}" if failure.column else ""),
                    )
                )
    return alerts


def alerts_from_rejected_rows(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """One alert per row set aside in `marts.rejected_rows` (a row rule of a mart it broke), naming the
    report and the rule; none when the table is missing (a warehouse built before it existed)."""
    try:
        rows = con.execute(
            "select mart, rule, source_file, document_id, quote, char_offset from marts.rejected_rows"
        ).fetchall()
    except duckdb.CatalogException:
        return []
    alerts = []
    for mart, rule, source_file, document_id, quote, char_offset in rows:
        alerts.append(
            Alert(
                alert_id=alert_key("rejected_row", rule, document_id, char_offset, quote),
                check_name="rejected_row",
                asset=mart,
                expectation=rule,
                severity="warning",
                source_file=source_file,
                figures={"document_id": document_id, "char_offset": char_offset},
                quote=quote,
                message=f"a row of {source_file} was set aside from marts.{mart}: it breaks {rule}",
            )
        )
    return alerts


def alerts_from_quarantine(con: duckdb.DuckDBPyConnection) -> list[Alert]:
    """One alert per file in `marts.quarantine` (it did not load), naming the file and the reason; none when
    the table is missing."""
    try:
        rows = con.execute("select source_file, content_hash, reason from marts.quarantine").fetchall()
    except duckdb.CatalogException:
        return []
    alerts = []
    for source_file, content_hash, reason in rows:
        alerts.append(
            Alert(
                alert_id=alert_key("quarantine", source_file, content_hash, reason),
                check_name="quarantine",
                asset="quarantine",
                expectation="every report file is read and parsed",
                severity="warning",
                source_file=source_file,
                figures={"reason": reason, "content_hash": content_hash},
                quote=None,
                message=f"{source_file} was not loaded into the warehouse: {reason}",
            )
        )
    return alerts


def previous_alerts(published: Path) -> pl.DataFrame:
    """The alerts table of the previous published warehouse (empty if none)."""
    if not published.exists():
        return pl.DataFrame(schema=ALERTS)
    try:
        with connect_warehouse(published) as con:
            frame = pl.from_arrow(con.sql("select * from marts.alerts").to_arrow_table())
    except duckdb.Error:
        return pl.DataFrame(schema=ALERTS)
    return frame.select([pl.col(c).cast(t) for c, t in ALERTS.items()])


def waiting(frame: pl.DataFrame, channels: list[Channel] | None = None) -> pl.DataFrame:
    """Undelivered alerts that one of `channels` wants (None: any channel at the default minimum severity)."""
    channels = [Channel("webhook")] if channels is None else channels
    wanted = [s for s in frame["severity"].unique().to_list() if any(c.wants(s or "") for c in channels)]
    return frame.filter(~pl.col("is_delivered") & pl.col("severity").is_in(wanted))


def undelivered_count(published: Path, channels: list[Channel] | None = None) -> int:
    """Alerts of the published warehouse that a channel wants and has not taken yet (retried by the next
    build); info alerts never count."""
    return waiting(previous_alerts(published), channels).height


def merge_alerts(previous: pl.DataFrame, alerts: list[Alert], now: datetime) -> pl.DataFrame:
    """Previous alerts (history) plus this run's; an alert seen again keeps its first time and delivery."""
    new = pl.DataFrame(
        {
            "alert_id": [a.alert_id for a in alerts],
            "check_name": [a.check_name for a in alerts],
            "asset": [a.asset for a in alerts],
            "expectation": [a.expectation for a in alerts],
            "severity": [a.severity for a in alerts],
            "source_file": [a.source_file for a in alerts],
            "figures": [json.dumps(a.figures, default=str, sort_keys=True) for a in alerts],
            "quote": [a.quote for a in alerts],
            "message": [a.message for a in alerts],
        },
        schema={
            c: ALERTS[c]
            for c in (
                "alert_id",
                "check_name",
                "asset",
                "expectation",
                "severity",
                "source_file",
                "figures",
                "quote",
                "message",
            )
        },
    ).unique("alert_id", keep="first", maintain_order=True)
    seen_now = new.join(
        previous.select("alert_id", "raised_at", "is_delivered", "delivered_at", "attempts", "last_error"),
        on="alert_id",
        how="left",
    )
    seen_now = seen_now.with_columns(
        raised_at=pl.col("raised_at").fill_null(pl.lit(now, dtype=ALERTS["raised_at"])),
        last_seen_at=pl.lit(now, dtype=ALERTS["last_seen_at"]),
        is_delivered=pl.col("is_delivered").fill_null(False),
        attempts=pl.col("attempts").fill_null(0),
    )
    history = previous.filter(~pl.col("alert_id").is_in(new["alert_id"].to_list()))
    return pl.concat([history, seen_now.select(list(ALERTS)).cast(ALERTS)])


def deliver_pending(frame: pl.DataFrame, channels: list[Channel], now: datetime) -> pl.DataFrame:
    """Send every waiting alert to each channel that wants it (`Channel.wants`); an alert is delivered when
    every channel that wants it took it. Alerts no channel wants (info, or below every channel's minimum)
    are left as they are."""
    pending = waiting(frame, channels)
    if pending.is_empty():
        return frame
    alerts = [_alert(r) for r in pending.to_dicts()]
    errors: dict[str, list[str]] = {a.alert_id: [] for a in alerts}
    for channel in channels:
        wanted = [a for a in alerts if channel.wants(a.severity)]
        if wanted and (error := deliver(wanted, channel)):
            for alert in wanted:
                errors[alert.alert_id].append(f"{channel.name}: {error}")
    tried = pl.DataFrame(
        {"alert_id": list(errors), "error": ["; ".join(e) or None for e in errors.values()]},
        schema={"alert_id": pl.String, "error": pl.String},
    )
    joined = frame.join(tried, on="alert_id", how="left")
    was_tried, took = pl.col("alert_id").is_in(list(errors)), pl.col("error").is_null()
    return joined.with_columns(
        is_delivered=pl.when(was_tried).then(took).otherwise(pl.col("is_delivered")),
        delivered_at=pl.when(was_tried & took)
        .then(pl.lit(now, dtype=ALERTS["delivered_at"]))
        .otherwise(pl.col("delivered_at")),
        attempts=pl.when(was_tried).then(pl.col("attempts") + 1).otherwise(pl.col("attempts")),
        last_error=pl.when(was_tried).then(pl.col("error")).otherwise(pl.col("last_error")),
    ).select(list(ALERTS))


def _alert(row: dict) -> Alert:
    """An alert from its `marts.alerts` row."""
    figures = json.loads(row["figures"] or "{}")
    return Alert(
        row["alert_id"],
        row["check_name"],
        row["asset"],
        row["expectation"],
        row["severity"],
        row["source_file"],
        figures,
        row["quote"],
        row["message"],
    )


def write_alerts(
    con: duckdb.DuckDBPyConnection,
    frame: pl.DataFrame,
    description: str = "",
    column_descriptions: Mapping[str, str] | None = None,
) -> int:
    """Replace `marts.alerts` in the warehouse being built, with the table's and its columns' descriptions
    as DuckDB comments (as dbt persists them on the marts it builds); returns the rows written."""
    con.execute("create schema if not exists marts")
    con.register("_alerts", frame.select(list(ALERTS)).cast(ALERTS).to_arrow())
    con.execute("create or replace table marts.alerts as select * from _alerts")
    con.unregister("_alerts")
    if description:
        con.execute(f"comment on table marts.alerts is {quote_literal(description)}")
    for column, text in (column_descriptions or {}).items():
        if column in ALERTS and text:
            con.execute(f"comment on column marts.alerts.{quote_identifier(column)} is {quote_literal(text)}")
    return frame.height


def now_utc() -> datetime:
    """The current time, in UTC."""
    return datetime.now(UTC)
