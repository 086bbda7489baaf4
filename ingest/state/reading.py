"""Reading an inbox in bounded batches.

Every file is first read once to hash and archive it (its bytes are then let go); the readable ones are then
read into page texts (from the text cache, else extracted in worker processes a few files ahead) and handed
on in batches of at most about `batch_chars` characters of text, every file of one content in the same
batch. A full build parses and writes one batch before reading the next, so it never holds more than one
batch of page texts however many reports the inbox holds.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ingest.raw import schemas
from ingest.read.budget import ReadBudget
from ingest.read.inbox import KnownFile, ReadResult, iter_extracted, quarantine_row
from ingest.read.report import (
    DEFAULT_PDF_ENGINE,
    SUPPORTED_FORMATS,
    ReportText,
    extractor_id,
    hash_bytes,
    open_regular,
)
from ingest.state.files import archive_file, archive_stream, cache_path, load_cached_text, store_cached_text
from ingest.state.incremental import KeptDocument, split_known

# a file whose bytes changed between its hashing and its reading: the next refresh reads the new content
CHANGED_WHILE_READ = "the file changed while this refresh read it; the next refresh reads it again"
Progress = Callable[[str, int, int], None]  # (stage, items done, items in all; 0 when not counted)


@dataclass(frozen=True)
class PendingFile:
    """A readable file whose text is still to be read (from the cache or by extraction)."""

    path: Path
    content_hash: str
    size_bytes: int
    extractor: str


@dataclass
class InboxScan:
    """An inbox's files, hashed and archived, their texts not read yet."""

    files: int  # files in all
    pending: list[PendingFile] = field(default_factory=list)  # files of one content next to each other
    known: list[KnownFile] = field(default_factory=list)  # kept without their text (incremental builds)
    quarantine: list[dict] = field(default_factory=list)  # unreadable or unsupported files


def scan_inbox(
    paths: Iterable[Path],
    archive_dir: Path | None = None,
    engine: str = DEFAULT_PDF_ENGINE,
    keep: Mapping[str, KeptDocument] | None = None,
    hashes: Mapping[Path, str] | None = None,
    budget: ReadBudget | None = None,
) -> InboxScan:
    """Hash every file (archiving its bytes by content hash first), quarantine the unreadable and
    unsupported ones, and sort the rest into files whose text is to be read and files of published
    documents kept without it (`keep`: `ingest.state.incremental.text_free_documents`).

    `hashes` are content hashes the refresh found for these paths just before (its inbox check,
    `ingest.state.fingerprint.inbox_state`): a file whose hash there is a kept document's, read under its
    parser version, and whose bytes are archived already, is taken as that document without being read
    again, so an incremental refresh reads only the files it will parse (not every file of the inbox).
    Only each file's hash, size and name are kept, never its bytes. A file larger than the `budget`'s
    `max_mb` is hashed and archived a chunk at a time, and quarantined without being read.
    """
    budget = budget or ReadBudget()
    paths = list(paths)
    scan = InboxScan(len(paths))
    deferred: list[KnownFile] = []
    for path in paths:
        known = _known_unread(path, (hashes or {}).get(path), keep or {}, archive_dir, engine)
        if known is not None:
            deferred.append(known)
            continue
        try:
            data = _read_at_most(path, budget.max_bytes)
            if data is None:
                content_hash, size = archive_stream(archive_dir, path)
                scan.quarantine.append(quarantine_row(path, content_hash, budget.too_large(size)))
                continue
        except OSError as exc:
            scan.quarantine.append(quarantine_row(path, None, f"cannot read file: {exc.strerror or exc}"))
            continue
        content_hash = hash_bytes(data)
        if archive_dir is not None:
            archive_file(archive_dir, content_hash, data)
        if path.suffix.lower() not in SUPPORTED_FORMATS:
            reason = f"unsupported file type '{path.suffix or '(none)'}'"
            scan.quarantine.append(quarantine_row(path, content_hash, reason))
            continue
        extractor = extractor_id(path, engine)
        kept = (keep or {}).get(content_hash)
        if kept is not None and kept.parser_version == schemas.document_parser_version(extractor):
            deferred.append(KnownFile(path, content_hash, len(data), extractor, kept.chars))
            continue
        scan.pending.append(PendingFile(path, content_hash, len(data), extractor))
    read_now = {file.content_hash for file in scan.pending}
    scan.known, unsure = split_known(deferred, keep or {}, read_now)
    scan.pending += [PendingFile(f.path, f.content_hash, f.size_bytes, f.extractor) for f in unsure]
    order: dict[str, int] = {}
    for file in scan.pending:
        order.setdefault(file.content_hash, len(order))
    scan.pending.sort(key=lambda file: order[file.content_hash])  # stable: path order inside a content
    return scan


def _read_at_most(path: Path, max_bytes: int) -> bytes | None:
    """The file's bytes, or None when it holds more than `max_bytes` (then not read past them)."""
    with open_regular(path) as file:
        data = file.read(max_bytes + 1)
    return None if len(data) > max_bytes else data


