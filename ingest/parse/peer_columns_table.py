"""A peer team table whose person column is not the first: the cells before it give each member's part on the
team ("Leads the team (officer) | Ann Bell | Chief Executive / Fenby Council"), no part of the member's entry;
and a list set out with dotted leaders between a member and their role, in either order ("Chief Executive,
Fenby Council ...... Ann Bell", "Cllr Tom Reed ...... Leader, Marsh Council"); and a box drawn beside the
report's text ("┌ PEER TEAM ──┐" ... "└──┘" in a right-hand column), read apart from the text beside it.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.peer_cues import NAME_ONLY
from ingest.parse.peer_words import starts_with_person

# The heading of the person column ("Person", "Name", "Peer", "Team member").
PERSON_COLUMN = r"(?i)^(?:person|name|peer|(?:team\s+)?member|peer\s+name)s?$"
# A table's rule row ("-----+-----", "|---|---|").
RULE_ROW = r"^[\s|+:=-]+$"
# A line in two parts apart by a dotted leader (indent, the part before, the part after).
DOTTED_ROW = r"^(\s*)(\S.*?)\s*(?:\.{3,}|…+)\s*(\S.*?)\s*$"


def without_part_cells(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines of each pipe- or tab-separated table under a header whose person column is not the first, the
    cells before that column blanked with spaces (same length: offsets stay exact), up to the table's end (a
    blank line or a line without a separator); their text is the row's `part_label` (the member's place on the
    team: their role where the row prints no other).

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The same lines, those cells blanked, with `part_label` (null on other lines).
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
    part = split.list.head(column).list.eval(pl.element().str.strip_chars()).list.join(" ").str.strip_chars()
    return flagged.with_columns(
        line=blanked, part_label=pl.when(has_cells & (column > 0) & (part != "")).then(part)
    ).drop("_col", "_end", "_table")


def dotted_as_commas(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Each line with a member and their role apart by a dotted leader read as a list line "Ann Bell, Chief
    Executive, Fenby Council": a person alone after the leader comes first, a person before it keeps their place
    (padded with spaces to the line's length: offsets of the line stay exact). A label before the leader ("Lead
    peer ...... Ann Bell, ...") is left to the labels' rules.

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The same lines, those rewritten.
    """
    # (looked for only on the lines with a leader's dots: the others are empty to it)
    dotted = pl.col("line").str.contains_any(["...", "…"])
    parts = pl.when(dotted).then(pl.col("line")).str.extract_groups(DOTTED_ROW)
    indent, before, after = (parts.struct.field(f) for f in ("1", "2", "3"))
    person_after = after.str.contains(NAME_ONLY) & starts_with_person(after) & ~starts_with_person(before)
    person_before = starts_with_person(before) & ~starts_with_person(after)
    length = pl.col("line").str.len_chars()
    swapped = pl.concat_str(indent, after, pl.lit(", "), before).str.pad_end(length)
    kept = pl.concat_str(indent, before, pl.lit(", "), after).str.pad_end(length)
    return lines.with_columns(
        line=pl.when(person_after.fill_null(False))
        .then(swapped)
        .when(person_before.fill_null(False))
        .then(kept)
        .otherwise(pl.col("line"))
    )


def boxed_columns(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines of each box drawn with box-drawing corners ("┌" ... "└") read from the box's column on: the text
    to the left of it (another column of the page) blanked with spaces (same length: offsets stay exact), the
    box's borders too.

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.

    Returns:
        The same lines, those in a box read apart.
    """
    line = pl.col("line")
    top = line.str.find("┌")
    by = ("document_id", "_box")
    flagged = lines.with_columns(
        _box=top.is_not_null().cast(pl.Int32).cum_sum().over("document_id")
    ).with_columns(_column=top.first().over(*by))
    # the box runs from its top corner to the line with its bottom corner at the same column
    bottom = (line.str.find("└") == pl.col("_column")).fill_null(False)
    inside = (pl.col("_box") > 0) & (bottom.cast(pl.Int32).cum_sum().over(*by) - bottom.cast(pl.Int32) == 0)
    column = pl.col("_column").cast(pl.Int64)
    boxed = pl.concat_str(pl.lit("").str.pad_start(column, " "), line.str.slice(column)).str.replace_all(
        r"[┌┐└┘─│]", " "
    )
    return flagged.with_columns(
        line=pl.when(inside & pl.col("_column").is_not_null()).then(boxed).otherwise(line)
    ).drop("_box", "_column")
