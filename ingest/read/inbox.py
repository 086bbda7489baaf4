"""The inbox: which files it holds, and their extraction into page texts (PDFs in parallel processes)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ingest.read.errors import UnreadableReport
from ingest.read.report import (
    ReportText,
    hash_bytes,
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
        """The file's name."""
        return self.path.name


@dataclass
class ReadResult:
    """What reading an inbox gave: the readable reports, the quarantined files and the files of documents
    kept from the published warehouse without reading their text (incremental builds only)."""

    reports: list[ReportText] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)
    known: list[KnownFile] = field(default_factory=list)


def list_report_files(inbox: Path) -> list[Path]:
    """Every file under the inbox (recursively), hidden files excluded, in a stable order."""
    return sorted(
        p for p in inbox.rglob("*") if p.is_file() and not any(x.startswith(".") for x in p.parts[-1:])
    )


def quarantine_row(path: Path, content_hash: str | None, reason: str) -> dict:
    """A `raw.quarantine` row: the file, its content hash (None if it could not be read) and the reason."""
    return {
        "source_file": path.name,
        "file_path": str(path),
        "content_hash": content_hash,
        "reason": reason,
        "quarantined_at": datetime.now(UTC),
    }


def _read_one(args: tuple[Path, bytes, int, str]) -> ReportText | str:
    path, data, max_pages, engine = args
    try:
        return read_report(path, data, max_pages=max_pages, engine=engine)
    except UnreadableReport as exc:
        return str(exc)


def iter_extracted(
    todo: list[tuple[Path, bytes, int, str]], workers: int | None
) -> Iterator[ReportText | str]:
    """Read each (path, bytes, max pages, engine) into a `ReportText`, or the reason it is unreadable, one at
    a time in the order of `todo` (as each is ready, for progress); PDFs in up to `workers` processes
    (default: the machine's cores)."""
    n_pdf = sum(1 for path, *_ in todo if path.suffix.lower() == ".pdf")
    workers = workers or os.cpu_count() or 1
    if n_pdf < 2 or workers < 2:
        yield from map(_read_one, todo)
        return
    with ProcessPoolExecutor(max_workers=min(workers, n_pdf)) as pool:
        yield from pool.map(_read_one, todo, chunksize=1)


def inbox_fingerprint(inbox: Path) -> str:
    """A digest of the inbox's file names, sizes and modification times (changes when a file does)."""
    parts = []
    for path in list_report_files(inbox) if inbox.exists() else []:
        try:
            stat = path.stat()
        except OSError:
            continue
        parts.append(f"{path.relative_to(inbox)}\t{stat.st_size}\t{stat.st_mtime_ns}")
    return hash_bytes("\n".join(parts).encode())
