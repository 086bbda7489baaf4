"""The inbox: which files it holds, and their extraction into page texts (PDFs in parallel processes)."""

from __future__ import annotations

import contextlib
import os
import pickle
import resource
import select
import struct
import subprocess
import sys
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from ingest.read.budget import KILL_GRACE_SECONDS, ReadBudget
from ingest.read.errors import UnreadableReport
from ingest.read.report import (
    ReportText,
    hash_bytes,
    path_text,
    read_report,
)


@dataclass(frozen=True)
class KnownFile:
    """A readable file whose document the published warehouse holds under this file's name and path, parsed
    under the current parser version: an incremental build keeps that document's rows, so its text is not
    loaded (`ingest.state.incremental.text_free_documents`)."""

    path: Path
    content_hash: str
    size_bytes: int
    extractor: str
    chars: int  # the document text's length (held to the parse budget like a text read now)

    @property
    def source_file(self) -> str:
        """The file's name, as the marts show it."""
        return path_text(self.path.name)

    @property
    def file_path(self) -> str:
        """The file's path, as the marts show it."""
        return path_text(self.path)


@dataclass
class ReadResult:
    """What reading an inbox gave: the readable reports, the quarantined files and the files of documents
    kept from the published warehouse without reading their text (incremental builds only)."""

    reports: list[ReportText] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    known: list[KnownFile] = field(default_factory=list)


def list_report_files(inbox: Path) -> list[Path]:
    """Every file under the inbox (recursively, not into linked folders, as `Path.rglob`), hidden files
    excluded, in a stable order. Folders that cannot be read are passed over. An entry that is neither a
    folder nor a link to one is listed even when it is no regular file (a FIFO, a broken link, a link
    loop): reading it fails with the reason, so it is quarantined rather than passed over.

    One `os.scandir` a folder: the file types come with the listing, so no file but a link is stat'ed
    (5,000 files in about a quarter of the time `rglob` and `is_file` take)."""
    found: list[str] = []
    folders = [str(inbox)]
    while folders:
        try:
            with os.scandir(folders.pop()) as entries:
                for entry in entries:
                    try:
                        if entry.is_dir(follow_symlinks=False):
                            folders.append(entry.path)
                            continue
                        if entry.is_dir():
                            continue  # a link to a folder: not walked into
                    except OSError:
                        pass  # a link that leads round in a loop: listed, and quarantined as unreadable
                    if not entry.name.startswith("."):
                        found.append(entry.path)
        except (PermissionError, FileNotFoundError, NotADirectoryError):
            continue
    found.sort(key=lambda path: path.split(os.sep))  # the order of sorted Paths (part by part)
    return [Path(path) for path in found]


def quarantine_row(path: Path, content_hash: str | None, reason: str) -> dict:
    """A `raw.quarantine` row: the file, its content hash (None if it could not be read) and the reason."""
    return {
        "source_file": path_text(path.name),
        "file_path": path_text(path),
        "content_hash": content_hash,
        "reason": reason,
        "quarantined_at": datetime.now(UTC),
    }


# files handed to the reader processes ahead of the one awaited, per process: enough to keep them busy past
# a slow PDF, few enough that the texts read ahead stay a handful however many files the inbox holds
AHEAD_PER_WORKER = 16
QUEUED_PER_WORKER = 4  # files sent to one reader and not answered yet: it never waits for this process
LENGTH = struct.Struct("<Q")  # each message: its length, then its pickle


def _read_one(
    args: tuple[Path, bytes | None, int, str], budget: ReadBudget | None = None
) -> ReportText | str:
    path, data, max_pages, engine = args
    budget = budget or ReadBudget()
    try:
        return read_report(
            path,
            data,
            max_pages=max_pages,
            engine=engine,
            max_seconds=budget.seconds,
            max_chars=budget.max_chars,
        )
    except UnreadableReport as exc:
        return str(exc)


def iter_extracted(
    todo: list[tuple[Path, bytes | None, int, str]], workers: int | None, budget: ReadBudget | None = None
) -> Iterator[ReportText | str]:
    """Read each (path, bytes or None to read the file, max pages, engine) into a `ReportText`, or the reason
    it is unreadable, one at a time in the order of `todo` (as each is ready, for progress); PDFs in up to
    `workers` reader processes (default: the machine's cores), only a few files ahead of the caller, so the
    texts it has not taken yet never pile up in memory.

    Every PDF is read in a reader process, never in this one, under the `budget`'s time and memory
    (`ingest.read.budget`): a PDF that would take the machine's memory or never end costs its reader, not
    the refresh. The reader processes are new interpreters that import only the readers (`serve_reads`),
    not forks of this process: a fork would hold (and count in its resident memory) everything this process
    had loaded. Without PDFs the texts are read here.
    """
    budget = budget or ReadBudget()
    n_pdf = sum(1 for path, *_ in todo if path.suffix.lower() == ".pdf")
    if n_pdf == 0:
        yield from (_read_one(job, budget) for job in todo)
        return
    workers = workers or os.cpu_count() or 1
    yield from _read_in_processes(todo, max(1, min(workers, n_pdf)), budget)


