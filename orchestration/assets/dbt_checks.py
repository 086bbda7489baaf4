"""dbt tests as one Dagster asset check per model (`dbt_tests`), each test's result in its metadata.

dagster-dbt models every dbt test as an asset check of its own: ~100 planned events when a run starts and
~100 evaluations while dbt runs, each written to Dagster's event log, for results a user reads per model.
Here each model has one check summarising its tests. Every test still runs in `dbt build`, and a failing
test still fails (error severity: dbt exits non-zero and the step fails) or warns (warn severity) as
before; the check's metadata lists every test with its status and failing rows.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import dagster as dg

from orchestration.dbt_imports import get_asset_check_key_for_test

DBT_TESTS_CHECK = "dbt_tests"
FAILED = frozenset({"fail", "error"})
PASSED = frozenset({"pass", "skipped"})


def per_model_check_spec(asset_key: dg.AssetKey) -> dg.AssetCheckSpec:
    """The one check of a dbt model or seed that stands for all its dbt tests."""
    return dg.AssetCheckSpec(
        DBT_TESTS_CHECK,
        asset=asset_key,
        description="Every dbt test of this model, run by `dbt build`; each test's status and failing rows "
        "are in the metadata (an error-severity failure also fails the run).",
    )


class DbtTestResults:
    """The dbt test results of one `dbt build`, by the asset each test is attached to."""

    def __init__(self, invocation: Any) -> None:
        self._invocation = invocation
        self.by_asset: dict[dg.AssetKey, dict[str, dict[str, Any]]] = {}

    def add(self, event: Any) -> bool:
        """Keep the event's result if it is a dbt test's; returns whether it was."""
        data = event.raw_event["data"]
        unique_id = data.get("node_info", {}).get("unique_id") or ""
        if not (event.is_result_event and unique_id.startswith("test.")):
            return False
        inv = self._invocation
        key = get_asset_check_key_for_test(inv.manifest, inv.dagster_dbt_translator, unique_id, inv.project)
        if key is not None:
            status = (data.get("node_info", {}).get("node_status") or data.get("status") or "").lower()
            failures = data.get("num_failures")
            self.by_asset.setdefault(key.asset_key, {})[key.name] = {"status": status, "failures": failures}
        return True

    def check_results(self, selected: set[dg.AssetCheckKey]) -> Iterator[dg.AssetCheckResult]:
        """One result per asset whose `dbt_tests` check is selected and had a test that ran."""
        for asset_key, tests in sorted(self.by_asset.items(), key=lambda item: item[0].to_user_string()):
            if dg.AssetCheckKey(asset_key, DBT_TESTS_CHECK) not in selected:
                continue
            statuses = [t["status"] for t in tests.values()]
            if all(s == "skipped" for s in statuses):
                continue
            failed = sorted(name for name, t in tests.items() if t["status"] in FAILED)
            warned = sorted(name for name, t in tests.items() if t["status"] == "warn")
            yield dg.AssetCheckResult(
                check_name=DBT_TESTS_CHECK,
                asset_key=asset_key,
                passed=all(s in PASSED for s in statuses),
                severity=dg.AssetCheckSeverity.ERROR if failed else dg.AssetCheckSeverity.WARN,
                metadata={
                    "tests": len(tests),
                    "failed_tests": failed,
                    "warned_tests": warned,
                    "results": dg.MetadataValue.json(dict(sorted(tests.items()))),
                },
            )


def summarised_test_events(invocation: Any, context: dg.AssetExecutionContext) -> Iterator[Any]:
    """The Dagster events of a dbt invocation, with its test results gathered into one check per model.

    Model and seed results become materializations as dagster-dbt makes them; the test summaries follow
    when dbt ends, also when it fails (then the failure is raised after them, failing the step as before).
    """
    tests = DbtTestResults(invocation)
    selected = set(context.selected_asset_check_keys)
    try:
        for event in invocation.stream_raw_events():
            if tests.add(event):
                continue
            yield from event.to_default_asset_events(
                manifest=invocation.manifest,
                dagster_dbt_translator=invocation.dagster_dbt_translator,
                context=context,
                target_path=invocation.target_path,
                project=invocation.project,
            )
    except Exception:
        yield from tests.check_results(selected)
        raise
    yield from tests.check_results(selected)
