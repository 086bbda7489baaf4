"""Deliver alerts to the data owners: a generic JSON webhook, a Slack incoming webhook, email over SMTP.

Channels come from the environment only (secrets never from files). A channel that is down returns a
failed delivery; it never raises, so a refresh is not failed by its alerting. Each channel takes alerts
from its minimum severity up (warning by default, or critical); info alerts (such as characters repaired)
are information for the warehouse and Data Docs, never pushed to a channel.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

TIMEOUT_SECONDS = 5
SEVERITIES = ("info", "warning", "critical")  # in rising order
DEFAULT_MIN_SEVERITY = "warning"
MIN_SEVERITY_ENV = {  # channel kind -> the variable setting its minimum severity
    "webhook": "COUNCILWH_ALERT_WEBHOOK_MIN_SEVERITY",
    "slack": "COUNCILWH_SLACK_MIN_SEVERITY",
    "email": "COUNCILWH_SMTP_MIN_SEVERITY",
}


@dataclass
class Alert:
    """One failed check on one report, with the figures involved and the quote."""

    alert_id: str
    check_name: str
    asset: str
    expectation: str
    severity: str
    source_file: str | None
    figures: dict[str, Any]
    quote: str | None
    message: str


@dataclass
class Channel:
    """Where alerts go: kind is webhook, slack or email; settings hold its address and credentials; it
    takes alerts of `min_severity` and above."""

    kind: str
    settings: dict[str, str] = field(default_factory=dict)
    min_severity: str = DEFAULT_MIN_SEVERITY

    def wants(self, severity: str) -> bool:
        """Whether this channel takes an alert of `severity` (never an info alert)."""
        rank = SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)
        return severity != "info" and rank >= SEVERITIES.index(self.min_severity)

    @property
    def name(self) -> str:
        """A name for logs and the alerts table, without secrets."""
        return {"webhook": "webhook", "slack": "slack", "email": f"email:{self.settings.get('to', '')}"}[
            self.kind
        ]


def min_severity(value: str | None) -> str:
    """A channel's minimum severity from its setting: warning or critical (anything else reads as warning,
    so that a mistyped setting sends more rather than nothing)."""
    value = (value or "").strip().lower()
    return value if value in ("warning", "critical") else DEFAULT_MIN_SEVERITY


def channels_from_env(environ: Mapping[str, str]) -> list[Channel]:
    """The channels configured in `environ` (COUNCILWH_ALERT_WEBHOOK, COUNCILWH_SLACK_WEBHOOK, COUNCILWH_SMTP_*),
    each with its minimum severity (`MIN_SEVERITY_ENV`)."""
    channels = _channels(environ)
    for channel in channels:
        channel.min_severity = min_severity(environ.get(MIN_SEVERITY_ENV[channel.kind]))
    return channels


def _channels(environ: Mapping[str, str]) -> list[Channel]:
    channels = []
    if environ.get("COUNCILWH_ALERT_WEBHOOK"):
        channels.append(Channel("webhook", {"url": environ["COUNCILWH_ALERT_WEBHOOK"]}))
    if environ.get("COUNCILWH_SLACK_WEBHOOK"):
        channels.append(Channel("slack", {"url": environ["COUNCILWH_SLACK_WEBHOOK"]}))
    if environ.get("COUNCILWH_SMTP_HOST") and environ.get("COUNCILWH_ALERT_EMAIL_TO"):
        channels.append(
            Channel(
                "email",
                {
                    "host": environ["COUNCILWH_SMTP_HOST"],
                    "port": environ.get("COUNCILWH_SMTP_PORT", "25"),
                    "to": environ["COUNCILWH_ALERT_EMAIL_TO"],
                    "from": environ.get("COUNCILWH_ALERT_EMAIL_FROM", "councilwh@localhost"),
                    "user": environ.get("COUNCILWH_SMTP_USER", ""),
                    "password": environ.get("COUNCILWH_SMTP_PASSWORD", ""),
                    "tls": environ.get("COUNCILWH_SMTP_TLS", "none").lower(),
                },
            )
        )
    return channels


def alert_text(alert: Alert) -> str:
    """A human-readable account of one alert."""
    figures = ", ".join(f"{k}={v}" for k, v in alert.figures.items())
    lines = [f"[{alert.severity.upper()}] {alert.check_name} on marts.{alert.asset}: {alert.message}"]
    lines += [f"report: {alert.source_file}", f"figures: {figures}"]
    if alert.quote:
        lines.append(f'quote: "{alert.quote}"')
    return "\n".join(lines)


def _post_json(url: str, payload: dict[str, Any]) -> None:
    request = urllib.request.Request(
        url, data=json.dumps(payload, default=str).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=TIMEOUT_SECONDS) as response:  # noqa: S310 - configured URL
        if response.status >= 300:
            raise OSError(f"HTTP {response.status}")


def _send_email(settings: dict[str, str], alerts: list[Alert]) -> None:
    message = EmailMessage()
    message["Subject"] = f"councilwh: {len(alerts)} data-quality alert(s)"
    message["From"], message["To"] = settings["from"], settings["to"]
    message.set_content("\n\n".join(alert_text(a) for a in alerts))
    port = int(settings["port"])
    if settings["tls"] == "ssl":
        client = smtplib.SMTP_SSL(
            settings["host"], port, timeout=TIMEOUT_SECONDS, context=ssl.create_default_context()
        )
    else:
        client = smtplib.SMTP(settings["host"], port, timeout=TIMEOUT_SECONDS)
    with client:
        if settings["tls"] == "starttls":
            client.starttls(context=ssl.create_default_context())
        if settings["user"]:
            client.login(settings["user"], settings["password"])
        client.send_message(message)


def deliver(alerts: list[Alert], channel: Channel) -> str | None:
    """Send the alerts the channel wants (`Channel.wants`) to it; returns None on success (or when it wants
    none of them), else the error as text (never raises)."""
    alerts = [a for a in alerts if channel.wants(a.severity)]
    if not alerts:
        return None
    try:
        if channel.kind == "webhook":
            _post_json(channel.settings["url"], {"alerts": [a.__dict__ for a in alerts]})
        elif channel.kind == "slack":
            _post_json(channel.settings["url"], {"text": "\n\n".join(alert_text(a) for a in alerts)})
        else:
            _send_email(channel.settings, alerts)
    except (OSError, smtplib.SMTPException, ValueError) as exc:
        return f"{type(exc).__name__}: {exc}"
    return None


def run_failure_alert(job_name: str, run_id: str, message: str) -> Alert:
    """The alert sent when a refresh run fails (the published warehouse is then left as it was)."""
    return Alert(
        alert_id=f"run-{run_id}",
        check_name="run_failure",
        asset="warehouse",
        expectation="refresh run succeeds",
        severity="critical",
        source_file=None,
        figures={"job": job_name, "run_id": run_id},
        quote=None,
        message=f"the {job_name} run failed; the published warehouse was left as it was: {message}",
    )
