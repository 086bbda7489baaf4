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

from ingest.read.inbox import list_report_files
from ingest.read.report import DEFAULT_PDF_ENGINE, PDF_ENGINES
from ingest.state.fingerprint import inbox_state, published_fingerprint, refresh_fingerprint

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "ingest" / "samples"
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "warehouse.duckdb"
MAX_PAGES = 400  # a longer PDF is quarantined rather than read
REBUILD_TAG = "councilwh/rebuild"  # a run tagged "true" rebuilds even when nothing changed


def inbox_path(value: str = "") -> Path:
    """The folder of report files: `value`, else `COUNCILWH_INBOX`, else the bundled sample reports."""
    return Path(value or os.environ.get("COUNCILWH_INBOX") or SAMPLES_DIR).resolve()


def warehouse_path(value: str = "") -> Path:
    """The published DuckDB file: `value`, else `COUNCILWH_WAREHOUSE`, else `warehouse/warehouse.duckdb`."""
    return Path(value or os.environ.get("COUNCILWH_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()


def pdf_engine_name(value: str = "") -> str:
    """The PDF engine: `value`, else `COUNCILWH_PDF_ENGINE`, else pdfminer.six."""
    engine = value or os.environ.get("COUNCILWH_PDF_ENGINE") or DEFAULT_PDF_ENGINE
    if engine not in PDF_ENGINES:
        raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(PDF_ENGINES)}")
    if engine == "pdfium" and find_spec("pypdfium2") is None:
        raise ValueError("the pdfium engine needs pypdfium2: pip install 'councilwh[fast]'")
    return engine


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


def build_fingerprint(files: list[Path], inbox: Path, pdf_engine: str, max_pages: int) -> str:
    """What a build from these inbox files would be made of: their names and contents, the code, the PDF
    engine and the page limit."""
    versions = {"code": code_digest(), "pdf_engine": pdf_engine, "max_pages": max_pages}
    return refresh_fingerprint(inbox_state(files, inbox), versions)


def nothing_to_rebuild(published: Path, fingerprint: str, env: Mapping[str, str] = os.environ) -> bool:
    """The published warehouse was built from this very inbox and code (`fingerprint`), and holds no alert
    waiting for a configured channel (an undelivered alert is retried by a build)."""
    if published_fingerprint(published) != fingerprint:
        return False
    from expectations.alerts import channels_from_env

    if not channels_from_env(env):
        return True
    from expectations.alert_store import undelivered_count  # loads pandas: only when alerts could be sent

    return not undelivered_count(published)


def current_fingerprint(inbox: Path, pdf_engine: str, max_pages: int = MAX_PAGES) -> str:
    """The fingerprint a build from the inbox as it is now would record."""
    return build_fingerprint(list_report_files(inbox), inbox, pdf_engine, max_pages)


def up_to_date(inbox: Path, published: Path, pdf_engine: str, max_pages: int = MAX_PAGES) -> bool:
    """Whether a refresh of `published` from `inbox` would change nothing."""
    return nothing_to_rebuild(published, current_fingerprint(inbox, pdf_engine, max_pages))
