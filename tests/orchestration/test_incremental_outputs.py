"""What a refresh writes besides the marts, kept from the previous refresh where nothing changed: after real
CLI refreshes that add, change and remove invented reports, the exports, the dashboard, the inbox state and
the checks' outcomes equal those written from scratch, and those of a full rebuild (`--force`)."""

import json
import shutil
from dataclasses import asdict
from pathlib import Path

import duckdb
import pytest

from expectations.runner import load_outcomes, run_all
from ingest.state.exports import export_marts, exports_dir
from ingest.state.fingerprint import hash_cache_path, inbox_state
from orchestration.config import checked_inbox_state
from orchestration.dashboard.site import build_dashboard, dashboard_dir
from tests.conftest import run_cli
from tests.fixtures.report_pool import pool_and_inbox

NEW_FIGURE = "\nWyvern District Council delivered savings of £2.7m in 2023/24 against a target of £3.1m.\n"


def _refresh(inbox: Path, warehouse: Path, *options: str) -> None:
    result = run_cli("refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), *options)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def _tree(folder: Path, leave_out: tuple[str, ...] = ()) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in leave_out
    }


def _plain(outcomes: list) -> list[dict]:
    """Outcomes as sorted JSON-like dicts (failures included)."""
    return sorted((json.loads(json.dumps(asdict(o), default=str)) for o in outcomes), key=str)


def _outcomes(warehouse: Path) -> list[dict]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return _plain(load_outcomes(con))


def _alerts(warehouse: Path) -> list[tuple]:
    with duckdb.connect(str(warehouse), read_only=True) as con:
        return con.execute(
            "select severity, check_name, source_file, message from marts.alerts order by all"
        ).fetchall()


@pytest.fixture(scope="module")
def sequence(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("outputs")
    pool, inbox, warehouse = pool_and_inbox(root)
    _refresh(inbox, warehouse)
    shutil.copy(pool[5], inbox / pool[5].name)  # one added
    _refresh(inbox, warehouse)
    changed = inbox / pool[0].name  # one changed, one removed, one more added
    changed.write_text(changed.read_text(encoding="utf-8") + NEW_FIGURE, encoding="utf-8")
    (inbox / pool[2].name).unlink()
    shutil.copy(pool[6], inbox / pool[6].name)
    _refresh(inbox, warehouse)
    saved = root / "incremental"
    shutil.copytree(warehouse.parent, saved, ignore=shutil.ignore_patterns("archive", "cache", ".build"))
    _refresh(inbox, warehouse, "--force")
    return {"inbox": inbox, "incremental": saved / warehouse.name, "full": warehouse, "root": root}


def test_the_exports_kept_and_appended_are_those_written_from_scratch(sequence: dict) -> None:
    incremental = sequence["incremental"]
    fresh = sequence["root"] / "fresh_exports"
    export_marts(incremental, fresh)
    kept = _tree(exports_dir(incremental), ("manifest.json",))
    assert kept == _tree(fresh, ("manifest.json",))
    assert len(kept) > 10 and b"2.7m" in kept["savings.csv"]


def test_the_dashboard_kept_and_joined_is_the_one_built_from_scratch(sequence: dict) -> None:
    incremental, full = sequence["incremental"], sequence["full"]
    fresh = sequence["root"] / "fresh_dashboard"
    build_dashboard(incremental, fresh)
    assert _tree(dashboard_dir(incremental)) == _tree(fresh)
    # the full rebuild's marts are the same rows: the same pages but for its build time
    assert _tree(dashboard_dir(full), ("built.js",)) == _tree(fresh, ("built.js",))


def test_the_checks_and_alerts_are_those_of_a_full_rebuild_and_of_a_run_from_scratch(
    sequence: dict, tmp_path: Path
) -> None:
    incremental, full = sequence["incremental"], sequence["full"]
    assert _outcomes(incremental) == _outcomes(full)
    assert _alerts(incremental) == _alerts(full)
    copy = tmp_path / "copy.duckdb"
    shutil.copy(incremental, copy)
    with duckdb.connect(str(copy)) as con:
        again = _plain(run_all(con))
    assert again == _outcomes(incremental)
    assert len(again) >= 9


def test_the_inbox_state_from_the_hash_cache_is_the_one_hashing_gives(sequence: dict) -> None:
    inbox, full = sequence["inbox"], sequence["full"]
    assert hash_cache_path(full).exists()
    cached = checked_inbox_state(inbox, full)
    files = sorted(p for p in inbox.iterdir())
    assert cached == inbox_state(files, inbox) and len(cached) == 6