def _read_in_processes(
    todo: list[tuple[Path, bytes | None, int, str]], count: int, budget: ReadBudget
) -> Iterator[ReportText | str]:
    """`todo` read by `count` reader processes, each given the next file as it is free (a slow PDF holds up
    no other), answers handed on in the order of `todo`, never more than `AHEAD_PER_WORKER` per process
    sent or kept ahead of the one awaited. A reader that ends while reading a file (it crashed in a PDF
    library, or was killed) is replaced: that file is unreadable, the files queued behind it go to the new
    reader. So is a reader still on one file `KILL_GRACE_SECONDS` after the budget's `seconds` (the
    extractors stop themselves between pages; this is for a page that never ends): it is stopped."""
    processes = [_start_reader(budget) for _ in range(count)]
    queued: list[deque[int]] = [deque() for _ in processes]  # each process answers its files in order
    begun = [0.0 for _ in processes]  # when each process began its first queued file (at the latest)
    answers: dict[int, ReportText | str] = {}
    sent, window, replaced = 0, AHEAD_PER_WORKER * count, 0
    limit = budget.seconds + KILL_GRACE_SECONDS

    def replace(i: int, reason: str | None = None) -> None:
        nonlocal replaced
        replaced += 1
        _replace_reader(processes, queued, i, todo, answers, replaced > len(todo), budget, reason)
        begun[i] = time.monotonic()  # the new reader begins the files handed on to it now

    try:
        for n in range(len(todo)):
            while n not in answers:
                for i, files in enumerate(queued):
                    while len(files) < QUEUED_PER_WORKER and sent < min(len(todo), n + window):
                        if _send(processes[i], todo[sent]):
                            if not files:
                                begun[i] = time.monotonic()
                            files.append(sent)
                            sent += 1
                            continue
                        replace(i)  # it ended before taking this file: the file goes to the new reader
                busy = {processes[i].stdout.fileno(): i for i, files in enumerate(queued) if files}
                first = min((begun[i] for i in busy.values()), default=time.monotonic())
                ready = select.select(list(busy), [], [], max(0.0, first + limit - time.monotonic()))[0]
                for fd in ready:
                    i = busy[fd]
                    try:
                        answers[queued[i][0]] = _receive(processes[i])
                        queued[i].popleft()
                        begun[i] = time.monotonic()
                    except EOFError:
                        replace(i)
                for i in set(busy.values()).difference(busy[fd] for fd in ready):
                    if queued[i] and time.monotonic() - begun[i] > limit:  # (its answer not waiting)
                        processes[i].kill()
                        replace(i, budget.too_slow())
            yield answers.pop(n)
    finally:
        _stop_readers(processes, given_up=any(queued))


def _replace_reader(  # noqa: PLR0913 - the pool's state and what ended the reader
    processes: list[subprocess.Popen],
    queued: list[deque[int]],
    i: int,
    todo: list[tuple[Path, bytes | None, int, str]],
    answers: dict[int, ReportText | str],
    too_many: bool,
    budget: ReadBudget | None = None,
    reason: str | None = None,
) -> None:
    """Reader `i` has ended (or was stopped for `reason`): the answers it wrote before it ended are kept,
    the first file it had not answered is unreadable, and a new reader takes the rest.

    Raises:
        RuntimeError: readers keep ending (`too_many`: more often than there are files), or a new one at once.
    """
    ended = processes[i]
    code = ended.wait()
    with contextlib.suppress(OSError):
        ended.stdin.close()
    drained = False
    while queued[i]:  # e.g. it answered the files before the one it crashed on, unread when a send failed
        try:
            answers[queued[i][0]] = _receive(ended)
        except (EOFError, OSError, pickle.UnpicklingError):
            break
        queued[i].popleft()
        drained = True
    ended.stdout.close()
    if too_many:
        raise RuntimeError(f"PDF reader processes keep ending (last exit code {code})")
    if queued[i]:
        lost = reason if reason is not None and not drained else None
        answers[queued[i].popleft()] = lost or _ended_reason(code, budget or ReadBudget())
    processes[i] = _start_reader(budget)
    for job in queued[i]:
        if not _send(processes[i], todo[job]):
            raise RuntimeError("a new PDF reader process ended at once")


