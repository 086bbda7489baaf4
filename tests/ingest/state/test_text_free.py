"""An incremental ingest reads the text of the changed reports only: an unchanged report's rows are kept from
the published warehouse without its text being loaded, and every raw table is as a full build makes it."""

from pathlib import Path

import duckdb
import polars as pl
import pytest

import ingest.read.inbox
import ingest.refresh
import ingest.state.reading
from ingest.raw import schemas
from ingest.refresh import IngestSettings, ingest_inbox

REPORTS = {
    "wyvern_2024.txt": "Wyvern District Council\nCorporate Peer Challenge\nReserves stand at £4.2m.\n",
    "borsetshire_2023.txt": "Borsetshire County Council\nProgress Review\nThe council saved £1.1m in 2022/23.\n",
    "ambridge_2022.txt": "Ambridge Borough Council\nCorporate Peer Challenge\nThe gap is £2m by 2025/26.\n",
    "felpersham_2021.txt": "Felpersham City Council\nFinance Peer Challenge\nBalances were £900k.\n",
}
TIMES = ("ingested_at", "removed_at", "quarantined_at")


def _settings(tmp_path: Path) -> IngestSettings:
    return IngestSettings(
        inbox=tmp_path / "inbox",
        warehouse=tmp_path / "w.duckdb",
        archive_dir=tmp_path / "archive",
        cache_dir=tmp_path / "cache",
        workers=1,
    )


def _raw_tables(build: Path) -> dict[str, pl.DataFrame]:
    with duckdb.connect(str(build), read_only=True) as con:
        frames = {
            t: pl.from_arrow(con.sql(f"select * from raw.{t}").to_arrow_table()) for t in schemas.RAW_TABLES
        }
    return {
        t: f.drop([c for c in TIMES if c in f.columns]).sort(pl.all(), nulls_last=True)
        for t, f in frames.items()
    }


def _spy(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files whose text this ingest loads from the cache or extracts."""
    seen: list[str] = []
    load, read = ingest.state.reading.load_cached_text, ingest.read.inbox.read_report

    def loading(cache_file, path, *args):  # noqa: ANN001, ANN202
        seen.append(path.name)
        return load(cache_file, path, *args)

    def reading(path, *args, **kwargs):  # noqa: ANN001, ANN202
        seen.append(path.name)
        return read(path, *args, **kwargs)

    monkeypatch.setattr(ingest.state.reading, "load_cached_text", loading)
    monkeypatch.setattr(ingest.read.inbox, "read_report", reading)
    return seen


def test_an_incremental_ingest_loads_the_text_of_changed_reports_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name, text in REPORTS.items():
        (inbox / name).write_text(text, encoding="utf-8")
    (inbox / "wyvern_copy.txt").write_text(REPORTS["wyvern_2024.txt"], encoding="utf-8")  # the same document
    (inbox / "latin.txt").write_bytes("Wyvern District Council\nCosts of \xa35m.\n".encode("latin-1"))
    settings = _settings(tmp_path)
    ingest_inbox(settings, tmp_path / "b1.duckdb", "f1", basis="same")
    (tmp_path / "b1.duckdb").rename(settings.warehouse)

    (inbox / "ambridge_2022.txt").rename(inbox / "ambridge_renamed.txt")
    (inbox / "felpersham_2021.txt").unlink()
    (inbox / "wyvern_copy.txt").unlink()  # its document keeps one name
    (inbox / "loxley_2025.txt").write_text(
        "Loxley Barrett Council\nReserves stand at £3m.\n", encoding="utf-8"
    )
    seen = _spy(monkeypatch)
    result = ingest_inbox(settings, tmp_path / "b2.duckdb", "f2", basis="same")

    assert result.incremental and result.reused == 4
    assert sorted(set(seen)) == ["ambridge_renamed.txt", "loxley_2025.txt"]
    full = ingest_inbox(settings, tmp_path / "b3.duckdb", "f3", basis=None)
    assert not full.incremental
    incremental, rebuilt = _raw_tables(tmp_path / "b2.duckdb"), _raw_tables(tmp_path / "b3.duckdb")
    for table in schemas.RAW_TABLES:
        assert incremental[table].equals(rebuilt[table]), table
    assert incremental["warnings"].height > 0 and incremental["pages"].height == 5
    removed = incremental["documents"].filter(pl.col("is_removed"))["source_file"].to_list()
    assert removed == ["felpersham_2021.txt"]


def test_a_published_document_renamed_to_the_first_name_of_its_content_is_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "wyvern_b.txt").write_text(REPORTS["wyvern_2024.txt"], encoding="utf-8")
    settings = _settings(tmp_path)
    ingest_inbox(settings, tmp_path / "b1.duckdb", "f1", basis="same")
    (tmp_path / "b1.duckdb").rename(settings.warehouse)
    (inbox / "wyvern_a.txt").write_text(REPORTS["wyvern_2024.txt"], encoding="utf-8")  # sorts first now
    seen = _spy(monkeypatch)
    ingest_inbox(settings, tmp_path / "b2.duckdb", "f2", basis="same")
    assert sorted(set(seen)) == ["wyvern_a.txt", "wyvern_b.txt"]
    with duckdb.connect(str(tmp_path / "b2.duckdb"), read_only=True) as con:
        assert con.execute("select distinct source_file from raw.pages").fetchall() == [("wyvern_a.txt",)]
        names = con.execute("select source_file, file_names from raw.documents").fetchall()
    assert names == [("wyvern_a.txt", ["wyvern_a.txt", "wyvern_b.txt"])]
