"""Dagster resources: the warehouse settings (resolved by `orchestration.config`) and dbt."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from functools import cached_property
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any

import dagster as dg
from packaging.version import Version

from ingest.refresh import IngestSettings
from ingest.state.warehouse_file import dbt_target_path
from orchestration import config
from orchestration.dbt_imports import (
    DagsterDbtTranslator,
    DbtCliResource,
    extract_runtime_selection_from_args,
    get_updated_cli_invocation_params_for_context,
    validate_manifest,
    validate_opt_translator,
)
from orchestration.dbt_inprocess import InProcessDbtInvocation, dbt_args
from orchestration.project import dbt_project


class WarehouseSettings(dg.ConfigurableResource):
    """Where reports come from and where the warehouse lives.

    Empty fields fall back to `COUNCILWH_INBOX` / `COUNCILWH_WAREHOUSE`, then to the bundled
    sample reports and `warehouse/warehouse.duckdb`.
    """

    inbox: str = ""
    warehouse: str = ""
    max_pages: int = config.MAX_PAGES
    workers: int = 0
    pdf_engine: str = ""
    allow_removals: bool = False  # or COUNCILWH_ALLOW_REMOVALS: may mark many published documents removed
    max_removed_share: float = -1.0  # below 0: COUNCILWH_MAX_REMOVED_SHARE, else one half
    lock_wait_seconds: float = 900.0  # how long a run waits for another refresh's lock before failing

    @property
    def inbox_path(self) -> Path:
        """The folder of report files to ingest."""
        return config.inbox_path(self.inbox)

    @property
    def warehouse_path(self) -> Path:
        """The published DuckDB file analysts read."""
        return config.warehouse_path(self.warehouse)

    @property
    def pdf_engine_name(self) -> str:
        """The PDF engine: this field, else `COUNCILWH_PDF_ENGINE`, else pdfminer.six."""
        return config.pdf_engine_name(self.pdf_engine)

    @property
    def removals_allowed(self) -> bool:
        """Whether this refresh may mark more than `removal_share` of the published documents removed."""
        return config.allow_removals(self.allow_removals)

    @property
    def removal_share(self) -> float:
        """The share of published documents a refresh may mark removed without `allow_removals`."""
        return config.max_removed_share(self.max_removed_share if self.max_removed_share >= 0 else None)

    @property
    def dbt_target_dir(self) -> Path:
        """dbt's artifacts for this warehouse (one folder, overwritten by each run)."""
        return dbt_target_path(self.warehouse_path)

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

    @property
    def ingest_settings(self) -> IngestSettings:
        """These settings as the plain-Python ingest takes them."""
        return IngestSettings(
            inbox=self.inbox_path,
            warehouse=self.warehouse_path,
            archive_dir=self.archive_dir,
            cache_dir=self.cache_dir,
            workers=self.workers or None,
            max_pages=self.max_pages,
            pdf_engine=self.pdf_engine_name,
        )


class CouncilDbtCliResource(DbtCliResource):
    """dbt for the dbt assets, run in this process (`orchestration.dbt_inprocess`), without three start-up
    costs this project does not need (about 5 s a run).

    dagster-dbt runs `dbt --version` in a subprocess to learn the CLI's version: the `dbt` executable is
    this virtualenv's, so the installed dbt-core's version is the answer. It builds an in-process dbt
    adapter (loading every macro) that is used only by `fetch_row_counts` / `fetch_column_metadata`,
    which the dbt assets do not call. And it runs each dbt command in a subprocess, which imports dbt-core
    again. The selection (a subset of the dbt assets picked in the UI) is worked out by dagster-dbt as for
    a subprocess. dagster-dbt is pinned exactly, so these overrides are checked against the one version
    they were written for (see tests/orchestration/test_definitions.py).
    """

    @cached_property
    def _cli_version(self) -> Version:
        return Version(package_version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):  # noqa: ANN001, ANN202 - dagster-dbt's signature
        return None

    def cli(  # noqa: PLR0913 - dagster-dbt's signature
        self,
        args: Sequence[str],
        *,
        raise_on_error: bool = True,
        manifest: Any = None,
        dagster_dbt_translator: DagsterDbtTranslator | None = None,
        context: Any = None,
        target_path: Path | None = None,
    ) -> InProcessDbtInvocation:
        """`dbt <args>` for `context`'s selected dbt assets, as dagster-dbt's `cli` builds it, run in-process."""
        translator = validate_opt_translator(dagster_dbt_translator) or DagsterDbtTranslator()
        command, selects, excludes = extract_runtime_selection_from_args(list(args))
        params = get_updated_cli_invocation_params_for_context(
            context=context,
            manifest=validate_manifest(manifest) if manifest else {},
            dagster_dbt_translator=translator,
            runtime_selects=selects,
            runtime_excludes=excludes,
        )
        project_dir = Path(params.dbt_project.project_dir if params.dbt_project else self.project_dir)
        target = target_path or self._get_unique_target_path(context=context)
        target = target if target.is_absolute() else project_dir / target
        command = [*self.global_config_flags, *command]
        extra = list(params.selection_args)
        extra += ["--profile", self.profile] if self.profile else []
        extra += ["--target", self.target] if self.target else []
        extra += ["--indirect-selection", params.indirect_selection] if params.indirect_selection else []
        return InProcessDbtInvocation(
            args=dbt_args(
                command,
                project_dir=project_dir,
                profiles_dir=self.profiles_dir,
                target_path=target,
                extra=extra,
            ),
            manifest=params.manifest,
            dagster_dbt_translator=params.dagster_dbt_translator,
            project_dir=project_dir,
            target_path=target,
            project=params.dbt_project,
            raise_on_error=raise_on_error,
        )


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
