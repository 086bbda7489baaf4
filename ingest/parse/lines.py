"""Split document texts into numbered lines with their character offsets (shared by line-based parsers)."""

from __future__ import annotations

import polars as pl


def explode_lines(docs: pl.LazyFrame) -> pl.LazyFrame:
    """One row per line: document_id, source_file, line_no (0-based), char_offset, line.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        The lines of every document, in order.
    """
    return (
        docs.select("document_id", "source_file", line=pl.col("text").str.split("\n"))
        .explode("line")
        .with_columns(
            line_no=pl.int_range(pl.len()).over("document_id"),
            length=pl.col("line").str.len_chars().cast(pl.Int64) + 1,
        )
        .with_columns(char_offset=pl.col("length").cum_sum().over("document_id") - pl.col("length"))
        .drop("length")
    )


def strip_markup(expr: pl.Expr) -> pl.Expr:
    """Remove markdown emphasis and HTML tags, collapse white space."""
    return (
        expr.str.replace_all(r"</?[a-zA-Z]+>", "")
        .str.replace_all(r"\*+|(?:^|\s)_{1,3}|_{1,3}(?:\s|$)", " ")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )


def char_position(text: pl.Expr, part: pl.Expr) -> pl.Expr:
    """Character (not byte) offset of the first occurrence of `part` in `text`; null when absent.

    Polars' `str.find` gives byte offsets, which differ from character offsets after "£", "–" or "’".
    """
    found = text.str.contains(part, literal=True) & (part.str.len_chars() > 0)
    return pl.when(found).then(text.str.split(part).list.first().str.len_chars().cast(pl.Int64))


def text_around(text: pl.Expr, part: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The text before and after the first occurrence of `part` in `text`."""
    pieces = text.str.split(part)
    return pieces.list.first(), pieces.list.slice(1).list.join(part)


def leading_short_lines(text: pl.Expr, lines: int, chars: int) -> pl.Expr:
    r"""The opening of `text` made of its first lines (at most `lines`) up to the first one longer than `chars`
    characters, each with the line break after it: what `^((?:[^\n]{0,chars}(?:\n|$)){0,lines})` extracts,
    without that regex's cost (the bounded repeats make it one of the slowest of all to compile)."""
    pieces = text.str.split("\n")
    kept = pieces.list.eval(
        pl.element().filter((pl.element().str.len_chars() > chars).cum_sum() == 0).head(lines)
    )
    followed = (kept.list.len() > 0) & (kept.list.len() < pieces.list.len())
    return kept.list.join("\n") + pl.when(followed).then(pl.lit("\n")).otherwise(pl.lit(""))
