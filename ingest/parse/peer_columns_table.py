"""A peer team table whose person column is not the first: the cells before it give each member's part on the
team ("Leads the team (officer) | Ann Bell | Chief Executive / Fenby Council"), no part of the member's entry.
"""

from __future__ import annotations

import polars as pl

# The heading of the person column ("Person", "Name", "Peer", "Team member").
PERSON_COLUMN = r"(?i)^(?:person|name|peer|(?:team\s+)?member|peer\s+name)s?$"
# A table's rule row ("-----+-----", "|---|---|").
RULE_ROW = r"^[\s|+:=-]+$"


def without_part_cells(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines of each pipe- or tab-separated table under a header whose person column is not the first, the
    cells before that column blanked with spaces (same length: offsets stay exact), up to the table's end (a
    blank line or a line without a separator).

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The same lines, those cells blanked.
    """
    line = pl.col("line")
    # cells apart by pipes or tabs (a tab counted as a pipe: same length), a leading pipe's empty cell included
    split = line.str.replace_all("\t", "|").str.split("|")
    found = split.list.eval(pl.element().str.strip_chars().str.contains(PERSON_COLUMN))
    has_cells = line.str.contains(r"[|\t]")
    rule = line.str.contains(RULE_ROW) & (line.str.strip_chars() != "")
    flagged = lines.with_columns(
        _col=pl.when(has_cells & found.list.any()).then(found.list.arg_max()),
        _end=~has_cells & ~rule,
    ).with_columns(
        _table=(pl.col("_col").is_not_null() | pl.col("_end")).cast(pl.Int32).cum_sum().over("document_id")
    )
    column = pl.col("_col").first().over("document_id", "_table")
    width = split.list.head(column).list.eval(pl.element().str.len_chars()).list.sum() + column
    blank = pl.lit("").str.pad_start(width, " ")
    blanked = (
        pl.when(has_cells & (column > 0)).then(pl.concat_str(blank, line.str.slice(width))).otherwise(line)
    )
    return flagged.with_columns(line=blanked).drop("_col", "_end", "_table")
