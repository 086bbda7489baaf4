"""The manifest the Dagster definitions load is parsed again when the dbt project's files are newer than it (new
code checked out over an old parse), so a refresh never names dbt tests that no longer exist."""

import json
import os
import shutil
from pathlib import Path

from orchestration.dbt_manifest import manifest_is_current, refresh_manifest
from orchestration.project import dbt_project


def _project(tmp_path: Path) -> tuple[Path, Path]:
    project = tmp_path / "dbt_project"
    (project / "models" / "marts").mkdir(parents=True)
    (project / "seeds").mkdir()
    (project / "target").mkdir()
    (project / "dbt_project.yml").write_text("name: fenby\n")
    (project / "models" / "marts" / "fenby.sql").write_text("select 1 as one\n")
    (project / "seeds" / "rules.csv").write_text("priority\n1\n")
    manifest = project / "target" / "manifest.json"
    manifest.write_text("{}")
    return project, manifest


def _age(path: Path, seconds: float) -> None:
    stamp = path.stat().st_mtime - seconds
    os.utime(path, (stamp, stamp))


def test_a_manifest_parsed_after_every_file_is_current(tmp_path: Path) -> None:
    project, manifest = _project(tmp_path)
    for path in project.rglob("*"):
        if path.is_file() and path != manifest:
            _age(path, 60)
    assert manifest_is_current(manifest, project)


def test_a_model_seed_or_project_file_changed_since_the_parse_makes_it_stale(tmp_path: Path) -> None:
    for changed in ("models/marts/fenby.sql", "seeds/rules.csv", "dbt_project.yml"):
        project, manifest = _project(tmp_path / changed.replace("/", "_"))
        _age(manifest, 60)
        for path in project.rglob("*"):
            if path.is_file() and path not in (manifest, project / changed):
                _age(path, 120)
        assert not manifest_is_current(manifest, project), changed


def test_a_missing_manifest_is_not_current(tmp_path: Path) -> None:
    project, manifest = _project(tmp_path)
    manifest.unlink()
    assert not manifest_is_current(manifest, project)


def test_a_stale_manifest_of_the_project_is_parsed_again(tmp_path: Path) -> None:
    # a copy of the real project, so the suite's own manifest is left alone
    project = tmp_path / "dbt_project"
    shutil.copytree(
        dbt_project.project_dir,
        project,
        ignore=shutil.ignore_patterns("target", "logs", "dbt_packages", ".user.yml"),
    )
    manifest = project / "target" / "manifest.json"
    assert refresh_manifest(project, project, manifest)
    assert not refresh_manifest(project, project, manifest)  # current now: not parsed again
    os.utime(manifest, (0, 0))  # older than every file of the project: as after a checkout of new code
    assert refresh_manifest(project, project, manifest)
    assert manifest_is_current(manifest, project)
    assert json.loads(manifest.read_text())["nodes"]
