"""Per-measure statuses listed as bullets rather than a grid: each bullet names a measure, then after a dash its
status for each period ("- *Bins emptied on time* — Q3 2024/25: Amber; Q4 2024/25: Red"), one RAG row per
period; so too a line giving the measure, a dotted leader, then its statuses set apart by two or more spaces
("Bins emptied on time ........ Q3 2024/25: AMBER   Q4 2024/25: RED   (Worse)": a part that is no period's pair, the
bracketed direction, gives no row). The group the measures are in is the heading above them ("**Environment**"), if
any."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines
from ingest.parse.performance_tables import EMPHASIS, is_period, status

# a bullet: the measure, a spaced dash, then its statuses ("Q3: Amber; Q4: Red")
BULLET = r"^\s*[-•*·▪–]\s+(\S.*?)\s+[—–-]\s+(\S.*?\S:\s*\S.*)$"
# a line with the measure, a dotted leader (". . . .", "....", "…"), then its statuses ("Q3: Amber  Q4: Red")
LEADER = r"^\s*([^\s.…].*?)\s*(?:[.…]\s?){3,}\s*(\S.*?\S:\s*\S.*)$"
HEADING = r"^\s*(?:#{1,6}\s+)?(?:\*\*|__)?([^\d#*_\s][^*_]*?)(?:\*\*|__)?\s*$"  # "**Housing**", "### Housing"
HEADING_WORDS = 8  # a heading names a group in a few words


def _headings() -> pl.Expr:
    """Per line, the heading above it: the nearest line that is neither a bullet nor blank, where it is a short
    name ("**Housing and Investment**", not a sentence or a numbered section)."""
    text = pl.col("line").str.extract(HEADING, 1).str.strip_chars()
    heading = pl.when(
        text.is_not_null()
        & (text.str.count_matches(r"\s+") < HEADING_WORDS)
        & ~text.str.contains(r"[.:;,!?]$")
    ).then(text)
    plain = ~pl.col("line").str.contains(rf"^\s*[-•*·▪–]\s|{LEADER}") & pl.col("line").str.contains(r"\S")
    return pl.when(plain).then(heading.fill_null("")).forward_fill().over("document_id").replace("", None)


def bullet_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from bullets giving a measure its status per period.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    lines = explode_lines(docs)
    # only reports with a bullet's or a leader's line are read (both need a colon: tested first, cheaply; the
    # patterns as a column after that filter, since Polars tests every part of one filter on every line): the
    # patterns and the headings cost a scan of every line of every report
    read = (
        lines.filter(pl.col("line").str.contains(":", literal=True))
        .with_columns(read=pl.col("line").str.contains(BULLET) | pl.col("line").str.contains(LEADER))
        .filter("read")
        .select("document_id")
        .unique()
    )
    lines = lines.join(read, on="document_id", how="semi", maintain_order="left").with_columns(
        segment=_headings()
    )
    bullet, leader = pl.col("line").str.extract_groups(BULLET), pl.col("line").str.extract_groups(LEADER)
    measure = pl.coalesce(bullet.struct.field("1"), leader.struct.field("1"))
    said_all = pl.coalesce(bullet.struct.field("2"), leader.struct.field("2"))
    # every part of the statuses read on its line, before the explode ("new measure" is no period's); parts are set
    # apart by semicolons, a comma before a word, or two or more spaces (not those after a period's colon)
    pairs = said_all.str.replace_all(r",\s+([^\d\s])|([^:\s])\s{2,}(\S)", "${2};${1}${3}").str.split(";")
    period = pl.element().str.extract(r"^\s*(.+?)\s*:", 1)
    said = pl.element().str.extract(r":\s*(.+?)[\s.]*$", 1)
    return (
        lines.filter(pl.col("line").str.contains(BULLET) | pl.col("line").str.contains(LEADER))
        .with_columns(
            objective=measure.str.replace(EMPHASIS, "${1}").str.strip_chars(),
            period=pairs.list.eval(period),
            raw_status=pairs.list.eval(said),
            quote=pl.col("line").str.strip_chars(),
        )
        .with_columns(period_order=pl.int_ranges(1, pl.col("period").list.len() + 1))
        .drop("line")
        .explode("period", "raw_status", "period_order")
        .with_columns(status=status(pl.col("raw_status")))
        .filter(is_period(pl.col("period")) & pl.col("status").is_not_null())
        .with_columns(is_repaired=pl.lit(False))
    )
