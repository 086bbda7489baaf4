"""The read budget: PDFs read in reader processes capped in memory and time, files over the size limit
archived and quarantined unread; the rest of the batch is read as usual."""

import hashlib
import time
from pathlib import Path

import pytest

import ingest.read.inbox as readers
from ingest.read.budget import ReadBudget
from ingest.read.inbox import iter_extracted
from ingest.read.report import hash_bytes, hash_file
from ingest.state.reading import read_batches, scan_inbox
from tests.fixtures.bad_files import REFERENCE_CYCLES, glyph_flood_pdf, inflating_pdf, reference_cycle_pdf
from tests.fixtures.pdf_render import render_report_pdf
from tests.fixtures.processes import reader_processes

GOOD = "Wyvern District Council\n\nGeneral reserves stand at £4.2m.\n"


def test_the_budget_comes_from_the_environment_with_defaults() -> None:
    assert ReadBudget.from_env({}) == ReadBudget(seconds=120.0, memory_mb=2048, max_mb=256)
    env = {"COUNCILWH_READ_SECONDS": "30", "COUNCILWH_READ_MEMORY_MB": "512", "COUNCILWH_READ_MAX_MB": "8"}
    assert ReadBudget.from_env(env) == ReadBudget(seconds=30.0, memory_mb=512, max_mb=8)
    assert ReadBudget(max_mb=8).max_bytes == 8 * 1024 * 1024


@pytest.mark.parametrize("engine", ["pdfminer", "pdfium"])
def test_a_pdf_that_unpacks_past_the_memory_limit_costs_its_reader_not_the_batch(
    tmp_path: Path, engine: str
) -> None:
    bomb = inflating_pdf(tmp_path / "bomb.pdf", megabytes=600)  # ~600 KB on disk
    good_pdf = render_report_pdf(GOOD, tmp_path / "good.pdf")
    good_text = tmp_path / "good.txt"
    good_text.write_text(GOOD, encoding="utf-8")
    budget = ReadBudget(memory_mb=300)
    todo = [(path, None, 20, engine) for path in (bomb, good_pdf, good_text)]
    reason, *reports = list(iter_extracted(todo, 2, budget))
    assert isinstance(reason, str) and "COUNCILWH_READ_MEMORY_MB" in reason
    # Python's MemoryError gives the limit's own reason; PDFium aborts the process when it cannot allocate
    assert reason == budget.too_much_memory() or reason.startswith("the PDF reader process ended")
    assert ["£4.2m" in report.pages[0] for report in reports] == [True, True]


def test_a_single_pdf_is_read_in_a_reader_process_under_the_limit(tmp_path: Path) -> None:
    bomb = inflating_pdf(tmp_path / "only.pdf", megabytes=600)
    budget = ReadBudget(memory_mb=300)
    assert list(iter_extracted([(bomb, None, 20, "pdfminer")], None, budget)) == [budget.too_much_memory()]


def test_a_page_that_takes_too_long_stops_its_reader_and_the_next_file_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # one page of a million glyphs takes pdfminer.six several seconds: the check between pages never comes
    flood = glyph_flood_pdf(tmp_path / "flood.pdf", glyphs=1_000_000)
    after = [render_report_pdf(GOOD, tmp_path / f"after{n}.pdf") for n in range(2)]
    monkeypatch.setattr(readers, "KILL_GRACE_SECONDS", 0.5)
    budget = ReadBudget(seconds=0.5)
    started = time.monotonic()
    outcomes = list(iter_extracted([(path, None, 20, "pdfminer") for path in (flood, *after)], 2, budget))
    assert outcomes[0] == budget.too_slow()
    assert ["£4.2m" in report.pages[0] for report in outcomes[1:]] == [True, True]
    assert time.monotonic() - started < 30
    assert reader_processes() == []


