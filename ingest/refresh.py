"""The order of a refresh's ingest, in one place: list the inbox, read (archive, cache, extract), reuse
unchanged documents, parse the rest, and load every raw table into the run's build warehouse."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from ingest.parse.budget import ParseBudget
from ingest.parse.tables import build_raw_tables
from ingest.raw import schemas
from ingest.raw.load import write_tables
from ingest.read.inbox import KnownFile, ReadResult, iter_extracted, list_report_files, quarantine_row
from ingest.read.report import DEFAULT_PDF_ENGINE, SUPPORTED_FORMATS, extractor_id, hash_bytes
from ingest.state.files import archive_file, cache_path, load_cached_text, store_cached_text
from ingest.state.fingerprint import write_fingerprint
from ingest.state.incremental import (
    KeptDocument,
    builds_on_published,
    copy_published,
    split_known,
    text_free_documents,
    update_raw_tables,
    write_basis,
)
from ingest.state.reuse import copy_reused_rows, previous_documents, reusable_ids, with_history
from ingest.state.warehouse_file import remove_stale_builds


@dataclass(frozen=True)
class IngestSettings:
    """Where a refresh reads from and writes to, and how it reads PDFs."""

    inbox: Path
    warehouse: Path  # the published file: the previous build, whose rows are reused
    archive_dir: Path | None = None
    cache_dir: Path | None = None
    workers: int | None = None
    max_pages: int = 400
    pdf_engine: str = DEFAULT_PDF_ENGINE
    parse_budget: ParseBudget | None = None  # None: `ParseBudget.from_env()` (COUNCILWH_PARSE_*)


@dataclass
class IngestResult:
    """What one ingest wrote: rows per raw table, documents read and reused, files quarantined, timings."""

    build: Path
    rows: dict[str, int]
    documents: int
    reused: int
    quarantine: list[dict] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)
    incremental: bool = False  # started from the published warehouse (`ingest.state.incremental`)


Progress = Callable[[str, int, int], None]  # (stage, items done, items in all; 0 when not counted)


def ingest_inbox(
    settings: IngestSettings,
    build: Path,
    fingerprint: str,
    basis: str | None = None,
    progress: Progress | None = None,
    on_read: Callable[[], object] | None = None,
) -> IngestResult:
    """Read every report in the inbox and write the raw tables into `build` (a new file beside the
    published warehouse), reusing the parsed rows of documents the published warehouse already holds.

    When the published warehouse was built under the same `basis` (code and reading options), `build` starts
    as a copy of it and only the changed documents' rows are replaced (`ingest.state.incremental`): dbt then
    rebuilds only their mart rows; an unchanged report's text is then not even loaded (its pages, warnings
    and document row stay as published), so the memory and time an incremental ingest takes follow the
    changed reports. Otherwise (or `basis` None) every table is written into a new file.

    Args:
        settings: the inbox, the published warehouse and the reading options.
        build: the DuckDB file this run builds (published later by renaming it).
        fingerprint: what this build is made from, recorded in it (`ingest.state.fingerprint`).
        basis: the code and reading options the build is made under (None: a full build, e.g. `--force`).
        progress: called as each file is read and as parsing and loading begin (e.g. a terminal display).
        on_read: called once every file is read, before parsing (e.g. to start loading what later steps
            need while the parsers run in Polars).

    Returns:
        The rows written per raw table, the documents read and reused, the quarantined files and the
        seconds spent extracting, parsing and loading.
    """
    started = time.perf_counter()
    remove_stale_builds(settings.warehouse, keep=build)
    build.parent.mkdir(parents=True, exist_ok=True)
    previous = previous_documents(settings.warehouse)
    incremental = builds_on_published(settings.warehouse, basis)
    read = read_reports(
        list_report_files(settings.inbox),
        settings.archive_dir,
        settings.cache_dir,
        settings.workers,
        settings.max_pages,
        settings.pdf_engine,
        progress,
        keep=text_free_documents(settings.warehouse, previous) if incremental else None,
    )
    extracted = time.perf_counter()
    if on_read is not None:
        on_read()
    if progress is not None:
        progress("parsing reports", 0, 0)
    versions_now = {
        r.content_hash: schemas.document_parser_version(r.extractor) for r in [*read.reports, *read.known]
    }
    reused = reusable_ids(previous, versions_now)
    budget = settings.parse_budget or ParseBudget.from_env()
    frames = build_raw_tables(read, reused=reused, budget=budget, previous=previous)
    documents = frames["documents"].height  # readable and within the parse budget
    reused &= set(frames["documents"]["document_id"].to_list())  # none quarantined while parsing
    frames["documents"] = with_history(frames["documents"], previous)
    parsed = time.perf_counter()
    if progress is not None:
        progress("loading raw tables", 0, 0)
    if incremental:
        copy_published(settings.warehouse, build)
    with duckdb.connect(str(build)) as con:
        if incremental:
            rows = update_raw_tables(con, frames, reused, reused & {f.content_hash for f in read.known})
        else:
            rows = write_tables(con, frames)
            for table, copied in copy_reused_rows(con, settings.warehouse, reused).items():
                rows[table] += copied
        write_fingerprint(con, fingerprint, datetime.now(UTC))
        write_basis(con, basis)
    seconds = {
        "extract_seconds": round(extracted - started, 3),
        "parse_seconds": round(parsed - extracted, 3),
        "load_seconds": round(time.perf_counter() - parsed, 3),
    }
    quarantine = frames["quarantine"].to_dicts()  # unreadable files and documents quarantined while parsing
    return IngestResult(build, rows, documents, len(reused), quarantine, seconds, incremental)


def read_reports(
    paths: Iterable[Path],
    archive_dir: Path | None = None,
    cache_dir: Path | None = None,
    workers: int | None = None,
    max_pages: int = 400,
    engine: str = DEFAULT_PDF_ENGINE,
    progress: Progress | None = None,
    keep: Mapping[str, KeptDocument] | None = None,
) -> ReadResult:
    """Read report files, archiving each by content hash first and reusing cached extractions.

    Args:
        paths: the report files.
        archive_dir: where every file's bytes are kept as `<hash>` before parsing (None: not kept).
        cache_dir: where extracted page texts are cached by content hash (None: no cache).
        workers: processes for PDF extraction (default: the machine's cores).
        max_pages: PDFs longer than this are quarantined.
        engine: the PDF engine (`ingest.read.report.PDF_ENGINES`); cached texts are kept per engine.
        progress: called with ("reading reports", files read, files in all) as each file is read.
        keep: on an incremental build, the published documents whose rows are kept without reading their
            text (`ingest.state.incremental.text_free_documents`): their files go to `known`, text unread.

    Returns:
        The readable reports, the files read without their text, and a quarantine row for every file that
        could not be read.
    """
    result = ReadResult()
    todo: list[tuple[Path, bytes, int, str]] = []
    deferred: list[KnownFile] = []
    read_now: set[str] = set()  # documents whose text this run reads
    paths = list(paths)
    report = progress or (lambda stage, done, total: None)
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.quarantine.append(quarantine_row(path, None, f"cannot read file: {exc.strerror or exc}"))
            continue
        content_hash = hash_bytes(data)
        if archive_dir is not None:
            archive_file(archive_dir, content_hash, data)
        if path.suffix.lower() not in SUPPORTED_FORMATS:
            reason = f"unsupported file type '{path.suffix or '(none)'}'"
            result.quarantine.append(quarantine_row(path, content_hash, reason))
            continue
        extractor = extractor_id(path, engine)
        kept = (keep or {}).get(content_hash)
        if kept is not None and kept.parser_version == schemas.document_parser_version(extractor):
            deferred.append(KnownFile(path, content_hash, len(data), extractor, kept.chars))
            continue
        read_now.add(content_hash)
        cached = load_cached_text(cache_path(cache_dir, content_hash, extractor), path, len(data), extractor)
        if cached is not None:
            result.reports.append(cached)
        else:
            todo.append((path, data, max_pages, engine))
    result.known, unsure = split_known(deferred, keep or {}, read_now)
    _read_unsure(unsure, cache_dir, result, todo, (max_pages, engine))
    known = len(paths) - len(todo)  # cached, quarantined, unreadable or kept without text: read already
    report("reading reports", known, len(paths))
    for n, ((path, data, _, _), outcome) in enumerate(zip(todo, iter_extracted(todo, workers), strict=True)):
        report("reading reports", known + n + 1, len(paths))
        if isinstance(outcome, str):
            result.quarantine.append(quarantine_row(path, hash_bytes(data), outcome))
            continue
        store_cached_text(cache_path(cache_dir, outcome.content_hash, outcome.extractor), outcome)
        result.reports.append(outcome)
    return result


def _read_unsure(
    files: list[KnownFile],
    cache_dir: Path | None,
    result: ReadResult,
    todo: list[tuple[Path, bytes, int, str]],
    options: tuple[int, str],
) -> None:
    """Read the text of published documents' files that cannot keep their rows text-free (e.g. renamed):
    from the cache, else queued in `todo` for extraction (their bytes read again)."""
    for file in files:
        cache_file = cache_path(cache_dir, file.content_hash, file.extractor)
        cached = load_cached_text(cache_file, file.path, file.size_bytes, file.extractor)
        if cached is not None:
            result.reports.append(cached)
            continue
        try:
            data = file.path.read_bytes()
        except OSError as exc:
            result.quarantine.append(
                quarantine_row(file.path, None, f"cannot read file: {exc.strerror or exc}")
            )
            continue
        todo.append((file.path, data, *options))
