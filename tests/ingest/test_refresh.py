"""The refresh's ingest as plain Python, without Dagster: inbox -> raw tables in a build file."""

from pathlib import Path

import duckdb

from ingest.refresh import IngestSettings, ingest_inbox


def _settings(tmp_path: Path, inbox: Path, warehouse: Path) -> IngestSettings:
    return IngestSettings(inbox=inbox, warehouse=warehouse, archive_dir=tmp_path / "archive", workers=1)


def test_ingest_inbox_writes_every_raw_table_and_quarantines_bad_files(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "wyvern.txt").write_text(
        "Wyvern District Council\nCorporate Peer Challenge\nThe council delivered savings of £1.2m in 2022/23.\n",
        encoding="utf-8",
    )
    (inbox / "empty.txt").write_text("", encoding="utf-8")
    build = tmp_path / ".build" / "w.run1.duckdb"
    result = ingest_inbox(_settings(tmp_path, inbox, tmp_path / "w.duckdb"), build, fingerprint="f1")
    assert (result.documents, result.reused) == (1, 0)
    assert [row["source_file"] for row in result.quarantine] == ["empty.txt"]
    assert result.rows["documents"] == 1 and result.rows["quarantine"] == 1
    with duckdb.connect(str(build), read_only=True) as con:
        assert con.execute("select fingerprint from meta.refresh_state").fetchone() == ("f1",)
        amounts = con.execute("select amount_gbp from raw.money_mentions").fetchall()
    assert amounts == [(1_200_000.0,)]
    assert {"extract_seconds", "parse_seconds", "load_seconds"} == set(result.seconds)


def test_ingest_inbox_reuses_documents_the_published_warehouse_holds(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "a.txt").write_text("Wyvern District Council\nReserves stand at £4m.\n", encoding="utf-8")
    published = tmp_path / "w.duckdb"
    first = ingest_inbox(_settings(tmp_path, inbox, published), tmp_path / "b1.duckdb", "f1")
    (tmp_path / "b1.duckdb").rename(published)
    (inbox / "b.txt").write_text("Wyvern District Council\nReserves stand at £5m.\n", encoding="utf-8")
    second = ingest_inbox(_settings(tmp_path, inbox, published), tmp_path / "b2.duckdb", "f2")
    assert (first.reused, second.documents, second.reused) == (0, 2, 1)
    with duckdb.connect(str(tmp_path / "b2.duckdb"), read_only=True) as con:
        amounts = sorted(r[0] for r in con.execute("select amount_gbp from raw.money_mentions").fetchall())
    assert amounts == [4_000_000.0, 5_000_000.0]


def test_on_read_is_called_once_after_every_file_is_read_and_before_parsing(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a.txt", "b.txt"):
        (inbox / name).write_text("Borsetshire County Council\nReserves stand at £7m.\n", encoding="utf-8")
    events: list[tuple[str, int, int]] = []
    ingest_inbox(
        _settings(tmp_path, inbox, tmp_path / "w.duckdb"),
        tmp_path / "b.duckdb",
        "f1",
        progress=lambda stage, done, total: events.append((stage, done, total)),
        on_read=lambda: events.append(("read", 0, 0)),
    )
    stages = [stage for stage, *_ in events]
    assert stages.count("read") == 1
    assert stages.index("read") == stages.index("parsing reports") - 1
    assert ("reading reports", 2, 2) in events[: stages.index("read")]