@pytest.mark.parametrize("engine", ["pdfminer", "pdfium"])
@pytest.mark.parametrize("where", sorted(REFERENCE_CYCLES))
def test_a_reference_that_comes_back_on_itself_is_read_as_missing_not_followed_for_ever(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str, engine: str
) -> None:
    # pdfminer's resolve1 follows a reference while its result is a reference: before, every one of these
    # kept its reader busy until the time limit stopped it (130 s at the defaults)
    if engine == "pdfium":
        pytest.importorskip("pypdfium2")
    cycle = reference_cycle_pdf(tmp_path / "cycle.pdf", where)
    monkeypatch.setattr(readers, "KILL_GRACE_SECONDS", 0.5)
    budget = ReadBudget(seconds=5)
    [outcome] = list(iter_extracted([(cycle, None, 20, engine)], None, budget))
    assert outcome != budget.too_slow()
    if where == "catalog" and engine == "pdfminer":  # pdfminer finds the pages without the catalog
        assert "Wyvern District Council saved" in outcome.pages[0]
    if where == "contents":  # a page without a content stream has no text
        assert outcome == "unreadable PDF: no text layer (scanned or image-only)"
    assert reader_processes() == []


def test_a_file_over_the_size_limit_is_archived_and_quarantined_without_being_read(tmp_path: Path) -> None:
    inbox, archive = tmp_path / "inbox", tmp_path / "archive"
    inbox.mkdir()
    big = inbox / "big.txt"
    data = ("Borsetshire County Council saved £1m. " * 40_000).encode()  # ~1.5 MB
    big.write_bytes(data)
    (inbox / "small.txt").write_text(GOOD, encoding="utf-8")
    budget = ReadBudget(max_mb=1)
    scan = scan_inbox(sorted(inbox.iterdir()), archive, budget=budget)
    assert [file.path.name for file in scan.pending] == ["small.txt"]
    [row] = scan.quarantine
    assert row["source_file"] == "big.txt" and row["reason"] == budget.too_large(len(data))
    assert row["content_hash"] == hashlib.sha256(data).hexdigest()
    assert (archive / row["content_hash"]).read_bytes() == data  # nothing is lost
    assert [p.name for p in archive.iterdir() if p.name.startswith(".")] == []  # no temporary file left
    [batch] = list(read_batches(scan, budget=budget))
    assert [r.source_file for r in batch.reports] == ["small.txt"]
    assert [q["source_file"] for q in batch.quarantine] == ["big.txt"]


def test_a_file_is_hashed_a_block_at_a_time_to_the_same_hash(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    data = b"Tarnby City Council\n" * 200_000
    path.write_bytes(data)
    assert hash_file(path) == hash_bytes(data)


def test_a_new_reader_has_the_whole_time_limit_for_the_files_handed_on_to_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the first reader is killed 3 s into a long file; the next two files (about a second each) go to a new
    # reader, whose time runs from its start, not from when the first reader began
    import os
    import signal
    import threading

    slow = glyph_flood_pdf(tmp_path / "slow.pdf", glyphs=1_000_000)
    handed_on = [glyph_flood_pdf(tmp_path / f"next{n}.pdf", glyphs=100_000) for n in range(2)]
    monkeypatch.setattr(readers, "KILL_GRACE_SECONDS", 0.0)
    budget = ReadBudget(seconds=4.0)
    reading = iter_extracted([(path, None, 20, "pdfminer") for path in (slow, *handed_on)], 1, budget)
    killer = threading.Timer(3.0, lambda: os.kill(reader_processes()[0], signal.SIGKILL))
    killer.start()
    outcomes = list(reading)
    killer.join()
    assert outcomes[0].startswith("the PDF reader process ended while reading it")
    assert [len(report.pages) for report in outcomes[1:]] == [1, 1]  # read, not stopped as too slow


@pytest.mark.parametrize("suffix", ["txt", "pdf"])
def test_a_text_beyond_the_parse_budget_is_refused_as_it_is_read(tmp_path: Path, suffix: str) -> None:
    # before its text is normalised line by line: 200 MB of short lines took 24 GB that way
    from ingest.read.budget import too_long_reason

    text = "Wyvern District Council\n\n" + "The council delivered savings of £1m.\n" * 40
    path = tmp_path / f"long.{suffix}"
    if suffix == "pdf":
        render_report_pdf(text, path)
    else:
        path.write_text(text, encoding="utf-8")
    budget = ReadBudget(max_chars=500)
    [reason] = list(iter_extracted([(path, None, 20, "pdfminer")], 1, budget))
    assert reason.startswith("text of ") and reason.endswith(too_long_reason(0, 500).split(" is ", 1)[1])
    [report] = list(iter_extracted([(path, None, 20, "pdfminer")], 1, ReadBudget(max_chars=len(text) * 2)))
    assert "£1m" in report.pages[0]
