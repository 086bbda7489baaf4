"""dbt's documentation site of the warehouse, built offline: `councilwh docs` and `make docs`.

`dbt docs generate --static` writes one self-contained HTML page (models, sources, columns with their
descriptions and types, lineage). It needs a database to read the column types from: it reads a copy of
the published warehouse, so the published file is never opened for writing and readers are not disturbed.
Plain Python, no Dagster.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from orchestration.config import REPO_ROOT

DBT_PROJECT_DIR = REPO_ROOT / "dbt_project"
SITE_FILES = ("static_index.html", "manifest.json", "catalog.json")


def docs_dir(warehouse: Path) -> Path:
    """Where the docs site of `warehouse` goes: `<warehouse dir>/docs/`."""
    return warehouse.parent / "docs"


def build_docs_site(warehouse: Path, target: Path | None = None) -> Path:
    """Generate dbt's static docs site of `warehouse` into `target`; the path of its `index.html`.

    Args:
        warehouse: the published DuckDB file (read through a copy).
        target: the folder to write (default: `docs_dir(warehouse)`), replaced as a whole.

    Raises:
        FileNotFoundError: no warehouse at `warehouse`.
        subprocess.CalledProcessError: dbt failed (its output is in the exception).
    """
    if not warehouse.exists():
        raise FileNotFoundError(f"no warehouse at {warehouse}; run `councilwh refresh` first")
    target = target or docs_dir(warehouse)
    with tempfile.TemporaryDirectory(prefix="councilwh-docs-") as scratch:
        work = Path(scratch)
        copy = work / "warehouse.duckdb"
        shutil.copyfile(warehouse, copy)
        _dbt_docs_generate(copy, work / "target", work / "logs")
        staging = work / "site"
        staging.mkdir()
        for name in SITE_FILES:
            shutil.copyfile(work / "target" / name, staging / name)
        (staging / "static_index.html").rename(staging / "index.html")
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(staging, target)
    return target / "index.html"


def _dbt_docs_generate(database: Path, target_path: Path, log_path: Path) -> None:
    dbt = Path(sys.executable).with_name("dbt")
    command = [
        str(dbt),
        "docs",
        "generate",
        "--static",
        "--project-dir",
        str(DBT_PROJECT_DIR),
        "--profiles-dir",
        str(DBT_PROJECT_DIR),
        "--target-path",
        str(target_path),
        "--log-path",
        str(log_path),
        "--quiet",
    ]
    env = {**os.environ, "COUNCILWH_BUILD_PATH": str(database), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    subprocess.run(command, check=True, env=env, capture_output=True, text=True)
