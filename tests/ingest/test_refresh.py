"""The refresh's ingest as plain Python, without Dagster: inbox -> raw tables in a build file."""

import gc
from dataclasses import replace
from pathlib import Path

import duckdb
import pytest

import ingest.state.batch_load
from ingest.parse.budget import ParseBudget
from ingest.raw import schemas
from ingest.read.report import ReportText
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


def _many_reports(inbox: Path, count: int) -> None:
    """`count` small invented reports, each its own document (a different figure)."""
    inbox.mkdir()
    for i in range(count):
        (inbox / f"report_{i:02d}.txt").write_text(
            f"Borsetshire County Council\nCorporate Peer Challenge\nThe council delivered savings of £{i + 1}.5m "
            "in 2022/23.\n\nThe peer team met staff and partners over four days.\n",
            encoding="utf-8",
        )


def _raw_rows(build: Path) -> dict[str, list[tuple]]:
    with duckdb.connect(str(build), read_only=True) as con:
        return {
            table: sorted(con.execute(f"select * exclude ({', '.join(times)}) from raw.{table}").fetchall())
            if (times := [c for c in ("ingested_at", "quarantined_at") if c in schemas.RAW_TABLES[table]])
            else sorted(con.execute(f"select * from raw.{table}").fetchall(), key=repr)
            for table in schemas.RAW_TABLES
        }


def test_a_full_ingest_holds_one_batch_of_texts_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    _many_reports(inbox, 12)
    size = len((inbox / "report_00.txt").read_text(encoding="utf-8"))
    loads: list[tuple[int, int]] = []  # (documents in the pages the load receives, report texts alive then)
    append = ingest.state.batch_load.append_rows

    def spying(con, name, frame):  # noqa: ANN001, ANN202 - the real load, watched
        if name == "pages":
            alive = sum(isinstance(o, ReportText) for o in gc.get_objects())
            loads.append((frame["document_id"].n_unique(), alive))
        return append(con, name, frame)

    monkeypatch.setattr(ingest.state.batch_load, "append_rows", spying)
    settings = replace(
        _settings(tmp_path, inbox, tmp_path / "w.duckdb"), parse_budget=ParseBudget(batch_chars=3 * size + 10)
    )
    result = ingest_inbox(settings, tmp_path / "batched.duckdb", "f1")
    assert result.rows["pages"] == 12
    assert [documents for documents, _ in loads] == [3, 3, 3, 3]
    # the batch being loaded and the next report (read to find the batch full), none of the earlier ones
    assert all(alive <= 3 + 1 for _, alive in loads), loads
    monkeypatch.setattr(ingest.state.batch_load, "append_rows", append)
    whole = replace(settings, parse_budget=ParseBudget())
    ingest_inbox(whole, tmp_path / "whole.duckdb", "f1")
    assert _raw_rows(tmp_path / "batched.duckdb") == _raw_rows(tmp_path / "whole.duckdb")
