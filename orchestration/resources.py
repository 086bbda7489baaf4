"""Settings and resources: the one place configuration is read from the environment."""

from __future__ import annotations

import hashlib
import os
import sys
from functools import cache, cached_property
from importlib.metadata import version as package_version
from importlib.util import find_spec
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource
from packaging.version import Version

from ingest.read_text import DEFAULT_PDF_ENGINE, PDF_ENGINES
from orchestration.project import dbt_project

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLES_DIR = REPO_ROOT / "ingest" / "samples"
DEFAULT_WAREHOUSE = REPO_ROOT / "warehouse" / "warehouse.duckdb"


class WarehouseSettings(dg.ConfigurableResource):
    """Where reports come from and where the warehouse lives.

    Empty fields fall back to `COUNCILWH_INBOX` / `COUNCILWH_WAREHOUSE`, then to the bundled
    sample reports and `warehouse/warehouse.duckdb`.
    """

    inbox: str = ""
    warehouse: str = ""
    max_pages: int = 400
    workers: int = 0
    pdf_engine: str = ""

    @property
    def inbox_path(self) -> Path:
        """The folder of report files to ingest."""
        return Path(self.inbox or os.environ.get("COUNCILWH_INBOX") or SAMPLES_DIR).resolve()

    @property
    def warehouse_path(self) -> Path:
        """The published DuckDB file analysts read."""
        return Path(self.warehouse or os.environ.get("COUNCILWH_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()

    @property
    def pdf_engine_name(self) -> str:
        """The PDF engine: this field, else `COUNCILWH_PDF_ENGINE`, else pdfminer.six."""
        engine = self.pdf_engine or os.environ.get("COUNCILWH_PDF_ENGINE") or DEFAULT_PDF_ENGINE
        if engine not in PDF_ENGINES:
            raise ValueError(f"unknown PDF engine {engine!r}; choose one of {', '.join(PDF_ENGINES)}")
        if engine == "pdfium" and find_spec("pypdfium2") is None:
            raise ValueError("the pdfium engine needs pypdfium2: pip install 'councilwh[fast]'")
        return engine

    @property
    def dbt_target_dir(self) -> Path:
        """dbt's artifacts for this warehouse (one folder, overwritten by each run)."""
        return self.warehouse_path.parent / ".build" / f"{self.warehouse_path.stem}.dbt_target"

    @property
    def archive_dir(self) -> Path:
        """Content-addressed copies of every file seen."""
        return self.warehouse_path.parent / "archive"

    @property
    def cache_dir(self) -> Path:
        """Extracted page texts by content hash."""
        return self.warehouse_path.parent / "cache"

    @property
    def data_docs_dir(self) -> Path:
        """Great Expectations Data Docs."""
        return self.warehouse_path.parent / "data_docs"


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


class CouncilDbtCliResource(DbtCliResource):
    """dbt as a subprocess, without two start-up costs this project does not need (about 4 s a run).

    dagster-dbt runs `dbt --version` in a subprocess to learn the CLI's version: the `dbt` executable is
    this virtualenv's, so the installed dbt-core's version is the answer. It also builds an in-process dbt
    adapter (loading every macro) that is used only by `fetch_row_counts` / `fetch_column_metadata`,
    which the dbt assets do not call. dagster-dbt is pinned exactly, so these overrides are checked
    against the one version they were written for (see tests/orchestration/test_definitions.py).
    """

    @cached_property
    def _cli_version(self) -> Version:
        return Version(package_version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):  # noqa: ANN001, ANN202 - dagster-dbt's signature
        return None


def build_resources() -> dict[str, object]:
    """The resources every job of the code location uses."""
    return {
        "settings": WarehouseSettings(),
        "dbt": CouncilDbtCliResource(
            project_dir=dbt_project,
            profiles_dir=str(dbt_project.profiles_dir),
            dbt_executable=str(Path(sys.executable).with_name("dbt")),
        ),
    }
