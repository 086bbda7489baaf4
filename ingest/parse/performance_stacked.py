"""Table headers printed over two lines in space-aligned text ("On      Slightly  Signif." over "target  adrift
adrift"): each word of the second line sits under one cell of the first, and the header is the cells joined
("On target", "Slightly adrift", "Signif. adrift")."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

CELL = r"\S+(?: \S+)*"  # a space-aligned cell: words apart by single spaces
KEYS = ["document_id", "line_no"]


def _cell_spans(lines: pl.LazyFrame) -> pl.LazyFrame:
    """One row per cell of each line: its number, text and first and last-plus-one character."""
    return (
        lines.select(*KEYS, token=pl.col("line").str.extract_all(rf"{CELL}| +"))
        .explode("token")
        .drop_nulls("token")
        .with_columns(end=pl.col("token").str.len_chars().cum_sum().over(KEYS))
        .with_columns(start=pl.col("end") - pl.col("token").str.len_chars())
        .filter(~pl.col("token").str.starts_with(" "))
        .with_columns(cell_no=pl.int_range(pl.len()).over(KEYS))
    )


def _stacked(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Per first line of a two-line header, the cells joined with the words under them, tab-separated.

    Both lines hold words only (no figure, no tab or pipe); the first has three or more cells, the second two or
    more, each under one cell of the first that is not its first (the row labels' column)."""
    plain = ~pl.col("line").str.contains(r"\d|\t|\|")
    candidates = lines.filter(plain).select(*KEYS, "line")
    spans = _cell_spans(candidates).with_columns(cells=pl.len().over(KEYS))
    upper = spans.filter(pl.col("cells") >= 3)
    lower = spans.filter(pl.col("cells") >= 2).with_columns(line_no=pl.col("line_no") - 1)
    under = (
        lower.join(upper, on=KEYS, suffix="_up")
        .filter((pl.col("start") < pl.col("end_up")) & (pl.col("start_up") < pl.col("end")))
        .filter(pl.len().over(*KEYS, "cell_no") == 1)  # under exactly one cell
    )
    whole = (
        under.filter(pl.col("cell_no_up") > 0)
        .group_by(KEYS)
        .agg(matched=pl.len(), cells=pl.col("cells").first())
    )
    pairs = whole.filter(pl.col("matched") == pl.col("cells")).select(KEYS)
    joined = (
        upper.join(pairs, on=KEYS)
        .join(
            under.select(*KEYS, cell_no="cell_no_up", below="token"),
            on=[*KEYS, "cell_no"],
            how="left",
        )
        .sort(*KEYS, "cell_no")
        .with_columns(cell=pl.concat_str("token", "below", separator=" ", ignore_nulls=True))
        .group_by(KEYS)
        .agg(stacked=pl.col("cell").str.join("\t"))
    )
    return joined


def stack_headers(lines: pl.LazyFrame, is_header: Callable[[pl.Expr], pl.Expr]) -> pl.LazyFrame:
    """The lines with each two-line header that `is_header` accepts only once stacked made one line: the first
    line becomes the joined cells (tab-separated), the second an empty line.

    Args:
        lines: frame of `explode_lines` (document_id, line_no, line, ...).
        is_header: whether a line expression is a header.

    Returns:
        The same lines and columns.
    """
    stacked = _stacked(lines)
    below = stacked.select("document_id", pl.col("line_no") + 1, blank=pl.lit(True))
    return (
        lines.join(stacked, on=KEYS, how="left", maintain_order="left")
        .join(below, on=KEYS, how="left", maintain_order="left")
        .with_columns(
            stacked=pl.when(~is_header(pl.col("line")) & is_header(pl.col("stacked"))).then("stacked")
        )
        .with_columns(
            blank=pl.col("blank") & pl.col("stacked").shift(1).over("document_id").is_not_null(),
        )
        .with_columns(
            line=pl.when(pl.col("stacked").is_not_null())
            .then("stacked")
            .when(pl.col("blank"))
            .then(pl.lit(""))
            .otherwise("line")
        )
        .drop("stacked", "blank")
    )
