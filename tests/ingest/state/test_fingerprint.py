"""A whole build is reusable when neither the inbox nor the code changed (the fingerprint kept in the built
warehouse)."""

from datetime import UTC, datetime
from pathlib import Path

import duckdb

from ingest.read.inbox import list_report_files
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
