"""Table headers printed over two or three lines in space-aligned text ("On      Slightly  Signif." over "target  adrift
adrift", or "On      Within" over "target  tolerance" over "(Green)  (Amber)"): the cells of the lines that overlap
make one column, and the header is each column's words joined from the top ("On target", "Slightly adrift",
"Within tolerance (Amber)", "Slip-" over "ping" one word); a cell under no other stands alone ("Better" under nothing on the line above)."""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

CELL = r"\S+(?: \S+)*"  # a space-aligned cell: words apart by single spaces
KEYS = ["document_id", "line_no"]
MAX_LINES = 3  # how many lines a header's words may wrap over


def _cell_spans(lines: pl.LazyFrame) -> pl.LazyFrame:
    """One row per cell of each line: its number, text and first and last-plus-one character."""
    return (
        lines.select(*KEYS, "alone", token=pl.col("line").str.extract_all(rf"{CELL}| +"))
        .explode("token")
        .drop_nulls("token")
        .with_columns(end=pl.col("token").str.len_chars().cum_sum().over(KEYS))
        .with_columns(start=pl.col("end") - pl.col("token").str.len_chars())
        .filter(~pl.col("token").str.starts_with(" "))
    )


def _stacked(lines: pl.LazyFrame, is_header: Callable[[pl.Expr], pl.Expr]) -> pl.LazyFrame:
    """Per first line of a header printed over two to MAX_LINES lines, the columns' words joined (tab-separated)
    and how many lines it takes.

    Every line holds words only (no figure, no tab or pipe), two or more cells, and is no header on its own; the
    cells whose characters overlap make a column, which takes one cell a line at most (a cell over two others is
    no header's); the joined line is a header, and the one of the most lines starting at a line is taken."""
    plain = ~pl.col("line").str.contains(r"\d|\t|\|") & pl.col("line").str.contains(r"\S {2,}\S")
    candidates = lines.filter(plain).select(*KEYS, "line", alone=is_header(pl.col("line")))
    window = ["document_id", "top", "size"]
    spans = (
        _cell_spans(candidates)
        .with_columns(row=pl.int_ranges(0, MAX_LINES), size=pl.int_ranges(2, MAX_LINES + 1))
        .explode("row")
        .explode("size")
        .filter(pl.col("row") < pl.col("size"))
        .with_columns(top=pl.col("line_no") - pl.col("row"))
        .filter(
            (pl.col("row").n_unique().over(window) == pl.col("size")) & ~pl.col("alone").any().over(window)
        )
        .sort(*window, "start")
        .with_columns(reach=pl.col("end").cum_max().shift(1).over(window))
        .with_columns(
            column=(pl.col("reach").is_null() | (pl.col("start") >= pl.col("reach"))).cum_sum().over(window)
        )
    )
    columns = (
        spans.sort(*window, "column", "row")
        .group_by(*window, "column", maintain_order=True)
        .agg(cell=pl.col("token").str.join(" "), cells=pl.len(), lines=pl.col("row").n_unique())
        # a word split over two lines at a hyphen ("Slip-" over "ping") is one word
        .with_columns(pl.col("cell").str.replace_all(r"(\p{Ll})- (\p{Ll})", "${1}${2}"))
    )
    whole = (
        columns.group_by(window, maintain_order=True)
        .agg(
            stacked=pl.col("cell").str.join("\t"),
            ok=(pl.col("cells") == pl.col("lines")).all() & (pl.col("lines") > 1).any(),
        )
        .filter(pl.col("ok"))
    )
    headers = whole.filter(is_header(pl.col("stacked"))).sort(*window).group_by("document_id", "top").last()
    # a header found again from a line inside it (its lower lines and the one below) is the same header
    taken = pl.col("top") > (pl.col("top") + pl.col("size") - 1).cum_max().shift(1).over("document_id")
    return (
        headers.sort("document_id", "top")
        .filter(taken.fill_null(True))
        .select("document_id", line_no="top", size="size", stacked="stacked")
    )


def stack_headers(lines: pl.LazyFrame, is_header: Callable[[pl.Expr], pl.Expr]) -> pl.LazyFrame:
    """The lines with each header printed over two or more lines, which `is_header` accepts only once stacked, made
    one line: the first line becomes the joined cells (tab-separated), the lines below it empty lines.

    Args:
        lines: frame of `explode_lines` (document_id, line_no, line, ...).
        is_header: whether a line expression is a header.

    Returns:
        The same lines and columns.
    """
    stacked = _stacked(lines, is_header)
    below = (
        stacked.with_columns(line_no=pl.int_ranges(pl.col("line_no") + 1, pl.col("line_no") + pl.col("size")))
        .explode("line_no")
        .select("document_id", "line_no", blank=pl.lit(True))
    )
    return (
        lines.join(stacked.drop("size"), on=KEYS, how="left", maintain_order="left")
        .join(below, on=KEYS, how="left", maintain_order="left")
        .with_columns(
            line=pl.when(pl.col("stacked").is_not_null())
            .then("stacked")
            .when(pl.col("blank"))
            .then(pl.lit(""))
            .otherwise("line")
        )
        .drop("stacked", "blank")
    )
