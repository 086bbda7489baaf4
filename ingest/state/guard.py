"""Refuse a refresh that would lose data by mistake: a missing, unreadable or empty inbox, or an inbox that
would mark more than a set share of the published documents as removed (a mistyped path, a half-synced
folder). Checked before anything is built, by the command line and by every Dagster run alike.
"""

from __future__ import annotations

import os
from pathlib import Path

import polars as pl

from ingest.read.inbox import list_report_files
from ingest.read.report import path_text
from ingest.state.reuse import previous_documents

DEFAULT_MAX_REMOVED_SHARE = 0.5


class RefreshRefused(RuntimeError):
    """The refresh would lose data by mistake; the published warehouse is left as it is."""


def readable_inbox_files(inbox: Path) -> list[Path]:
    """The inbox's report files, refusing an inbox that is missing, not a folder, unreadable or empty.

    Raises:
        RefreshRefused: with a message that says what is wrong and that nothing was changed.
    """
    unchanged = "the published warehouse was left as it was"
    if not inbox.exists():
        raise RefreshRefused(f"the inbox {inbox} does not exist; {unchanged}")
    if not inbox.is_dir():
        raise RefreshRefused(f"the inbox {inbox} is not a folder; {unchanged}")
    try:
        os.listdir(inbox)
    except OSError as exc:
        raise RefreshRefused(
            f"the inbox {inbox} cannot be read ({exc.strerror or exc}); {unchanged}"
        ) from exc
    files = list_report_files(inbox)
    if not files:
        raise RefreshRefused(f"the inbox {inbox} holds no report files; {unchanged}")
    return files


def would_remove(previous: pl.DataFrame, state: list[tuple[str, str | None]]) -> pl.DataFrame:
    """The published warehouse's live documents this inbox would mark removed: neither their content nor
    any of their file names is in the inbox any more (a file replaced by a new version under its own name
    is not a removal).

    Args:
        previous: the published warehouse's documents (`reuse.previous_documents`).
        state: each inbox file's path relative to the inbox and content hash (`fingerprint.inbox_state`).
    """
    names = [path_text(os.path.basename(path)) for path, _ in state]
    hashes = [digest for _, digest in state if digest is not None]
    live = previous.filter(~pl.col("is_removed").fill_null(False))
    return live.filter(
        ~pl.col("document_id").is_in(hashes)
        & ~pl.col("source_file").is_in(names)
        & ~pl.col("file_names").list.eval(pl.element().is_in(names)).list.any().fill_null(False)
    )


def check_removals(
    published: Path,
    state: list[tuple[str, str | None]],
    allow_removals: bool = False,
    max_removed_share: float = DEFAULT_MAX_REMOVED_SHARE,
) -> int:
    """Refuse an inbox that would mark more than `max_removed_share` of the published documents, or all of
    them, as removed, unless `allow_removals`; returns how many documents it removes.

    Raises:
        RefreshRefused: naming how many documents would go and how to allow it.
    """
    previous = previous_documents(published)
    live = previous.filter(~pl.col("is_removed").fill_null(False)).height
    removed = would_remove(previous, state)
    count = removed.height
    if allow_removals or live == 0 or (count <= max_removed_share * live and count < live):
        return count
    examples = ", ".join(sorted(removed["source_file"].to_list())[:5])
    raise RefreshRefused(
        f"this refresh would mark {count} of the {live} published documents as removed "
        f"(more than {max_removed_share:.0%}{', all of them' if count == live else ''}; e.g. {examples}); "
        "the published warehouse was left as it was. If the inbox is right, run again with "
        "--allow-removals (or COUNCILWH_ALLOW_REMOVALS=1)"
    )
