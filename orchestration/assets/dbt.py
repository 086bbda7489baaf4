"""dbt assets: `dbt build` over this run's build warehouse; sources link to the `raw/*` assets."""

import os
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

import dagster as dg
import yaml

from expectations.worker import prestart
from ingest.state.incremental import incremental_build
from ingest.state.warehouse_file import build_path, dbt_link_path
from orchestration.assets.dbt_checks import per_model_check_spec, summarised_test_events
from orchestration.dbt_imports import (
    DagsterDbtTranslator,
    DbtCliResource,
    dbt_assets,
    default_description_fn,
    validate_manifest,
)
from orchestration.progress import dbt_console_log, dbt_output
from orchestration.project import dbt_project
from orchestration.resources import WarehouseSettings


class CouncilDbtTranslator(DagsterDbtTranslator):
    """Asset keys `[schema, model]` (`marts/savings`), groups by layer; sources keep their meta keys;
    descriptions without the raw SQL (the column descriptions are in the asset's column schema)."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] == "source":
            return super().get_asset_key(dbt_resource_props)
        return dg.AssetKey([self._layer(dbt_resource_props), dbt_resource_props["name"]])

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        return self._layer(dbt_resource_props)

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        """The model's dbt description, without the raw SQL dagster-dbt appends by default."""
        return default_description_fn(dbt_resource_props, display_raw_sql=False)

    def get_asset_check_spec(
        self,
        asset_spec: dg.AssetSpec,
        manifest: Mapping[str, Any],
        unique_id: str,
        project: Any,
    ) -> dg.AssetCheckSpec | None:
        """One check per model, `dbt_tests`, for all the dbt tests attached to it (not one per test)."""
        spec = super().get_asset_check_spec(asset_spec, manifest, unique_id, project)
        return None if spec is None else per_model_check_spec(spec.asset_key)

    @staticmethod
    def _layer(props: Mapping[str, Any]) -> str:
        return props.get("config", {}).get("schema") or props.get("schema") or "staging"


@contextmanager
def build_target(build: Path, link: Path) -> Iterator[None]:
    """Point dbt's profile (env var COUNCILWH_BUILD_PATH) at this run's build file through `link`.

    dbt parses the whole project again whenever its connection settings change, and the build file's
    name changes every run; a link with a stable name keeps dbt's partial parsing (1.5-2 s a run).
    """
    previous = os.environ.get("COUNCILWH_BUILD_PATH")
    link.unlink(missing_ok=True)
    link.symlink_to(build.name)
    os.environ["COUNCILWH_BUILD_PATH"] = str(link)
    try:
        yield
    finally:
        link.unlink(missing_ok=True)
        if previous is None:
            os.environ.pop("COUNCILWH_BUILD_PATH", None)
        else:
            os.environ["COUNCILWH_BUILD_PATH"] = previous


# What an incremental build leaves out of `dbt build`: it starts from a copy of the published warehouse built
# by the same code, dbt project and seeds included (`ingest.state.incremental`), so the seeds and their tests,
# the unit tests (of the SQL, not the data) and the staging views are already there as this run would make
# them. The tables (marts and stored intermediate steps) and their tests run: they read the changed rows;
# except the row rules' tests (`row_rule_tests`).
UNCHANGED_ON_INCREMENTAL_BUILD = (
    "resource_type:seed",
    "resource_type:unit_test",
    "config.materialized:view,config.schema:staging",
)


@cache
def source_docs(source: str, table: str) -> tuple[str, dict[str, str]]:
    """The description of a table written outside dbt and declared as a dbt source (e.g. `marts.alerts` in
    models/marts/_alerts.yml), and its columns', as dbt parsed them (`{{ doc() }}` rendered); empty if the
    project does not declare it."""
    manifest = validate_manifest(dbt_project.manifest_path)  # dagster-dbt's parsed copy, read once a process
    for node in manifest["sources"].values():
        if node["source_name"] == source and node["name"] == table:
            columns = {name: column.get("description") or "" for name, column in node["columns"].items()}
            return node.get("description") or "", columns
    return "", {}


@cache
def row_rule_tests() -> tuple[str, ...]:
    """The dbt tests that are row rules (macros/row_rules.sql; the project vars `row_rule_marts`,
    `row_rule_tests`, `pipeline_columns`). The mart's post-hook has set aside every row that breaks one, so
    they can fail only if the set-aside itself is broken: they run on full builds, not incremental ones."""
    manifest = validate_manifest(dbt_project.manifest_path)  # dagster-dbt's parsed copy, read once a process
    project_vars = yaml.safe_load((Path(dbt_project.project_dir) / "dbt_project.yml").read_text())["vars"]
    marts, kinds = set(project_vars["row_rule_marts"]), set(project_vars["row_rule_tests"])
    names = []
    for node in manifest["nodes"].values():
        metadata = node.get("test_metadata") or {}
        attached = (node.get("attached_node") or "").rsplit(".", 1)[-1]
        column = (metadata.get("kwargs") or {}).get("column_name")
        if (
            attached in marts
            and metadata.get("name") in kinds
            and column not in project_vars["pipeline_columns"]
        ):
            names.append(node["name"])
    return tuple(sorted(names))


def dbt_build_args(incremental: bool) -> list[str]:
    """`dbt build`'s arguments: the file log only for warnings (at debug level it grows by ~10,000 lines a
    run); no JSON artifacts (dbt writes its 1 MB manifest twice a run and nothing here reads it: Dagster
    loads the project's own manifest, and each node's result and time are in the console log); an
    incremental build leaves out what it already holds (`UNCHANGED_ON_INCREMENTAL_BUILD`) and the row
    rules' tests (`row_rule_tests`)."""
    args = ["build", "--log-level-file", "warn", "--no-use-colors", "--no-write-json"]
    if incremental:
        left_out = [*UNCHANGED_ON_INCREMENTAL_BUILD, *row_rule_tests()]
        args += ["--exclude", " ".join(left_out)]  # one value: as dagster-dbt passes it
    return args


@dbt_assets(
    manifest=dbt_project.manifest_path, dagster_dbt_translator=CouncilDbtTranslator(), pool="warehouse_writer"
)
def dbt_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, settings: WarehouseSettings):
    """Staging views and the analyst-facing marts, built and tested by dbt."""
    prestart()  # the checks' worker, if the raw step did not start one (e.g. a run of the dbt assets alone)
    build = build_path(settings.warehouse_path, context.run.run_id)
    args = dbt_build_args(incremental_build(build))
    with build_target(build, dbt_link_path(settings.warehouse_path)):
        invocation = dbt.cli(args, context=context, target_path=settings.dbt_target_dir)
        events = summarised_test_events(invocation, context)  # one `dbt_tests` check per model
        # dbt's console output is kept in a file; `councilwh refresh` shows progress and a summary instead
        yield from dbt_output(events, dbt_console_log(settings.dbt_target_dir))
    context.log.info(f"dbt ran in {invocation.ran_in}")
