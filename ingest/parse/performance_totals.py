"""A prose count that sums a report's other prose counts ("Across all four objectives, 15 of the 25 measures are
green, 6 amber and 4 red" after four objectives' counts) is its `Totals` row, however the sentence names it.

Each count it gives, two or more, must be the sum of that column over two or more other segment rows of the
report: the rows whose count is below it (a row restating the total, "the four red measures", is no part of it).
Two such rows that never disagree (one sentence's colours, the next one's directions) are one `Totals` row.
The shares in brackets beside its counts ("27 (60%) are green, 12 (27%) amber") are its `As Percentage` row, where
no sentence gives that row; a segment's shares in brackets are no row of their own.

So too where a report's summary table prints no total row: a prose count whose every count (two or more) is the sum
of that column over the table's segment rows (two or more) is the table's `Totals` row ("Of the 40 measures, 22 met
target, ..." under a table of themes).
"""

from __future__ import annotations

import polars as pl

from ingest.parse.performance_tables import ROW_NAMES

COUNTS = ["green", "amber", "red", "up", "stable", "down"]


def _total_ids(rows: pl.LazyFrame) -> pl.LazyFrame:
    """The ids of the segment rows whose every count (two or more) is the sum of the smaller counts of others."""
    segments = rows.filter(pl.col("row_kind") == "segment")
    parts = segments.select("document_id", part_id="row_id", **{f"{c}_part": c for c in COUNTS})
    pairs = segments.join(parts, on="document_id").filter(pl.col("part_id") != pl.col("row_id"))
    below = {c: pl.col(f"{c}_part").filter(pl.col(f"{c}_part") < pl.col(c)) for c in COUNTS}
    sums = pairs.group_by("row_id").agg(
        *[pl.col(c).first() for c in COUNTS],
        **{f"{c}_sum": below[c].sum() for c in COUNTS},
        **{f"{c}_parts": below[c].len() for c in COUNTS},
    )
    adds_up = [
        pl.col(c).is_null() | ((pl.col(f"{c}_parts") >= 2) & (pl.col(f"{c}_sum") == pl.col(c)))
        for c in COUNTS
    ]
    given = pl.sum_horizontal(pl.col(c).is_not_null().cast(pl.Int32) for c in COUNTS)
    return sums.filter(pl.all_horizontal(adds_up) & (given >= 2)).select("row_id")


def _one_per_document(rows: pl.LazyFrame, names: list[str]) -> pl.LazyFrame:
    """A document's rows made one: the first row's place and quote, each count the first given."""
    return rows.group_by("document_id", maintain_order=True).agg(
        *[pl.col(c).first() for c in names if c not in COUNTS and c != "document_id"],
        *[pl.col(c).drop_nulls().first() for c in COUNTS],
    )


def prose_totals(rows: pl.LazyFrame) -> pl.LazyFrame:
    """Prose summary rows with the ones that sum the others named `Totals` (and merged where they agree), and the
    shares in brackets beside a total's counts as its `As Percentage` row (other `bracketed` rows dropped).

    Args:
        rows: prose summary rows (document_id, segment, row_kind, the six count columns, char_offset, ...).

    Returns:
        The same columns, in the same order of documents and offsets.
    """
    names = rows.collect_schema().names()
    rows = rows.with_row_index("row_id")
    bracketed = pl.col("row_kind") == "bracketed"
    totals = _total_ids(rows).with_columns(is_total=pl.lit(True))
    flagged = rows.join(totals, on="row_id", how="left", maintain_order="left")
    # the shares in brackets beside a total's counts are its `As Percentage` row (where no sentence gives one)
    total_segments = flagged.filter(pl.col("is_total")).select("document_id", "segment").unique()
    given = flagged.filter(pl.col("row_kind") == "percentage").select("document_id").unique()
    shares = (
        flagged.filter(bracketed)
        .join(total_segments, on=["document_id", "segment"], how="semi")
        .join(given, on="document_id", how="anti")
        .with_columns(row_kind=pl.lit("percentage"), segment=pl.lit(ROW_NAMES["percentage"]))
    )
    clash = pl.any_horizontal(pl.col(c).drop_nulls().n_unique().over("document_id") > 1 for c in COUNTS)
    shares = _one_per_document(shares.filter(~clash), names)
    flagged = flagged.filter(~bracketed).with_columns(
        row_kind=pl.when(pl.col("is_total")).then(pl.lit("total")).otherwise("row_kind"),
        segment=pl.when(pl.col("is_total")).then(pl.lit(ROW_NAMES["total"])).otherwise("segment"),
    )
    total = pl.col("row_kind") == "total"
    clash = pl.any_horizontal(
        pl.col(c).filter(total).drop_nulls().n_unique().over("document_id") > 1 for c in COUNTS
    )
    one = _one_per_document(flagged.filter(total & ~clash), names)
    return pl.concat(
        [flagged.filter(~total | clash).select(names), one.select(names), shares.select(names)]
    ).sort("document_id", "char_offset", maintain_order=True)


def table_totals_in_prose(table: pl.LazyFrame, prose: pl.LazyFrame) -> pl.LazyFrame:
    """The prose rows that give the total of a summary table that prints none, named `Totals`.

    Args:
        table: summary table rows (document_id, row_kind, the six count columns, ...).
        prose: prose summary rows with the same columns, one row per segment (`_one_row_per_segment`).

    Returns:
        The prose rows that are a table's totals, with the prose's columns.
    """
    segments = pl.col("row_kind") == "segment"
    sums = (
        table.group_by("document_id")
        .agg(
            has_total=(pl.col("row_kind") == "total").any(),
            parts=segments.sum(),
            **{f"{c}_sum": pl.col(c).filter(segments).sum() for c in COUNTS},
            **{f"{c}_given": pl.col(c).filter(segments).is_not_null().all() for c in COUNTS},
        )
        .filter(~pl.col("has_total") & (pl.col("parts") >= 2))
    )
    adds_up = [
        pl.col(c).is_null() | (pl.col(f"{c}_given") & (pl.col(c) == pl.col(f"{c}_sum"))) for c in COUNTS
    ]
    given = pl.sum_horizontal(pl.col(c).is_not_null().cast(pl.Int32) for c in COUNTS)
    names = prose.collect_schema().names()
    totals = (
        prose.filter(pl.col("row_kind") == "segment")
        .join(sums, on="document_id", maintain_order="left")
        .filter(pl.all_horizontal(adds_up) & (given >= 2))
        .with_columns(row_kind=pl.lit("total"), segment=pl.lit(ROW_NAMES["total"]))
        .select(names)
    )
    # a sentence's colours and the next one's directions are one row (each adds up, so they never disagree)
    return _one_per_document(totals, names).select(names)
