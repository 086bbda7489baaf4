"""A refresh parses only what changed: a reused document under the same name and path keeps its document
facts from the previous warehouse, and the raw tables are those of a parse of every document."""

from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

from ingest.parse import tables
from ingest.parse.budget import ParseBudget
from ingest.parse.tables import build_raw_tables
from ingest.read.inbox import ReadResult
from ingest.read.report import ReportText, hash_bytes

WHEN = datetime(2026, 3, 2, tzinfo=UTC)
TEXTS = {
    "wyvern.txt": "Wyvern District Council\nCorporate Peer Challenge\n\nSavings of £4.2m were delivered in "
    "2019/20.\n\nRecommendations\n1. Set out a medium-term financial plan.\n2. Review the reserves.\n",
    "borsetshire.txt": "Borsetshire County Council\n\nThe council is forecast to overspend by £1.3m in "
    "2020/21.\nThe peer team spoke to more than 90 people.\n",
    "loamshire.txt": "Loamshire Borough Council\n\nReserves stood at £12.5m at 31 March 2021.\n",
}


def _read(folder: str = "/inbox", names: dict[str, str] | None = None) -> ReadResult:
    reports = []
    for name, text in TEXTS.items():
        data = text.encode()
        shown = (names or {}).get(name, name)
        reports.append(ReportText(Path(folder) / shown, hash_bytes(data), "txt", len(data), [text]))
    return ReadResult(reports)


def _ids(read: ReadResult) -> set[str]:
    return {r.content_hash for r in read.reports}


def _counting_parse(monkeypatch) -> list[int]:  # noqa: ANN001 - pytest's fixture
    """Count the documents `parse_documents` is given per call."""
    seen: list[int] = []
    original = tables.parse_documents

    def counting(docs: pl.LazyFrame) -> pl.LazyFrame:
        frame = docs.collect()
        seen.append(frame.height)
        return original(frame.lazy())

    monkeypatch.setattr(tables, "parse_documents", counting)
    return seen


def test_reused_documents_keep_their_facts_and_the_tables_equal_a_full_parse(monkeypatch) -> None:  # noqa: ANN001
    read = _read()
    full = build_raw_tables(read, WHEN)
    previous = full["documents"]
    reused = _ids(read) - {read.reports[0].content_hash}
    seen = _counting_parse(monkeypatch)
    again = build_raw_tables(read, WHEN, reused=reused, budget=ParseBudget(), previous=previous)
    assert seen == [1]  # only the document that is not reused is parsed
    assert_frame_equal(again["documents"], full["documents"])
    new = pl.col("document_id") == read.reports[0].content_hash
    for name in ("recommendations", "money_mentions", "peer_team"):
        assert_frame_equal(again[name], full[name].filter(new))


def test_a_renamed_or_moved_document_is_parsed_again(monkeypatch) -> None:  # noqa: ANN001
    previous = build_raw_tables(_read(), WHEN)["documents"]
    renamed = _read(names={"wyvern.txt": "wyvern_district_2021.txt"})
    seen = _counting_parse(monkeypatch)
    build_raw_tables(renamed, WHEN, reused=_ids(renamed), previous=previous)
    assert seen == [1]
    moved = _read(folder="/inbox/borsetshire")
    seen.clear()
    tables_moved = build_raw_tables(moved, WHEN, reused=_ids(moved), previous=previous)
    assert seen == [3]
    assert_frame_equal(tables_moved["documents"], build_raw_tables(moved, WHEN)["documents"])


def test_a_reused_document_beyond_the_character_budget_is_quarantined() -> None:
    read = _read()
    previous = build_raw_tables(read, WHEN)["documents"]
    budget = ParseBudget(max_chars=100)
    again = build_raw_tables(read, WHEN, reused=_ids(read), budget=budget, previous=previous)
    fresh = build_raw_tables(read, WHEN, budget=budget)
    assert_frame_equal(again["documents"], fresh["documents"])
    assert sorted(again["quarantine"]["reason"]) == sorted(fresh["quarantine"]["reason"])
    assert again["quarantine"].height == 2
