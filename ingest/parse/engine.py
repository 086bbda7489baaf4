"""The Polars engine every parser's query runs on, and the one way a parser reuses a part of its query."""

from __future__ import annotations

import polars as pl

# The parsers' queries run on Polars' in-memory engine: a batch is a few wide projections over one frame of
# texts, where the streaming engine's per-query set-up costs more than it saves (it made a one-document
# batch ~0.2 s slower and a 500-document one no faster).
ENGINE = "in-memory"
# ... without common subplan elimination: the parts a query reads twice are shared by hand (`collected`,
# `.cache()`), and the search for more of them in plans of 0.1-0.9 MB of text cost more than it found
# (about an eighth of the CPU time of a one-document parse and a sixth of 64 documents'; the same rows).
OPTIMIZATIONS = pl.QueryOptFlags(comm_subplan_elim=False)


def collect(frame: pl.LazyFrame) -> pl.DataFrame:
    """`frame` worked out on the parsers' engine with their optimizations."""
    return frame.collect(engine=ENGINE, optimizations=OPTIMIZATIONS)


def collected(frame: pl.LazyFrame) -> pl.LazyFrame:
    """`frame` worked out now, for a query that reads it more than once. Polars 2.1 shares a part read twice
    (common subplan elimination, or `.cache()`) only when that part does not itself hold a shared part: the
    performance summary's tables (shared inside, read by three branches) were parsed three times, and money's
    sentences and the peer team's lines twice; 9 of the parse stage's 19 s at 500 reports. What it holds is
    bounded by the batch (`ParseBudget.batch_chars`) and by one document's budget when parsed alone."""
    return collect(frame).lazy()
