"""Files kept beside the warehouse: every inbox file's bytes by content hash (the archive), and each file's
extracted page texts by content hash and extractor (the text cache), so unchanged files are not read again."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import uuid
from pathlib import Path

from ingest.read.report import ReportText, open_regular


def cache_path(cache_dir: Path | None, content_hash: str, extractor: str) -> Path | None:
    """Where a file's extracted texts are cached (None: no cache)."""
    return None if cache_dir is None else cache_dir / f"{content_hash}.{extractor}.json"


def write_atomically(target: Path, data: bytes) -> None:
    """Write `target` (and its folder) whole or not at all: through a file of this process beside it, renamed
    over it, so a reader sees the old file or the new one, never a half-written one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(f"{target.suffix}.tmp{os.getpid()}")
    tmp.write_bytes(data)
    os.replace(tmp, target)


def archive_file(archive_dir: Path, content_hash: str, data: bytes) -> None:
    """Keep a file's bytes as `<archive_dir>/<content hash>` (written once, atomically)."""
    target = archive_dir / content_hash
    if not target.exists():
        write_atomically(target, data)


def archive_stream(archive_dir: Path | None, path: Path, chunk: int = 1 << 20) -> tuple[str, int]:
    """Hash a file a chunk at a time (never all of it in memory) and keep its bytes as
    `<archive_dir>/<content hash>` (atomically; None: only hash it). Returns its content hash and size."""
    digest, size = hashlib.sha256(), 0
    tmp = None if archive_dir is None else archive_dir / f".{uuid.uuid4().hex}.tmp{os.getpid()}"
    if tmp is not None:
        archive_dir.mkdir(parents=True, exist_ok=True)
    try:
        with open_regular(path) as source, tmp.open("wb") if tmp else contextlib.nullcontext() as copy:
            while block := source.read(chunk):
                digest.update(block)
                size += len(block)
                if copy is not None:
                    copy.write(block)
        content_hash = digest.hexdigest()
        if tmp is not None and not (archive_dir / content_hash).exists():
            os.replace(tmp, archive_dir / content_hash)
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return content_hash, size


def load_cached_text(
    cache_file: Path | None, path: Path, size_bytes: int, extractor: str
) -> ReportText | None:
    """The cached text of this file, or None when there is none (or it cannot be read)."""
    if cache_file is None or not cache_file.exists():
        return None
    try:
        stored = json.loads(cache_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return ReportText(
        path, stored["hash"], stored["format"], size_bytes, stored["pages"], stored["warnings"], extractor
    )


def store_cached_text(cache_file: Path | None, report: ReportText) -> None:
    """Cache a report's extracted texts (atomically)."""
    if cache_file is None:
        return
    payload = {
        "hash": report.content_hash,
        "format": report.format,
        "pages": report.pages,
        "warnings": report.warnings,
    }
    write_atomically(cache_file, json.dumps(payload).encode("utf-8"))


def link_or_copy(source: Path, target: Path) -> None:
    """Put an existing file at `target` (in a folder being built) without writing the file in place: a
    hard link to the same file, else, where the file system has no links, a copy."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)


def swap_folder(staging: Path, target: Path) -> None:
    """Replace the folder `target` by `staging` with two renames in one folder (the old one removed after),
    so a reader sees the old or the new folder, never a half-written one."""
    old = target.with_name(f".{target.name}.{uuid.uuid4().hex}.old")
    if target.exists():
        os.rename(target, old)
    os.rename(staging, target)
    shutil.rmtree(old, ignore_errors=True)
