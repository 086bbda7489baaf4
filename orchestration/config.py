"""Configuration read from the environment, and whether the published warehouse is up to date.

Plain Python without Dagster: `WarehouseSettings` (the Dagster resource) resolves its fields here, and
the command line answers "nothing changed" from here before it pays for starting a Dagster run.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Mapping
from functools import cache
from importlib.util import find_spec
from pathlib import Path

from ingest.read.report import DEFAULT_PDF_ENGINE, PDF_ENGINES
from ingest.state.fingerprint import (
    hash_cache_path,
    inbox_state,
    published_fingerprint,
    refresh_fingerprint,
)
from ingest.state.guard import DEFAULT_MAX_REMOVED_SHARE, check_removals, readable_inbox_files

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "ingest" / "samples"
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "warehouse.duckdb"
MAX_PAGES = 400  # a longer PDF is quarantined rather than read
REBUILD_TAG = "councilwh/rebuild"  # a run tagged "true" rebuilds even when nothing changed
TRUE_WORDS = ("1", "true", "yes", "on")


def inbox_path(value: str = "") -> Path:
    """The folder of report files: `value`, else `COUNCILWH_INBOX`, else the bundled sample reports."""
    return Path(value or os.environ.get("COUNCILWH_INBOX") or SAMPLES_DIR).resolve()


def warehouse_path(value: str = "") -> Path:
    """The published DuckDB file: `value`, else `COUNCILWH_WAREHOUSE`, else `warehouse/warehouse.duckdb`."""
    return Path(value or os.environ.get("COUNCILWH_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def environment_cache_dir() -> Path:
    """Where files that depend only on the installed packages are cached (the dashboard's Vega scripts, by
    version), shared by every warehouse of this machine: `COUNCILWH_CACHE_HOME`, else `$XDG_CACHE_HOME/councilwh`,
    else `~/.cache/councilwh`."""
    own = os.environ.get("COUNCILWH_CACHE_HOME")
    if own:
        return Path(own)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "councilwh"


def pdf_engine_name(value: str = "") -> str:
    """The PDF engine: `value`, else `COUNCILWH_PDF_ENGINE`, else pdfminer.six."""
    engine = value or os.environ.get("COUNCILWH_PDF_ENGINE") or DEFAULT_PDF_ENGINE
    if engine not in PDF_ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(PDF_ENGINES)}")
    if engine == "pdfium" and find_spec("pypdfium2") is None:
        raise ValueError("the pdfium engine needs pypdfium2: pip install 'councilwh[fast]'")
    return engine


def allow_removals(value: bool = False) -> bool:
    """Whether a refresh may mark many published documents removed: `value`, else `COUNCILWH_ALLOW_REMOVALS`."""
    return value or os.environ.get("COUNCILWH_ALLOW_REMOVALS", "").strip().lower() in TRUE_WORDS


def max_removed_share(value: float | None = None) -> float:
    """The share of published documents a refresh may mark removed without `allow_removals`: `value`, else
    `COUNCILWH_MAX_REMOVED_SHARE`, else one half."""
    if value is not None:
        return value
    return float(os.environ.get("COUNCILWH_MAX_REMOVED_SHARE") or DEFAULT_MAX_REMOVED_SHARE)


def checked_inbox_state(
    inbox: Path, published: Path, allowed: bool = False, share: float = DEFAULT_MAX_REMOVED_SHARE
) -> list[tuple[str, str | None]]:
    """Each inbox file's relative path and content hash, once the refresh is known to lose nothing by
    mistake: the rule the command line and every Dagster run apply before building. Files unchanged since
    an earlier call keep their hash from the warehouse's inbox hash cache (`fingerprint.inbox_state`).

    Raises:
        ingest.state.guard.RefreshRefused: a missing, unreadable or empty inbox, or one that would mark more
            than `share` of the published documents (or all of them) removed while not `allowed`.
    """
    state = inbox_state(readable_inbox_files(inbox), inbox, hash_cache_path(published))
    check_removals(published, state, allowed, share)
    return state


def state_fingerprint(
    state: list[tuple[str, str | None]], pdf_engine: str, max_pages: int = MAX_PAGES
) -> str:
    """The fingerprint a build from the inbox files in `state` (`checked_inbox_state`) would record."""
    versions = {"code": code_digest(), "pdf_engine": pdf_engine, "max_pages": max_pages}
    return refresh_fingerprint(state, versions)


def build_basis(pdf_engine: str, max_pages: int = MAX_PAGES) -> str:
    """What a build is made under besides the reports (code, PDF engine, page limit): a build under the same
    basis as the published warehouse starts from it and rebuilds only the changed reports' rows."""
    return refresh_fingerprint([], {"code": code_digest(), "pdf_engine": pdf_engine, "max_pages": max_pages})


def refusal_alert_errors(message: str, env: Mapping[str, str] = os.environ) -> list[str]:
    """Send the alert of a refused refresh to every configured channel; returns the delivery errors."""
    from expectations.alerts import Alert, channels_from_env, deliver

    alert = Alert(
        alert_id="refresh-refused",
        check_name="refresh_refused",
        asset="warehouse",
        expectation="a refresh loses no data by mistake",
        severity="critical",
        source_file=None,
        figures={},
        quote=None,
        message=message,
    )
    return [f"{c.name}: {error}" for c in channels_from_env(env) if (error := deliver([alert], c))]


@cache
def code_digest() -> str:
    """A digest of the code that shapes a built warehouse: the ingest, checks and orchestration packages and
    the dbt project. A refresh under other code rebuilds even when no report changed."""
    files = [REPO_ROOT / "dbt_project" / "dbt_project.yml", REPO_ROOT / "dbt_project" / "profiles.yml"]
    for folder in ("ingest", "expectations", "orchestration"):
        files += (REPO_ROOT / folder).rglob("*.py")
    for folder in ("models", "macros", "seeds", "tests"):
        files += [p for p in (REPO_ROOT / "dbt_project" / folder).rglob("*") if p.is_file()]
    digest = hashlib.sha256()
    for path in sorted(set(files)):
        digest.update(str(path.relative_to(REPO_ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def nothing_to_rebuild(published: Path, fingerprint: str, env: Mapping[str, str] = os.environ) -> bool:
    """The published warehouse was built from this very inbox and code (`fingerprint`), and holds no alert
    waiting for a configured channel (an undelivered alert is retried by a build)."""
    if published_fingerprint(published) != fingerprint:
        return False
    from expectations.alerts import channels_from_env

    if not channels_from_env(env):
        return True
    from expectations.alert_store import undelivered_count  # loads pandas: only when alerts could be sent

    return not undelivered_count(published, channels_from_env(env))
