"""Recommendations run together in one prose sentence, each opened by an ordinal word: "The council should, first,
agree a plan; second, close the gap; third, ...; and, finally, ..." ("firstly, ...; secondly, ..." too). Read in
the first paragraph under a recommendations heading or introduction (up to the next heading) that holds at least
three such items in order from the first, each numbered by its ordinal."""

from __future__ import annotations

import polars as pl

from ingest.raw.schemas import RECOMMENDATIONS

ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
ORDINAL_VALUES = {word: n for n, word in enumerate(ORDINALS, start=1)} | {
    f"{word}ly": n for n, word in enumerate(ORDINALS, start=1)
}
# an ordinal word opening an item: after the lead's comma ("should, first,"), a semicolon or a colon, with an "and"
# before the last ("; and, sixth, ..."), then its comma (the ordinal in group 1)
ORDINAL_WORD = rf"(?i:{'|'.join(sorted(ORDINAL_VALUES, key=len, reverse=True))})"
MARKER = rf"[,;:]\s+(?:(?i:and|or),?\s+)?({ORDINAL_WORD}),\s+"
MIN_ITEMS = 3


def ordinal_items(flagged: pl.LazyFrame) -> pl.LazyFrame:
    """One row per recommendation of each document's first ordinal-run paragraph under an anchor.

    Args:
        flagged: lines from `recommendation_lines.classify_lines` (is_anchor, is_heading, is_blank).

    Returns:
        Frame with the `RECOMMENDATIONS` schema.
    """
    sections = flagged.with_columns(
        section=(pl.col("is_heading") | pl.col("is_anchor")).cum_sum().over("document_id")
    ).filter(pl.col("is_anchor").first().over("document_id", "section"))
    paragraphs = (
        sections.with_columns(paragraph=pl.col("is_blank").cum_sum().over("document_id", "section"))
        .filter(~pl.col("is_blank") & ~pl.col("is_anchor"))
        .group_by("document_id", "source_file", "section", "paragraph", maintain_order=True)
        .agg(text=pl.col("line").str.strip_chars().str.join(" "), char_offset=pl.col("char_offset").first())
    )
    items = (
        paragraphs.filter(pl.col("text").str.count_matches(MARKER) >= MIN_ITEMS)
        .with_columns(part=pl.col("text").str.replace_all(MARKER, "\x00${1}\x00").str.split("\x00"))
        .with_columns(
            ordinal=pl.col("part").list.gather_every(2, offset=1),
            item=pl.col("part").list.gather_every(2, offset=2),
        )
        .explode("ordinal", "item")
        .with_columns(
            number=pl.col("ordinal")
            .str.to_lowercase()
            .replace_strict(ORDINAL_VALUES, default=None, return_dtype=pl.Int32),
            rank=pl.int_range(1, pl.len() + 1).over("document_id", "section", "paragraph"),
        )
    )
    # only a run in order from the first (a stray "second," in a sentence is none), the document's first such run
    in_order = (pl.col("number") == pl.col("rank")).all().over("document_id", "section", "paragraph")
    first = pl.struct("section", "paragraph") == pl.struct("section", "paragraph").first().over("document_id")
    title = pl.col("item").str.strip_chars().str.replace(r"\s*[;,.]\s*$", "")
    return (
        items.filter(in_order)
        .filter(first)
        .with_columns(
            title=title,
            body=pl.col("item").str.strip_chars(),
            sub_actions=pl.lit(0),
            quote=pl.concat_str(pl.col("ordinal"), pl.lit(", "), title),
        )
        .select([pl.col(c).cast(t) for c, t in RECOMMENDATIONS.items()])
    )
