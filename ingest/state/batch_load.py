"""Writing a build's raw tables batch by batch (`ingest.refresh`): a full build appends each batch's page,
warning and fact rows to a new file as the batch is parsed and lets them go; an incremental build (few
changed reports) gathers them and updates a copy of the published warehouse."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import duckdb
import polars as pl

from ingest.raw import schemas
from ingest.raw.load import append_rows, create_tables, write_tables
from ingest.read.inbox import KnownFile
from ingest.state.incremental import copy_published, update_raw_tables
from ingest.state.reuse import copy_reused_rows, with_history

T = TypeVar("T")
STAGES = ("extract", "parse", "load")
# written batch by batch on a full build; `documents` and `quarantine` (small) once every batch is parsed
BATCHED_TABLES = [name for name in schemas.RAW_TABLES if name not in ("documents", "quarantine")]
# a batch's raw frames (`ingest.parse.tables.build_raw_tables`) and its documents whose parsed rows are reused
Parsed = Iterator[tuple[dict[str, pl.DataFrame], set[str]]]


class StageClock:
    """Seconds spent in each stage of the ingest (extract, parse, load), which interleave batch by batch."""

    def __init__(self) -> None:
        self.spent = dict.fromkeys(STAGES, 0.0)

    @contextmanager
    def __call__(self, stage: str) -> Iterator[None]:
        """Count the time inside the block to `stage`."""
        started = time.perf_counter()
        try:
            yield
        finally:
            self.spent[stage] += time.perf_counter() - started

    def timed(self, stage: str, items: Iterator[T]) -> Iterator[T]:
        """`items`, the time taken to make each counted to `stage`."""
        done = object()
        while True:
            with self(stage):
                item = next(items, done)
            if item is done:
                return
            yield item
            del item  # not kept while the next one is made

    def seconds(self) -> dict[str, float]:
        """`<stage>_seconds` -> seconds."""
        return {f"{stage}_seconds": round(spent, 3) for stage, spent in self.spent.items()}


@dataclass
class Written:
    """What the batches wrote: rows per raw table, documents parsed or reused, quarantine rows."""

    rows: dict[str, int]
    documents: int
    reused: set[str]
    quarantine: list[dict]


def write_new(
    published: Path,
    build: Path,
    parsed: Parsed,
    previous: pl.DataFrame,
    clock: StageClock,
) -> Written:
    """A full build: each batch's page, warning and fact rows appended to a new build file as it is parsed
    (then let go), the documents (with their history) and the quarantine written last, then the rows of
    reused documents copied from the published warehouse."""
    documents: list[pl.DataFrame] = []
    quarantine: list[pl.DataFrame] = []
    reused: set[str] = set()
    with duckdb.connect(str(build)) as con:
        with clock("load"):
            rows = create_tables(con, BATCHED_TABLES)
        for frames, batch_reused in parsed:
            documents.append(frames["documents"])
            quarantine.append(frames["quarantine"])
            reused |= batch_reused
            with clock("load"):
                for name in BATCHED_TABLES:
                    rows[name] += append_rows(con, name, frames[name])
            del frames
        with clock("load"):
            current = pl.concat(documents)
            last = pl.concat(quarantine)
            rows |= write_tables(con, {"documents": with_history(current, previous), "quarantine": last})
            for table, copied in copy_reused_rows(con, published, reused).items():
                rows[table] += copied
    return Written({name: rows[name] for name in schemas.RAW_TABLES}, current.height, reused, last.to_dicts())


def update_published(
    published: Path,
    build: Path,
    parsed: Parsed,
    previous: pl.DataFrame,
    known: list[KnownFile],
    clock: StageClock,
) -> Written:
    """An incremental build: the batches' frames (the changed reports': few) gathered, then the copy of the
    published warehouse brought up to them (`ingest.state.incremental.update_raw_tables`)."""
    parts: dict[str, list[pl.DataFrame]] = {name: [] for name in schemas.RAW_TABLES}
    reused: set[str] = set()
    for frames, batch_reused in parsed:
        for name, frame in frames.items():
            parts[name].append(frame)
        reused |= batch_reused
        del frames
    with clock("load"):
        frames = {name: pl.concat(frame) for name, frame in parts.items()}
        current = frames["documents"]
        frames["documents"] = with_history(current, previous)
        copy_published(published, build)
        with duckdb.connect(str(build)) as con:
            rows = update_raw_tables(con, frames, reused, reused & {f.content_hash for f in known})
    return Written(rows, current.height, reused, frames["quarantine"].to_dicts())
