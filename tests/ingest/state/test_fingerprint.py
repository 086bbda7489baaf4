"""A whole build is reusable when neither the inbox nor the code changed (the fingerprint kept in the built
warehouse)."""

import json
import os
import time
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from ingest.read.inbox import list_report_files
from ingest.read.report import hash_bytes
from ingest.state import fingerprint
from ingest.state.fingerprint import (
    inbox_state,
    published_fingerprint,
    refresh_fingerprint,
    write_fingerprint,
)

VERSIONS = {"code": "abc", "pdf_engine": "pdfminer", "max_pages": 400}


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    (inbox / "sub").mkdir(parents=True)
    (inbox / "a.txt").write_text("Borsetshire County Council saved £2m.\n", encoding="utf-8")
    (inbox / "sub" / "b.md").write_text("# Progress review\nReserves were £9.1m.\n", encoding="utf-8")
    return inbox


def _fingerprint(inbox: Path, versions: dict = VERSIONS) -> str:
    return refresh_fingerprint(inbox_state(list_report_files(inbox), inbox), versions)


def test_the_fingerprint_ignores_modification_times_but_not_contents_or_names(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    before = _fingerprint(inbox)
    (inbox / "a.txt").touch()  # same bytes, new mtime: nothing to rebuild
    assert _fingerprint(inbox) == before
    (inbox / "a.txt").write_text("Borsetshire County Council saved £3m.\n", encoding="utf-8")
    changed = _fingerprint(inbox)
    assert changed != before
    (inbox / "a.txt").rename(inbox / "renamed.txt")  # names reach the marts: a rename is a change
    assert _fingerprint(inbox) not in (before, changed)


def test_the_fingerprint_changes_with_the_code_or_the_pdf_engine(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    base = _fingerprint(inbox)
    assert _fingerprint(inbox, {**VERSIONS, "code": "abd"}) != base
    assert _fingerprint(inbox, {**VERSIONS, "pdf_engine": "pdfium"}) != base


def test_a_file_that_cannot_be_read_is_part_of_the_state(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    files = list_report_files(inbox)
    (inbox / "a.txt").unlink()  # gone between listing and hashing
    assert ("a.txt", None) in inbox_state(files, inbox)


def test_the_fingerprint_is_kept_in_the_built_warehouse(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    assert published_fingerprint(warehouse) is None
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create table t (x int)")
    assert published_fingerprint(warehouse) is None  # built before fingerprints were kept
    with duckdb.connect(str(warehouse)) as con:
        write_fingerprint(con, "f1", datetime.now(UTC))
        write_fingerprint(con, "f2", datetime.now(UTC))  # one row, the latest
    assert published_fingerprint(warehouse) == "f2"


def _cached_state(inbox: Path, cache: Path) -> list[tuple[str, str | None]]:
    return inbox_state(list_report_files(inbox), inbox, cache)


def test_the_hash_cache_gives_the_state_hashing_gives(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(fingerprint, "RACY_SECONDS", 0)
    inbox, cache = _inbox(tmp_path), tmp_path / "hashes.json"
    plain = inbox_state(list_report_files(inbox), inbox)
    assert _cached_state(inbox, cache) == plain  # first call: every file hashed, hashes kept
    assert set(json.loads(cache.read_text())["files"]) == {str(p) for p in list_report_files(inbox)}
    assert _cached_state(inbox, cache) == plain  # second call: from the cache


def test_a_file_whose_stat_is_unchanged_keeps_its_cached_hash_unread(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(fingerprint, "RACY_SECONDS", 0)
    inbox, cache = _inbox(tmp_path), tmp_path / "hashes.json"
    _cached_state(inbox, cache)
    data = json.loads(cache.read_text())
    data["files"][str(inbox / "a.txt")][5] = "kept-hash"  # what only the cache can answer
    cache.write_text(json.dumps(data))
    assert ("a.txt", "kept-hash") in _cached_state(inbox, cache)


def test_a_file_rewritten_with_its_old_size_and_mtime_is_hashed_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(fingerprint, "RACY_SECONDS", 0)
    inbox, cache = _inbox(tmp_path), tmp_path / "hashes.json"
    before = dict(_cached_state(inbox, cache))
    path = inbox / "a.txt"
    old = path.stat()
    time.sleep(0.01)
    path.write_text("Borsetshire County Council saved £9m.\n", encoding="utf-8")  # same length
    os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))  # mtime set back, as a copy keeping times does
    assert path.stat().st_size == old.st_size and path.stat().st_mtime_ns == old.st_mtime_ns
    after = dict(_cached_state(inbox, cache))
    assert after["a.txt"] == hash_bytes(path.read_bytes()) != before["a.txt"]
    assert after["sub/b.md"] == before["sub/b.md"]


def test_a_file_replaced_by_a_rename_is_hashed_again(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(fingerprint, "RACY_SECONDS", 0)
    inbox, cache = _inbox(tmp_path), tmp_path / "hashes.json"
    _cached_state(inbox, cache)
    (tmp_path / "new.txt").write_text("Wyvern District Council saved £1m.\n", encoding="utf-8")
    (tmp_path / "new.txt").replace(inbox / "a.txt")
    assert ("a.txt", hash_bytes((inbox / "a.txt").read_bytes())) in _cached_state(inbox, cache)


def test_a_file_changed_just_before_hashing_is_not_cached(tmp_path: Path) -> None:
    inbox, cache = _inbox(tmp_path), tmp_path / "hashes.json"  # files written just now
    assert _cached_state(inbox, cache) == inbox_state(list_report_files(inbox), inbox)
    assert not cache.exists() or json.loads(cache.read_text())["files"] == {}


def test_a_broken_hash_cache_is_ignored(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(fingerprint, "RACY_SECONDS", 0)
    inbox, cache = _inbox(tmp_path), tmp_path / "hashes.json"
    cache.write_text("{not json")
    assert _cached_state(inbox, cache) == inbox_state(list_report_files(inbox), inbox)
    cache.write_text(json.dumps({"format": 1, "files": {str(inbox / "a.txt"): [1, 2]}}))
    assert _cached_state(inbox, cache) == inbox_state(list_report_files(inbox), inbox)
