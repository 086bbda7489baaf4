import pytest

from orchestration.dbt_manifest import ensure_dbt_manifest


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> None:
    """The Dagster definitions load dbt's manifest; parse the project if it is missing or older than its files."""
    ensure_dbt_manifest()
