"""Grids that print the year once over its quarters: a heading row of years ("2022/23  |  2023/24") over a header
row of bare quarters ("Measure  Q4  |  Q1  Q2  Q3  Q4"). Each quarter column's period takes the year printed over
it ("Q4 2022/23", "Q1 2023/24"), and the two rows become one header row."""

from __future__ import annotations

import polars as pl

from ingest.parse.dates import QUARTER_NUMBER
from ingest.parse.performance_tables import QUARTER, cells

KEYS = ["document_id", "line_no"]
# a year as a heading prints it: a financial year ("2023/24", "2023-24", "2023/2024") or a calendar year ("2024")
HEADING_YEAR = r"^(?:19|20)\d{2}(?:\s*[/\-–]\s*(?:19|20)?\d{2})?$"


def _year_rows(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Per line under a row of years alone (two or more spaces, tabs or pipes between them), those years."""
    # only a line with a year's first figures ("19", "20") is split into cells (a cheap test first: the rest are
    # null, and go)
    years = pl.when(pl.col("line").str.contains_any(["19", "20"])).then(
        cells(pl.col("line")).list.eval(pl.element().filter(pl.element().str.contains(r"\w")))
    )
    return (
        lines.with_columns(years=years)
        .filter(
            (pl.col("years").list.len() >= 1)
            & pl.col("years").list.eval(pl.element().str.contains(HEADING_YEAR)).list.all()
        )
        .select("document_id", pl.col("line_no") + 1, "years")
    )


def _quarter_number(token: pl.Expr) -> pl.Expr:
    """1 to 4 for a cell that is a bare quarter ("Q2", "Qtr 2", "Quarter Two"), else null."""
    bare = token.str.strip_chars().str.contains(rf"(?i)^{QUARTER}$")
    number = (
        token.str.to_lowercase().str.extract(r"([1-4]|one|two|three|four)\s*$", 1).replace(QUARTER_NUMBER)
    )
    return pl.when(bare).then(number.cast(pl.Int32))


def _dated_headers(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The header rows under a row of years, each bare quarter followed by its year.

    Quarters run in order within a year (Q4 of one, then Q1 Q2 of the next), so each run of rising quarters is one
    year's: the first run takes the first year printed, the second the second. This reads the years however they are
    aligned over their columns (flush left, centred or right); a row whose runs and years differ in number is left
    as it is.
    """
    tokens = (
        lines.join(_year_rows(lines), on=KEYS, how="inner")
        .select(*KEYS, "years", token=pl.col("line").str.extract_all(r"[^\s]+(?: [^\s]+)*|\s+"))
        .with_columns(position=pl.int_ranges(0, pl.col("token").list.len()))
        .explode("token", "position")
        .with_columns(quarter=_quarter_number(pl.col("token")))
    )
    earlier = pl.col("quarter").forward_fill().shift(1).over(KEYS, order_by="position")
    runs = (
        tokens.with_columns(
            starts=pl.col("quarter").is_not_null() & (pl.col("quarter") <= earlier).fill_null(True)
        )
        .with_columns(run=pl.col("starts").cum_sum().over(KEYS, order_by="position") - 1)
        .with_columns(runs=pl.col("starts").sum().over(KEYS))
        .filter((pl.col("runs") > 0) & (pl.col("runs") == pl.col("years").list.len()))
    )
    dated = pl.when(pl.col("quarter").is_not_null()).then(
        pl.concat_str(pl.col("token"), pl.lit(" "), pl.col("years").list.get(pl.col("run"), null_on_oob=True))
    )
    return (
        runs.with_columns(token=dated.otherwise(pl.col("token")))
        .sort(*KEYS, "position")
        .group_by(KEYS, maintain_order=True)
        .agg(dated_line=pl.col("token").str.join(""))
    )


def carry_year_headings(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines with each header row of bare quarters under a row of years dated by it, and that row of years
    emptied (it is part of the header now).

    Args:
        lines: frame of `explode_lines` (document_id, line_no, line, ...).

    Returns:
        The same lines and columns.
    """
    dated = _dated_headers(lines)
    heading = dated.select("document_id", pl.col("line_no") - 1, heading=pl.lit(True))
    return (
        lines.join(dated, on=KEYS, how="left", maintain_order="left")
        .join(heading, on=KEYS, how="left", maintain_order="left")
        .with_columns(
            line=pl.when(pl.col("heading")).then(pl.lit("")).otherwise(pl.coalesce("dated_line", "line"))
        )
        .drop("dated_line", "heading")
    )
