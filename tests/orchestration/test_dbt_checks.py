"""dbt tests as one Dagster asset check per model: every test still runs in `dbt build`, its result is in
the check's metadata, and an error-severity failure still fails dbt. Real parts: an invented report
ingested into a real DuckDB file, a broken row injected into `raw.*`, real dbt."""

from pathlib import Path

import dagster as dg
import duckdb
import pytest

from orchestration.assets.dbt import CouncilDbtTranslator
from orchestration.assets.dbt_checks import DBT_TESTS_CHECK, DbtTestResults
from orchestration.dbt_imports import DagsterDbtCliRuntimeError
from orchestration.definitions import defs
from orchestration.project import dbt_project
from tests.fixtures.raw_build import raw_build

REPORT = """# Borsetshire County Council: Corporate Peer Challenge feedback report

The council set a balanced budget of £212.4m for 2023/24.

## Key recommendations

1. Publish a three-year savings plan with named owners.
2. Strengthen scrutiny of the capital programme.
"""
TWICE = "insert into raw.documents select * from raw.documents"  # the same report recorded twice


def test_each_dbt_model_with_tests_has_one_check_for_all_of_them() -> None:
    checks = {key for key in defs.resolve_asset_graph().asset_check_keys}
    dbt_checks = {key for key in checks if key.name == DBT_TESTS_CHECK}
    assert dg.AssetCheckKey(dg.AssetKey(["marts", "recommendations"]), DBT_TESTS_CHECK) in dbt_checks
    assert dg.AssetCheckKey(dg.AssetKey(["marts", "documents"]), DBT_TESTS_CHECK) in dbt_checks
    assert not any(key.name.startswith(("not_null_", "unique_", "relationships_")) for key in checks)


@pytest.fixture(scope="module")
def broken_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    build = raw_build(tmp_path_factory.mktemp("dbt_checks"), {"borsetshire_peer_challenge.md": REPORT})
    with duckdb.connect(str(build)) as con:
        con.execute(TWICE)
    return build


def test_a_failing_test_is_named_in_its_models_check_and_still_fails_dbt(
    broken_build: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNCILWH_BUILD_PATH", str(broken_build))
    dbt = defs.resources["dbt"]  # the refresh's own dbt resource
    invocation = dbt.cli(
        ["build"],
        manifest=dbt_project.manifest_path,
        dagster_dbt_translator=CouncilDbtTranslator(),
        target_path=broken_build.parent / "target",
    )
    tests = DbtTestResults(invocation)
    with pytest.raises(DagsterDbtCliRuntimeError):
        for event in invocation.stream_raw_events():
            tests.add(event)
    selected = {dg.AssetCheckKey(key, DBT_TESTS_CHECK) for key in tests.by_asset}
    results = {r.asset_key.to_user_string(): r for r in tests.check_results(selected)}

    documents = results["marts/documents"]
    assert not documents.passed and documents.severity == dg.AssetCheckSeverity.ERROR
    assert documents.metadata["failed_tests"].value == ["unique_documents_document_id"]
    statuses = documents.metadata["results"].value
    assert statuses["not_null_documents_source_file"]["status"] == "pass"
    assert statuses["unique_documents_document_id"] == {"status": "fail", "failures": 1}
    assert documents.metadata["tests"].value == len(statuses) > 1