def _known_unread(
    path: Path,
    content_hash: str | None,
    keep: Mapping[str, KeptDocument],
    archive_dir: Path | None,
    engine: str,
) -> KnownFile | None:
    """The file as a kept document's file, from the hash found for it just before, if its bytes need not be
    read: supported, kept under the same parser version, archived already; else None (read and hash it)."""
    if content_hash is None or path.suffix.lower() not in SUPPORTED_FORMATS:
        return None
    kept = keep.get(content_hash)
    extractor = extractor_id(path, engine)
    if kept is None or kept.parser_version != schemas.document_parser_version(extractor):
        return None
    if archive_dir is not None and not (archive_dir / content_hash).exists():
        return None
    try:
        size = path.stat().st_size
    except OSError:
        return None
    return KnownFile(path, content_hash, size, extractor, kept.chars)


def text_chars(report: ReportText) -> int:
    """The length of a report's document text (its pages and the separators between them)."""
    return sum(map(len, report.pages)) + 2 * max(len(report.pages) - 1, 0)


def read_batches(
    scan: InboxScan,
    cache_dir: Path | None = None,
    workers: int | None = None,
    max_pages: int = 400,
    engine: str = DEFAULT_PDF_ENGINE,
    batch_chars: int | None = None,
    progress: Progress | None = None,
    on_read: Callable[[], object] | None = None,
    budget: ReadBudget | None = None,
) -> Iterator[ReadResult]:
    """The scanned inbox's texts, read in order and handed on in batches.

    A batch is cut before a content whose text would take it past `batch_chars` characters (None: one
    batch), never inside the files of one content; every file is read before the last batch, which also
    holds the scan's quarantined and known files. At least one batch is given, if empty.

    Args:
        scan: the inbox as `scan_inbox` found it.
        cache_dir: where extracted texts are cached by content hash (None: no cache).
        workers: processes for PDF extraction (default: the machine's cores).
        max_pages: PDFs longer than this are quarantined.
        engine: the PDF engine (`ingest.read.report.PDF_ENGINES`).
        batch_chars: the batch size in characters of text.
        progress: called with ("reading reports", files read, files in all) as each file is read.
        on_read: called once every file is read (before the last batch is given), as is `progress` with
            ("parsing reports", 0, 0).
        budget: the time and memory a PDF's reader process may take (`ingest.read.budget`).
    """
    report = progress or (lambda stage, done, total: None)
    extract = [not _has_cache(file, cache_dir) for file in scan.pending]
    todo = [(file.path, None, max_pages, engine) for file, e in zip(scan.pending, extract, strict=True) if e]
    done = scan.files - len(todo)  # cached, quarantined or kept without text: read already
    report("reading reports", done, scan.files)
    batch, chars, group, group_chars = ReadResult(), 0, ReadResult(), 0
    # the reader processes end when every file is read, or at once if a later step raises
    with contextlib.closing(iter_extracted(todo, workers, budget)) as extracted:
        for n, file in enumerate(scan.pending):
            outcome = None if extract[n] else _load_cached(file, cache_dir)
            if outcome is None:
                if extract[n]:
                    outcome, done = next(extracted), done + 1
                    report("reading reports", done, scan.files)
                else:  # its cached text could not be loaded after all
                    outcome = next(iter_extracted([(file.path, None, max_pages, engine)], 1, budget))
                if not isinstance(outcome, str) and outcome.content_hash != file.content_hash:
                    outcome = CHANGED_WHILE_READ  # its text is not the content hashed and archived
                if not isinstance(outcome, str):
                    store_cached_text(cache_path(cache_dir, outcome.content_hash, outcome.extractor), outcome)
            if isinstance(outcome, str):
                group.quarantine.append(quarantine_row(file.path, file.content_hash, outcome))
            else:
                group.reports.append(outcome)
                group_chars = max(group_chars, text_chars(outcome))
            if n + 1 < len(scan.pending) and scan.pending[n + 1].content_hash == file.content_hash:
                continue  # the rest of this content's files first
            if batch_chars is not None and chars and chars + group_chars > batch_chars:
                yield batch
                batch, chars = ReadResult(), 0
            batch.reports += group.reports
            batch.quarantine += group.quarantine
            chars += group_chars
            group, group_chars = ReadResult(), 0
    if on_read is not None:
        on_read()
    report("parsing reports", 0, 0)
    batch.quarantine = scan.quarantine + batch.quarantine
    batch.known = scan.known
    yield batch


def _has_cache(file: PendingFile, cache_dir: Path | None) -> bool:
    cache_file = cache_path(cache_dir, file.content_hash, file.extractor)
    return cache_file is not None and cache_file.exists()


def _load_cached(file: PendingFile, cache_dir: Path | None) -> ReportText | None:
    return load_cached_text(
        cache_path(cache_dir, file.content_hash, file.extractor), file.path, file.size_bytes, file.extractor
    )
