"""Split document texts into numbered lines with their character offsets (shared by line-based parsers)."""

from __future__ import annotations

import polars as pl

DOT = "\u2024"  # stands in for a decimal point or an abbreviation's full stop while sentences are split


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


def split_marked_lines(lines: pl.LazyFrame, cut: pl.Expr) -> pl.LazyFrame:
    """Each line cut into lines of their own where `cut` (the line with a NUL mark at each cut) marks it, the
    lines renumbered; the pieces keep every character, so offsets stay exact.

    Args:
        lines: frame from `explode_lines`.
        cut: the text of each line with "\\x00" where a new line starts.

    Returns:
        The lines, cut and renumbered.
    """
    return (
        lines.with_columns(line=cut.str.split("\x00"))
        .explode("line")
        .with_columns(length=pl.col("line").str.len_chars().cast(pl.Int64))
        .with_columns(
            char_offset=pl.col("char_offset")
            + pl.col("length").cum_sum().over("document_id", "line_no")
            - pl.col("length"),
        )
        .with_columns(line_no=pl.int_range(pl.len()).over("document_id"))
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


def _first_split(text: pl.Expr, part: pl.Expr) -> pl.Expr:
    """`text` split at the first occurrence of `part` only: a struct of the text before it and the rest
    (null when absent). Splitting at every occurrence instead would make a line that repeats a sentence k
    times cost k pieces for each of its k sentences: k squared (a 19,000-character line of "N/A. " asked
    Polars for gigabytes)."""
    return text.str.splitn(part, 2)


def char_position(text: pl.Expr, part: pl.Expr) -> pl.Expr:
    """Character (not byte) offset of the first occurrence of `part` in `text`; null when absent.

    Polars' `str.find` gives byte offsets, which differ from character offsets after "£", "–" or "’".
    """
    found = text.str.contains(part, literal=True) & (part.str.len_chars() > 0)
    before = _first_split(text, part).struct.field("field_0")
    return pl.when(found).then(before.str.len_chars().cast(pl.Int64))


def text_around(text: pl.Expr, part: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The text before and after the first occurrence of `part` in `text` (all of it and "" when absent)."""
    pieces = _first_split(text, part)
    after = pl.when(text.is_not_null() & part.is_not_null()).then(
        pieces.struct.field("field_1").fill_null("")
    )
    return pieces.struct.field("field_0"), after


def per_distinct_part(lines: pl.LazyFrame, part: str, **columns: pl.Expr) -> pl.LazyFrame:
    """`lines` with `columns` worked out once per distinct (document, line, `part`) and joined back; they may
    use the row's `line` and `part` only. Each lookup of a part in its line copies the line (`char_position`,
    `text_around`): a line that repeats one name k times then costs one lookup, not k."""
    keys = ["document_id", "line_no", part]
    lines = lines.cache()  # both branches below read it: computed once, not once per branch
    distinct = lines.select(*keys, "line").unique(keys, maintain_order=True).with_columns(**columns)
    return lines.join(distinct.drop("line"), on=keys, how="left", maintain_order="left", nulls_equal=True)


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


def rejoin_lines(docs: pl.LazyFrame, lines: pl.LazyFrame) -> pl.LazyFrame:
    """`docs` with the text of each document in `lines` rebuilt from its lines, each followed by its `sep` (a line
    break, or the space or tab that puts the next line on the same one); a document not in `lines` is unchanged.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.
        lines: lines of `explode_lines` with a `sep` column.

    Returns:
        The same frame, its `text` column rewritten.
    """
    texts = lines.group_by("document_id", maintain_order=True).agg(
        joined=pl.concat_str(pl.col("line"), pl.col("sep")).str.join("")
    )
    return (
        docs.join(texts, on="document_id", how="left", maintain_order="left")
        .with_columns(text=pl.coalesce("joined", "text"))
        .drop("joined")
    )
