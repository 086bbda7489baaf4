"""What a build is made from, and whether the published warehouse was made from the same.

Every build records the fingerprint of what it was made from (`meta.refresh_state`): the inbox's file
names and contents, and the versions of the code that shape the warehouse. A refresh whose fingerprint
equals the published one has nothing to rebuild.

Hashing every inbox file on every refresh grows with the inbox (~0.4 s for 5,000 files, twice a refresh),
so `inbox_state` can keep each file's hash in a small cache file beside the warehouse, keyed by what
`os.stat` says of the file (size, modification and change times, inode). A file whose stat is the cached
one keeps its cached hash; any other file is read and hashed (the content hash stays the truth). The
change time is set by the kernel on every write and cannot be set back by a program (unlike the
modification time, which copies and `touch -d` set), and a file replaced by a rename has another inode.
A file changed within the same instant as it was hashed (the "racy" case of git's index) could keep its
stat: files changed within `RACY_SECONDS` before hashing are never cached, only hashed.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path

import duckdb

from ingest.read.report import hash_bytes, hash_file
from ingest.state.warehouse_file import connect_warehouse

STATE_TABLE = "meta.refresh_state"
HASH_CACHE_FORMAT = 1
RACY_SECONDS = 2  # a file changed this close to its hashing is hashed again next time (timestamps' grain)

StatKey = tuple[int, int, int, int, int]


def hash_cache_path(published: Path) -> Path:
    """The inbox hash cache of a warehouse: a hidden file beside it."""
    return published.with_name(f".{published.name}.inbox_hashes.json")


def inbox_state(
    paths: list[Path], inbox: Path, hash_cache: Path | None = None
) -> list[tuple[str, str | None]]:
    """Each inbox file's path (relative to the inbox) and content hash; None for a file that cannot be read.

    Args:
        paths: the inbox's files (`ingest.read.inbox.list_report_files`).
        inbox: the inbox folder.
        hash_cache: a file keeping the hashes of unchanged files between calls (`hash_cache_path`); None:
            every file is read and hashed.
    """
    if os.name != "posix":  # elsewhere the change time is the creation time: a rewrite keeps it
        hash_cache = None
    cached = _read_hash_cache(hash_cache) if hash_cache is not None else {}
    trusted_before = time.time_ns() - RACY_SECONDS * 1_000_000_000
    prefix = os.path.join(str(inbox), "")  # the inbox with one trailing separator
    state, kept = [], {}
    for path in paths:
        name = str(path)
        relative = name[len(prefix) :] if name.startswith(prefix) else str(path.relative_to(inbox))
        try:
            key = _stat_key(path.stat())
            entry = cached.get(name)
            digest: str | None = entry[1] if entry is not None and entry[0] == key else None
            digest = digest or hash_file(path)
            if max(key[1], key[2]) < trusted_before:
                kept[name] = (key, digest)
        except OSError:
            digest = None
        state.append((relative, digest))
    if hash_cache is not None and kept != cached:
        _write_hash_cache(hash_cache, kept)
    return state


def _stat_key(stat: os.stat_result) -> StatKey:
    """What a file's cached hash is kept under: size, modification and change times, inode, device."""
    return (stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino, stat.st_dev)


def _read_hash_cache(path: Path) -> dict[str, tuple[StatKey, str]]:
    """The cached hashes by file path (empty when the cache is missing, unreadable or of another format)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != HASH_CACHE_FORMAT:
            return {}
        return {name: (tuple(entry[:5]), entry[5]) for name, entry in data["files"].items()}
    except (OSError, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return {}


def _write_hash_cache(path: Path, kept: dict[str, tuple[StatKey, str]]) -> None:
    """Replace the cache file in one rename (a reader finds the old or the new one); a cache that cannot
    be written is no error: the next call hashes again."""
    files = {name: [*key, digest] for name, (key, digest) in kept.items()}
    staging = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        staging.write_text(json.dumps({"format": HASH_CACHE_FORMAT, "files": files}), encoding="utf-8")
        os.replace(staging, path)
    except OSError:
        staging.unlink(missing_ok=True)


def refresh_fingerprint(state: list[tuple[str, str | None]], versions: Mapping[str, str]) -> str:
    """A digest of what a build is made from: the inbox files' names and contents and the code versions."""
    return hash_bytes(
        json.dumps({"files": sorted(state), "versions": dict(versions)}, sort_keys=True).encode()
    )


def published_fingerprint(published: Path) -> str | None:
    """The fingerprint the published warehouse was built from (None: no warehouse, or built before it was kept)."""
    if not published.exists():
        return None
    try:
        with connect_warehouse(published) as con:
            row = con.execute(f"select fingerprint from {STATE_TABLE}").fetchone()
    except duckdb.Error:
        return None
    return row[0] if row else None


def write_fingerprint(con: duckdb.DuckDBPyConnection, fingerprint: str, built_at: datetime) -> None:
    """Record in the warehouse being built what it is made from (one row)."""
    con.execute("create schema if not exists meta")
    con.execute(f"create or replace table {STATE_TABLE} (fingerprint varchar not null, built_at timestamptz)")
    con.execute(f"insert into {STATE_TABLE} values (?, ?)", [fingerprint, built_at])
