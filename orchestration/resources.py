"""Settings and resources: the one place configuration is read from the environment."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import dagster as dg
from dagster_dbt import DbtCliResource

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

    @property
    def inbox_path(self) -> Path:
        """The folder of report files to ingest."""
        return Path(self.inbox or os.environ.get("COUNCILWH_INBOX") or SAMPLES_DIR).resolve()

    @property
    def warehouse_path(self) -> Path:
        """The published DuckDB file analysts read."""
        return Path(self.warehouse or os.environ.get("COUNCILWH_WAREHOUSE") or DEFAULT_WAREHOUSE).resolve()

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


def build_resources() -> dict[str, object]:
    """The resources every job of the code location uses."""
    return {
        "settings": WarehouseSettings(),
        "dbt": DbtCliResource(
            project_dir=dbt_project,
            profiles_dir=str(dbt_project.profiles_dir),
            dbt_executable=str(Path(sys.executable).with_name("dbt")),
        ),
    }
