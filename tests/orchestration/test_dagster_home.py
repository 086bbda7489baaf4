"""The Dagster home the CLI makes: Dagster's default storage, telemetry off."""

import argparse
from pathlib import Path

import pytest
from dagster import DagsterInstance

from orchestration import cli


def test_default_dagster_home_has_telemetry_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setattr(cli, "DEFAULT_DAGSTER_HOME", tmp_path / "dagster_home")
    cli._prepare_environment(argparse.Namespace())
    with DagsterInstance.from_config(str(tmp_path / "dagster_home")) as instance:
        assert instance.telemetry_enabled is False


def test_an_older_dagster_home_gets_telemetry_switched_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home = tmp_path / "dagster_home"
    home.mkdir()
    (home / "dagster.yaml").write_text("# Dagster instance settings; empty: the defaults\n")
    monkeypatch.delenv("DAGSTER_HOME", raising=False)
    monkeypatch.setattr(cli, "DEFAULT_DAGSTER_HOME", home)
    cli._prepare_environment(argparse.Namespace())
    cli._prepare_environment(argparse.Namespace())  # said once, not appended again
    assert (home / "dagster.yaml").read_text().count("telemetry:") == 1
    with DagsterInstance.from_config(str(home)) as instance:
        assert instance.telemetry_enabled is False
