"""Great Expectations suites as Dagster asset checks on the marts (dbt tests are checks of their own)."""

import dagster as dg

from expectations.runner import CHECKS
from expectations.worker import run_checks
from ingest.state.warehouse_file import build_path
from orchestration.resources import WarehouseSettings

CHECK_SPECS = [
    dg.AssetCheckSpec(
        check.name, asset=dg.AssetKey(["marts", check.asset]), description=check.description, blocking=True
    )
    for check in CHECKS
]


@dg.multi_asset_check(specs=CHECK_SPECS, name="great_expectations", pool="warehouse_writer")
def great_expectations_checks(context: dg.AssetCheckExecutionContext, settings: WarehouseSettings):
    """Validate the marts of this run's build with every GE suite; outcomes are kept for the alerts."""
    build = build_path(settings.warehouse_path, context.run.run_id)
    outcomes = run_checks(build, settings.data_docs_dir)  # in the worker the dbt step started, if alive
    for outcome in outcomes:
        failed_rows = sum(f.unexpected_count for f in outcome.failures)
        yield dg.AssetCheckResult(
            check_name=outcome.check,
            asset_key=dg.AssetKey(["marts", outcome.asset]),
            passed=outcome.success,
            # a report whose figures do not add up is the report's problem: warn and alert, keep publishing
            severity=dg.AssetCheckSeverity.WARN,
            metadata={
                "ge_severity": outcome.severity or "none",
                "rows_checked": outcome.rows_checked,
                "failed_rows": failed_rows,
                "failed_expectations": [f"{f.expectation}({f.column})" for f in outcome.failures],
            },
        )
