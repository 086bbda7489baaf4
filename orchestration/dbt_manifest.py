"""dbt's manifest, which the Dagster definitions load: parsed again whenever the project's files are newer than it
(a checkout of new code over an old parse would have the refresh name dbt tests the build no longer has)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

# the dbt project's folders whose files the manifest is parsed from (not target/, logs/ or installed packages)
DBT_SOURCE_FOLDERS = ("models", "macros", "seeds", "tests", "snapshots", "analyses")


def manifest_is_current(manifest: Path, project_dir: Path) -> bool:
    """Whether `manifest` was parsed after every file of the dbt project last changed."""
    if not manifest.exists():
        return False
    parsed = manifest.stat().st_mtime
    sources = [*project_dir.glob("*.yml")]
    for folder in DBT_SOURCE_FOLDERS:
        sources.extend(path for path in (project_dir / folder).rglob("*") if path.is_file())
    return all(path.stat().st_mtime <= parsed for path in sources)


def refresh_manifest(project_dir: Path, profiles_dir: Path, manifest: Path) -> bool:
    """Run `dbt parse` when `manifest` is missing or older than the project's files; whether it ran."""
    if manifest_is_current(manifest, project_dir):
        return False
    dbt = Path(sys.executable).with_name("dbt")
    subprocess.run(
        [
            str(dbt),
            "parse",
            "--project-dir",
            str(project_dir),
            "--profiles-dir",
            str(profiles_dir),
            "--quiet",
        ],
        check=True,
    )
    return True


def ensure_dbt_manifest() -> None:
    """The project's manifest, parsed again if it is missing or stale (`refresh_manifest`)."""
    from orchestration.project import dbt_project

    refresh_manifest(dbt_project.project_dir, dbt_project.profiles_dir, dbt_project.manifest_path)
