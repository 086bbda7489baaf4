import pytest

from orchestration.cli import ensure_dbt_manifest


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> None:
    """The Dagster definitions load dbt's manifest; parse the project once if it is missing."""
    ensure_dbt_manifest()
