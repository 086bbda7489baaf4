import io
import os
import signal
from collections import deque
from pathlib import Path

import pytest

from ingest.read import inbox as readers
from ingest.read.inbox import (
    inbox_fingerprint,
    iter_extracted,
    list_report_files,
    read_message,
    serve_reads,
    write_message,
)
from ingest.read.report import hash_bytes
from ingest.refresh import read_reports
from tests.fixtures.processes import reader_processes


def _inbox(tmp_path: Path) -> Path:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.txt").write_text("Corporate Peer Challenge\nThe council saved £1m.\n", encoding="utf-8")
    (inbox / "empty.md").write_bytes(b"")
    (inbox / "sheet.xlsx").write_bytes(b"PK\x03\x04data")
    (inbox / ".hidden.txt").write_text("ignored", encoding="utf-8")
    return inbox


def test_list_report_files_skips_hidden_files(tmp_path: Path) -> None:
    names = [p.name for p in list_report_files(_inbox(tmp_path))]
    assert names == ["empty.md", "good.txt", "sheet.xlsx"]


def test_list_report_files_walks_folders_as_rglob_does(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    for folder in ("2024/q1", "2024/q2", "2024-extra", ".drafts", "Zeta"):
        (inbox / folder).mkdir(parents=True)
        (inbox / folder / "brackley_monitoring.txt").write_text("Quarter report\n", encoding="utf-8")
    (inbox / "2024" / "q1" / ".~lock.txt").write_text("a lock file", encoding="utf-8")
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    (outside / "linked_away.txt").write_text("not in the inbox\n", encoding="utf-8")
    (inbox / "linked_folder").symlink_to(outside, target_is_directory=True)  # not walked into
    (inbox / "linked_file.txt").symlink_to(outside / "linked_away.txt")  # a file: listed
    (inbox / "broken_link.txt").symlink_to(tmp_path / "missing.txt")  # no file: listed, to be quarantined
    (inbox / "loop_a.txt").symlink_to(inbox / "loop_b.txt")  # a loop: listed, to be quarantined
    (inbox / "loop_b.txt").symlink_to(inbox / "loop_a.txt")
    os.mkfifo(inbox / "pipe.txt")  # no regular file: listed, to be quarantined
    found = list_report_files(inbox)
    unreadable = {"broken_link.txt", "loop_a.txt", "loop_b.txt", "pipe.txt"}
    expected = sorted(
        p for p in inbox.rglob("*") if (p.is_file() and not p.name.startswith(".")) or p.name in unreadable
    )  # the listing it replaced, and the entries that listing passed over without a word
    assert found == expected
    assert [p.relative_to(inbox).as_posix() for p in found] == [
        ".drafts/brackley_monitoring.txt",  # a hidden folder's files are listed; hidden files are not
        "2024/q1/brackley_monitoring.txt",
        "2024/q2/brackley_monitoring.txt",
        "2024-extra/brackley_monitoring.txt",  # Paths sort part by part: "2024" before "2024-extra"
        "Zeta/brackley_monitoring.txt",
        "broken_link.txt",
        "empty.md",
        "good.txt",
        "linked_file.txt",
        "loop_a.txt",
        "loop_b.txt",
        "pipe.txt",
        "sheet.xlsx",
    ]


def test_entries_that_are_no_regular_file_are_quarantined_with_the_reason(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    (inbox / "loop_a.txt").symlink_to(inbox / "loop_b.txt")
    (inbox / "loop_b.txt").symlink_to(inbox / "loop_a.txt")
    (inbox / "gone.md").symlink_to(tmp_path / "deleted.md")
    os.mkfifo(inbox / "pipe.txt")  # opened as a file, it would wait for a writer for ever
    result = read_reports(list_report_files(inbox), archive_dir=tmp_path / "archive")
    reasons = {row["source_file"]: row["reason"] for row in result.quarantine}
    assert reasons["pipe.txt"] == "cannot read file: not a regular file but a FIFO"
    assert (
        reasons["loop_a.txt"]
        == reasons["loop_b.txt"]
        == "cannot read file: Too many levels of symbolic links"
    )
    assert reasons["gone.md"] == "cannot read file: No such file or directory"
    assert [r.source_file for r in result.reports] == ["good.txt"]


def test_a_fifo_in_place_of_a_file_when_it_is_read_is_refused_at_once(tmp_path: Path) -> None:
    # swapped in after the listing: every reader of the inbox opens without waiting and checks the kind
    from ingest.read.report import hash_file, open_regular

    pipe = tmp_path / "report.txt"
    os.mkfifo(pipe)
    with pytest.raises(OSError, match="not a regular file but a FIFO"):
        open_regular(pipe)
    with pytest.raises(OSError, match="a FIFO"):
        hash_file(pipe)
    assert read_report_reason(pipe) == "cannot read file: not a regular file but a FIFO"
    with pytest.raises(OSError, match="a folder"):
        open_regular(tmp_path)


def read_report_reason(path: Path) -> str:
    from ingest.read.errors import UnreadableReport
    from ingest.read.report import read_report

    with pytest.raises(UnreadableReport) as raised:
        read_report(path)
    return str(raised.value)


def test_read_reports_quarantines_bad_files_and_keeps_the_rest(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    result = read_reports(list_report_files(inbox))
    assert [r.source_file for r in result.reports] == ["good.txt"]
    reasons = {row["source_file"]: row["reason"] for row in result.quarantine}
    assert reasons == {"empty.md": "empty file", "sheet.xlsx": "unsupported file type '.xlsx'"}
    assert all(row["content_hash"] for row in result.quarantine)


def test_read_reports_archives_every_file_by_content_hash(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    archive = tmp_path / "archive"
    read_reports(list_report_files(inbox), archive_dir=archive)
    for path in list_report_files(inbox):
        data = path.read_bytes()
        assert (archive / hash_bytes(data)).read_bytes() == data


def test_read_reports_reuses_the_cached_extraction(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    cache = tmp_path / "cache"
    first = read_reports([inbox / "good.txt"], cache_dir=cache)
    cached = next(cache.glob("*.json"))
    cached.write_text(cached.read_text().replace("saved", "SAVED"), encoding="utf-8")
    second = read_reports([inbox / "good.txt"], cache_dir=cache)
    assert "saved" in first.reports[0].pages[0]
    assert "SAVED" in second.reports[0].pages[0]


def test_read_reports_quarantines_a_file_that_disappeared(tmp_path: Path) -> None:
    result = read_reports([tmp_path / "gone.txt"])
    assert result.reports == []
    assert result.quarantine[0]["reason"].startswith("cannot read file")


def test_inbox_fingerprint_changes_when_a_file_changes(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    before = inbox_fingerprint(inbox)
    assert inbox_fingerprint(inbox) == before
    (inbox / "good.txt").write_text(
        "Corporate Peer Challenge\nThe council saved £2m more.\n", encoding="utf-8"
    )
    assert inbox_fingerprint(inbox) != before


def test_cached_texts_are_kept_per_pdf_engine(tmp_path: Path) -> None:
    from tests.fixtures.pdf_render import render_report_pdf

    pdf = render_report_pdf("Borsetshire Council\n\nGeneral reserves stand at £4.2m.\n", tmp_path / "r.pdf")
    cache = tmp_path / "cache"
    by_miner = read_reports([pdf], cache_dir=cache, engine="pdfminer")
    by_pdfium = read_reports([pdf], cache_dir=cache, engine="pdfium")
    assert len(list(cache.glob("*.json"))) == 2
    assert by_miner.reports[0].extractor.startswith("pdfminer.")
    assert by_pdfium.reports[0].extractor.startswith("pdfium.")
    assert "£4.2m" in by_miner.reports[0].pages[0] and "£4.2m" in by_pdfium.reports[0].pages[0]


def test_a_reader_process_answers_each_job_in_order(tmp_path: Path) -> None:
    inbox = _inbox(tmp_path)
    jobs = io.BytesIO()
    for name in ("good.txt", "empty.md"):
        write_message(jobs, (inbox / name, None, 20, "pdfium"))
    jobs.seek(0)
    answers = io.BytesIO()
    serve_reads(jobs, answers)
    answers.seek(0)
    report, reason = read_message(answers), read_message(answers)
    assert report.source_file == "good.txt" and "£1m" in report.pages[0]
    assert reason == "empty file"


def test_pdfs_read_by_reader_processes_come_back_in_the_order_given(tmp_path: Path) -> None:
    paths = _pdfs(tmp_path, "w", "Wyvern District Council\n\nGeneral reserves stand at £{n}.4m.\n", 40)
    texts = [outcome.pages[0] for outcome in iter_extracted([(p, None, 20, "pdfium") for p in paths], 2)]
    assert [f"£{n}.4m" in text for n, text in enumerate(texts)] == [True] * 40


def test_reader_processes_end_when_the_caller_stops_early(tmp_path: Path) -> None:
    paths = _pdfs(tmp_path, "b", "Borsetshire County Council\n\nThe council saved £{n}.1m.\n", 6)
    reading = iter_extracted([(p, None, 20, "pdfium") for p in paths], 2)
    assert "£0.1m" in next(reading).pages[0]
    assert len(reader_processes()) == 2
    reading.close()  # the readers are stopped, not left waiting
    assert reader_processes() == []


def test_a_reader_that_ended_is_replaced_and_only_its_current_file_is_lost(tmp_path: Path) -> None:
    paths = _pdfs(tmp_path, "r", "Wyvern District Council\n\nThe council saved £{n}.3m.\n", 3)
    todo = [(p, None, 20, "pdfium") for p in paths]
    processes = [readers._start_reader()]
    processes[0].kill()  # as a PDF library's crash would end it, with three files queued
    queued, answers = [deque([0, 1, 2])], {}
    readers._replace_reader(processes, queued, 0, todo, answers, too_many=False)
    assert list(answers) == [0]
    assert answers[0].startswith(
        f"the PDF reader process ended while reading it (exit code {-signal.SIGKILL};"
    )
    assert "COUNCILWH_READ_MEMORY_MB" in answers[0]  # a signal may be a library aborting at the limit
    assert list(queued[0]) == [1, 2]  # handed to the new reader, which answers them
    assert [
        "£1.3m" in readers._receive(processes[0]).pages[0],
        "£2.3m" in readers._receive(processes[0]).pages[0],
    ] == [True, True]
    readers._stop_readers(processes, given_up=False)


def test_answers_a_reader_wrote_before_it_ended_are_kept(tmp_path: Path) -> None:
    paths = _pdfs(tmp_path, "a", "Tarnby City Council\n\nThe council saved £{n}.6m.\n", 3)
    todo = [(p, None, 20, "pdfium") for p in paths]
    processes = [readers._start_reader()]
    for job in todo[:2]:
        readers.write_message(processes[0].stdin, job)
    processes[0].stdin.close()  # it answers both, then ends before taking the third (as if it crashed)
    processes[0].wait(timeout=120)
    queued, answers = [deque([0, 1, 2])], {}  # the two answers wait in the pipe, unread
    readers._replace_reader(processes, queued, 0, todo, answers, too_many=False)
    assert ["£0.6m" in answers[0].pages[0], "£1.6m" in answers[1].pages[0]] == [True, True]
    assert answers[2].startswith("the PDF reader process ended while reading it")  # the one it held
    assert list(queued[0]) == []
    readers._stop_readers(processes, given_up=False)


def test_a_reader_killed_during_a_read_costs_at_most_one_file(tmp_path: Path) -> None:
    paths = _pdfs(tmp_path, "k", "Borsetshire County Council\n\nReserves stand at £{n}.8m.\n", 12)
    reading = iter_extracted([(p, None, 20, "pdfium") for p in paths], 2)
    outcomes = [next(reading)]
    os.kill(reader_processes()[0], signal.SIGKILL)
    outcomes += list(reading)
    lost = [o for o in outcomes if isinstance(o, str)]
    assert len(outcomes) == 12
    assert len(lost) <= 1
    assert all(reason.startswith("the PDF reader process ended while reading it") for reason in lost)
    assert all(f"£{n}.8m" in o.pages[0] for n, o in enumerate(outcomes) if not isinstance(o, str))
    assert reader_processes() == []


def _pdfs(tmp_path: Path, prefix: str, text: str, count: int) -> list[Path]:
    """`count` one-page PDFs of `text` (its `{n}` numbered 0, 1, ...), named `<prefix><n>.pdf`."""
    from tests.fixtures.pdf_render import render_report_pdf

    return [render_report_pdf(text.format(n=n), tmp_path / f"{prefix}{n}.pdf") for n in range(count)]
