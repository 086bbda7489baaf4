import os
import subprocess
import sys
from pathlib import Path

import pytest

from orchestration.cli import ensure_dbt_manifest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


@pytest.fixture(scope="session", autouse=True)
def dbt_manifest() -> None:
    """The Dagster definitions load dbt's manifest; parse the project once if it is missing."""
    ensure_dbt_manifest()


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run the real `councilwh` command."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [str(BIN / "councilwh"), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
        cwd=REPO,
    )