def _ended_reason(code: int, budget: ReadBudget) -> str:
    """The quarantine reason for the file a reader process was reading when it ended with `code`."""
    reason = f"the PDF reader process ended while reading it (exit code {code}"
    if code < 0:  # a signal: a PDF library aborting, e.g. when it cannot allocate within the limit
        reason += f"; a PDF library's crash, or more memory than the limit of {budget.memory_mb:,} MB"
        reason += " per reader process, COUNCILWH_READ_MEMORY_MB"
    return reason + ")"


def _start_reader(budget: ReadBudget | None = None) -> subprocess.Popen:
    """A reader process (`serve_reads`) under the budget's memory and time, importing this package from where
    this process did."""
    budget = budget or ReadBudget()
    root = str(Path(__file__).resolve().parents[2])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")]))}
    code = (
        f"from {__name__} import ReadBudget, serve_reads; serve_reads(budget={budget!r}, limit_memory=True)"
    )
    return subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, bufsize=0
    )


def _send(process: subprocess.Popen, job: tuple[Path, bytes | None, int, str]) -> bool:
    """Hand a reader one job; False if it has ended."""
    try:
        write_message(process.stdin, job)
    except (BrokenPipeError, OSError):
        return False
    return True


def _receive(process: subprocess.Popen) -> ReportText | str:
    """A reader's next answer (EOFError if it has ended)."""
    return read_message(process.stdout)


def write_message(stream: IO[bytes], value: object) -> None:
    """Write `value` pickled, after its length (how jobs and answers pass to and from reader processes)."""
    _write_pickled(stream, pickle.dumps(value))


def _write_pickled(stream: IO[bytes], data: bytes) -> None:
    message = memoryview(LENGTH.pack(len(data)) + data)
    while message:  # an unbuffered pipe may take part of it at a time
        message = message[stream.write(message) :]
    stream.flush()


def read_message(stream: IO[bytes]) -> object:
    """One message written by `write_message`, read exactly (no bytes of the next one buffered)."""
    (size,) = LENGTH.unpack(_read_exact(stream, LENGTH.size))
    return pickle.loads(_read_exact(stream, size))  # noqa: S301 - our own reader process's answer


def _read_exact(stream: IO[bytes], size: int) -> bytes:
    chunks, left = [], size
    while left:
        chunk = stream.read(left)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _stop_readers(processes: list[subprocess.Popen], given_up: bool) -> None:
    """Close the readers' input (they end when it runs out), or stop them when the caller gave up with
    files still being read."""
    for process in processes:
        process.stdin.close()
        if given_up:
            process.kill()
    for process in processes:
        process.wait()
        process.stdout.close()


def serve_reads(
    jobs: IO[bytes] | None = None,
    answers: IO[bytes] | None = None,
    budget: ReadBudget | None = None,
    limit_memory: bool = False,
) -> None:
    """A reader process: read each job (a message of `write_message`) from standard input with
    `read_report`, write the report or the reason it is unreadable to standard output, until the input
    ends. Anything the PDF libraries print goes to standard error, so that it cannot break the answers.

    Files are read under the `budget`; with `limit_memory` the process's address space is capped at its
    `memory_mb` (`RLIMIT_AS`): a file whose reading runs out of
    it is answered with that reason (Python's MemoryError), or ends the process (a PDF library aborting),
    which `_replace_reader` reports."""
    if answers is None:
        answers = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
        os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    budget = budget or ReadBudget()
    if limit_memory:
        limit = budget.memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    jobs = jobs or sys.stdin.buffer
    while True:
        try:
            job = read_message(jobs)
        except EOFError:
            return
        try:
            answer = pickle.dumps(_read_one(job, budget))
        except MemoryError:
            answer = pickle.dumps(budget.too_much_memory())
        _write_pickled(answers, answer)


def inbox_fingerprint(inbox: Path) -> str:
    """A digest of the inbox's file names, sizes and modification times (changes when a file does)."""
    parts = []
    for path in list_report_files(inbox) if inbox.exists() else []:
        try:
            stat = path.stat()
        except OSError:
            continue
        parts.append(f"{path.relative_to(inbox)}\t{stat.st_size}\t{stat.st_mtime_ns}")
    return hash_bytes("\n".join(parts).encode("utf-8", "surrogateescape"))
