"""Inbox folder -> raw tables: read (archive, cache, extract in parallel), then parse all documents at once."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from ingest.read_text import (
    DEFAULT_PDF_ENGINE,
    SUPPORTED_FORMATS,
    ReportText,
    UnreadableReport,
    extractor_id,
    hash_bytes,
    read_report,
)


@dataclass
class ReadResult:
    """What reading an inbox gave: the readable reports and the quarantined files."""

    reports: list[ReportText] = field(default_factory=list)
    quarantine: list[dict] = field(default_factory=list)


def list_report_files(inbox: Path) -> list[Path]:
    """Every file under the inbox (recursively), hidden files excluded, in a stable order."""
    return sorted(
        p for p in inbox.rglob("*") if p.is_file() and not any(x.startswith(".") for x in p.parts[-1:])
    )


def _quarantine_row(path: Path, content_hash: str | None, reason: str) -> dict:
    return {
        "source_file": path.name,
        "file_path": str(path),
        "content_hash": content_hash,
        "reason": reason,
        "quarantined_at": datetime.now(UTC),
    }


def _cache_path(cache_dir: Path | None, content_hash: str, extractor: str) -> Path | None:
    return None if cache_dir is None else cache_dir / f"{content_hash}.{extractor}.json"


def _read_one(args: tuple[Path, bytes, int, str]) -> ReportText | str:
    path, data, max_pages, engine = args
    try:
        return read_report(path, data, max_pages=max_pages, engine=engine)
    except UnreadableReport as exc:
        return str(exc)


def read_reports(
    paths: Iterable[Path],
    archive_dir: Path | None = None,
    cache_dir: Path | None = None,
    workers: int | None = None,
    max_pages: int = 400,
    engine: str = DEFAULT_PDF_ENGINE,
) -> ReadResult:
    """Read report files, archiving each by content hash first and reusing cached extractions.

    Args:
        paths: the report files.
        archive_dir: where every file's bytes are kept as `<hash>` before parsing (None: not kept).
        cache_dir: where extracted page texts are cached by content hash (None: no cache).
        workers: processes for PDF extraction (default: the machine's cores).
        max_pages: PDFs longer than this are quarantined.
        engine: the PDF engine (`ingest.read_text.PDF_ENGINES`); cached texts are kept per engine.

    Returns:
        The readable reports and a quarantine row for every file that could not be read.
    """
    result = ReadResult()
    todo: list[tuple[Path, bytes, int, str]] = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            result.quarantine.append(_quarantine_row(path, None, f"cannot read file: {exc.strerror or exc}"))
            continue
        content_hash = hash_bytes(data)
        if archive_dir is not None:
            _archive(archive_dir, content_hash, data)
        if path.suffix.lower() not in SUPPORTED_FORMATS:
            reason = f"unsupported file type '{path.suffix or '(none)'}'"
            result.quarantine.append(_quarantine_row(path, content_hash, reason))
            continue
        extractor = extractor_id(path, engine)
        cached = _load_cached(_cache_path(cache_dir, content_hash, extractor), path, data, extractor)
        if cached is not None:
            result.reports.append(cached)
        else:
            todo.append((path, data, max_pages, engine))
    for (path, data, _, _), outcome in zip(todo, _extract_all(todo, workers), strict=True):
        if isinstance(outcome, str):
            result.quarantine.append(_quarantine_row(path, hash_bytes(data), outcome))
            continue
        _store_cached(_cache_path(cache_dir, outcome.content_hash, outcome.extractor), outcome)
        result.reports.append(outcome)
    return result


def _extract_all(todo: list[tuple[Path, bytes, int, str]], workers: int | None) -> list[ReportText | str]:
    n_pdf = sum(1 for path, *_ in todo if path.suffix.lower() == ".pdf")
    workers = workers or os.cpu_count() or 1
    if n_pdf < 2 or workers < 2:
        return [_read_one(item) for item in todo]
    with ProcessPoolExecutor(max_workers=min(workers, n_pdf)) as pool:
        return list(pool.map(_read_one, todo, chunksize=1))


def _archive(archive_dir: Path, content_hash: str, data: bytes) -> None:
    target = archive_dir / content_hash
    if target.exists():
        return
    archive_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f".tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def _load_cached(cache_file: Path | None, path: Path, data: bytes, extractor: str) -> ReportText | None:
    if cache_file is None or not cache_file.exists():
        return None
    try:
        stored = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return ReportText(
        path, stored["hash"], stored["format"], len(data), stored["pages"], stored["warnings"], extractor
    )


def _store_cached(cache_file: Path | None, report: ReportText) -> None:
    if cache_file is None:
        return
    cache_file.parent.mkdir(parents=True, exist_ok=True)
    payload = {
        "hash": report.content_hash,
        "format": report.format,
        "pages": report.pages,
        "warnings": report.warnings,
    }
    tmp = cache_file.with_suffix(f".tmp{os.getpid()}")
    tmp.write_text(json.dumps(payload), encoding="utf-8")
    os.replace(tmp, cache_file)


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
