"""Which of the names found on a line stand: a name inside a longer match of the same line is part of it, and a
body's former name printed beside its present one is its alias, not another body."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import char_position, per_distinct_part


def outermost(mentions: pl.LazyFrame) -> pl.LazyFrame:
    """Drop a name inside a longer match on the same line ("NHS Foundation Trust" in "Marsh NHS Foundation
    Trust", "CVS" in "Wyvern Council for Voluntary Service (CVS)"); of two matches of one name, each inside the
    other's, the longer stands."""
    spans = (
        per_distinct_part(mentions, "name", start=char_position(pl.col("line"), pl.col("name")))
        .with_columns(
            length=pl.col("name").str.len_chars(),
            # a match naming several bodies (a list split into its councils) spans them all
            found_length=pl.when(pl.col("name").n_unique().over("document_id", "line_no", "found") > 1)
            .then(pl.col("found").str.len_chars())
            .otherwise(0),
        )
        .with_row_index("mention")
    )
    # each line's distinct matches only, and no line text in the join: k mentions of one body on a line
    # would otherwise join k times k rows, each carrying the line
    outer = (
        per_distinct_part(spans, "found", outer_start=char_position(pl.col("line"), pl.col("found")))
        .select(
            "document_id",
            "line_no",
            "outer_start",
            outer_found=pl.col("found"),
            outer_name=pl.col("name"),
            outer_length=pl.col("found").str.len_chars(),
        )
        .unique()
    )
    inner = (
        # a body named beside its former name stands, whatever other match its name is part of
        spans.filter(pl.col("source") != "formerly")
        .select("mention", "document_id", "line_no", "name", "found", "start", "length", "found_length")
        .join(outer, on=["document_id", "line_no"])
        .filter(
            (pl.col("outer_found") != pl.col("found"))  # not a part of the same match ("Fenby and Marsh ...")
            # ... nor of a match of the same body no longer than its own (two patterns' matches of one name, each
            # inside the other's: the longer stands)
            & (
                (pl.col("outer_name") != pl.col("name"))
                | (pl.col("outer_length") > pl.col("found").str.len_chars())
            )
            & (pl.col("outer_start") <= pl.col("start"))
            & (pl.col("start") + pl.col("length") <= pl.col("outer_start") + pl.col("outer_length"))
            & (pl.col("outer_length") > pl.col("length"))
            # a body of a list is inside no match shorter than the list's ("Marsh County Council" of "the Fenby Care
            # Board and Marsh County Council" is no part of "and Marsh County Council")
            & (pl.col("outer_length") > pl.col("found_length"))
        )
        .select("mention")
        .unique()
    )
    return spans.join(inner, on="mention", how="anti", maintain_order="left").drop(
        "mention", "start", "length", "found_length"
    )


def without_former_names(mentions: pl.LazyFrame) -> pl.LazyFrame:
    """Drop the mentions of a name that a report gives as a body's former one ("the Fenby Growth board (formerly
    the Fenby Economic Partnership)": the partnership's other mentions are the board's), wherever they are."""
    former = (
        mentions.filter(pl.col("source") == "formerly")
        .select("document_id", name=pl.col("acronym"))
        .drop_nulls("name")
        .unique()
    )
    return mentions.join(former, on=["document_id", "name"], how="anti", maintain_order="left")
