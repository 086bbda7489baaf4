"""The order of a refresh's ingest, in one place: list the inbox, read (archive, cache, extract), reuse
unchanged documents, parse the rest, and load every raw table into the run's build warehouse; reading,
parsing and loading go batch by batch (`ingest.state.reading`, `ingest.state.batch_load`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import polars as pl

from ingest.parse.budget import ParseBudget
from ingest.parse.tables import build_raw_tables
from ingest.raw import schemas
from ingest.read.budget import ReadBudget
from ingest.read.inbox import ReadResult, list_report_files
from ingest.read.report import DEFAULT_PDF_ENGINE
from ingest.state.batch_load import StageClock, update_published, write_new
from ingest.state.fingerprint import write_fingerprint
from ingest.state.incremental import KeptDocument, builds_on_published, text_free_documents, write_basis
from ingest.state.reading import Progress, read_batches, scan_inbox
from ingest.state.reuse import previous_documents, reusable_ids
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
    read_budget: ReadBudget | None = None  # None: `ReadBudget.from_env()` (COUNCILWH_READ_*)


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


def ingest_inbox(
    settings: IngestSettings,
    build: Path,
    fingerprint: str,
    basis: str | None = None,
    progress: Progress | None = None,
    on_read: Callable[[], object] | None = None,
    inbox_state: Sequence[tuple[str, str | None]] | None = None,
) -> IngestResult:
    """Read every report in the inbox and write the raw tables into `build` (a new file beside the
    published warehouse), reusing the parsed rows of documents the published warehouse already holds.

    When the published warehouse was built under the same `basis` (code and reading options), `build` starts
    as a copy of it and only the changed documents' rows are replaced (`ingest.state.incremental`): dbt then
    rebuilds only their mart rows; an unchanged report's text is then not even loaded (its pages, warnings
    and document row stay as published), so the memory and time an incremental ingest takes follow the
    changed reports. Otherwise (or `basis` None) every table is written into a new file, batch by batch
    (`ingest.state.reading`): a batch of reports is read, parsed and its page, warning and fact rows written
    before the next is read, so a full build's memory holds one batch of texts however large the inbox.

    Args:
        settings: the inbox, the published warehouse and the reading options.
        build: the DuckDB file this run builds (published later by renaming it).
        fingerprint: what this build is made from, recorded in it (`ingest.state.fingerprint`).
        basis: the code and reading options the build is made under (None: a full build, e.g. `--force`).
        progress: called as each file is read and as parsing begins (e.g. a terminal display).
        on_read: called once every file is read, before parsing (e.g. to start loading what later steps
            need while the parsers run in Polars).
        inbox_state: the inbox's files (relative paths) and content hashes as the refresh's inbox check
            found them just before (`ingest.state.fingerprint.inbox_state`), so that the inbox is listed
            once and an unchanged published document's file is not read again; None: list the inbox here.

    Returns:
        The rows written per raw table, the documents read and reused, the quarantined files and the
        seconds spent extracting, parsing and loading.
    """
    clock = StageClock()
    with clock("extract"):
        remove_stale_builds(settings.warehouse, keep=build)
        build.parent.mkdir(parents=True, exist_ok=True)
        previous = previous_documents(settings.warehouse)
        incremental = builds_on_published(settings.warehouse, basis)
        budget = settings.parse_budget or ParseBudget.from_env()
        read_budget = replace(settings.read_budget or ReadBudget.from_env(), max_chars=budget.max_chars)
        if inbox_state is None:
            paths, hashes = list_report_files(settings.inbox), {}
        else:
            paths = [settings.inbox / name for name, _ in inbox_state]
            hashes = {path: digest for path, (_, digest) in zip(paths, inbox_state, strict=True) if digest}
        scan = scan_inbox(
            paths,
            settings.archive_dir,
            settings.pdf_engine,
            keep=text_free_documents(settings.warehouse, previous) if incremental else None,
            hashes=hashes,
            budget=read_budget,
        )
    batches = read_batches(
        scan,
        settings.cache_dir,
        settings.workers,
        settings.max_pages,
        settings.pdf_engine,
        budget.batch_chars,
        progress,
        on_read,
        read_budget,
    )
    parsed = parse_batches(clock.timed("extract", batches), previous, budget, datetime.now(UTC), clock)
    if incremental:
        written = update_published(settings.warehouse, build, parsed, previous, scan.known, clock)
    else:
        written = write_new(settings.warehouse, build, parsed, previous, clock)
    with clock("load"), duckdb.connect(str(build)) as con:
        write_fingerprint(con, fingerprint, datetime.now(UTC))
        write_basis(con, basis)
    return IngestResult(
        build,
        written.rows,
        written.documents,
        len(written.reused),
        written.quarantine,
        clock.seconds(),
        incremental,
    )


def parse_batches(
    batches: Iterator[ReadResult],
    previous: pl.DataFrame,
    budget: ParseBudget,
    ingested_at: datetime,
    clock: StageClock,
) -> Iterator[tuple[dict[str, pl.DataFrame], set[str]]]:
    """Each batch's raw frames (`build_raw_tables`; `documents` without history) and the batch's documents
    whose parsed rows are reused (parsed before under the same parser version, not quarantined now)."""
    for read in batches:
        versions = {
            r.content_hash: schemas.document_parser_version(r.extractor) for r in [*read.reports, *read.known]
        }
        reused = reusable_ids(previous, versions)
        with clock("parse"):
            frames = build_raw_tables(read, ingested_at, reused, budget, previous)
        del read  # its page texts are in `frames` now; not kept while the next batch is read
        yield frames, reused & set(frames["documents"]["document_id"].to_list())
        del frames


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
    """Read report files all at once (`ingest.state.reading` in one batch), archiving each by content hash
    first and reusing cached extractions.

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
    scan = scan_inbox(paths, archive_dir, engine, keep)
    return next(read_batches(scan, cache_dir, workers, max_pages, engine, None, progress))
