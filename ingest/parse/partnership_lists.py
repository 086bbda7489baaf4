"""Names read from their place in a sentence: each item of a list of bodies of a kind (`LISTED_KIND`), a name without the verb opening its sentence ("Use Freeport status ..."), two councils printed as
one ("Fenby, South Marsh and Marsh County Council", where the report names South Marsh's council elsewhere), and
two bodies of one kind printed as one ("the University of Fenby and Marsh Vale University")."""

from __future__ import annotations

import polars as pl

from ingest.parse.partnership_patterns import IMPERATIVE, SENTENCE_START

COUNCIL_TYPE = r"(?:(?:Metropolitan\s+)?Borough\s+|District\s+|City\s+|County\s+)?Councils?$"


def list_items(found: pl.LazyFrame) -> pl.LazyFrame:
    """The mentions of a list's match (its `name`: "Fenby Homes, Marsh Vale and Wyre"), one per item, each quoted by itself;
    a council in the list is found by the council patterns, not here."""
    return (
        found.with_columns(name=pl.col("name").str.replace_all(r",?\s+(?:and|&)\s+", ", ").str.split(", "))
        .explode("name")
        .with_columns(name=pl.col("name").str.strip_chars(), found=pl.col("name").str.strip_chars())
        .filter(~pl.col("name").str.contains(r"Councils?$"))
    )


def without_opening_verb(found: pl.LazyFrame) -> pl.LazyFrame:
    """The mentions with a verb opening a sentence, a table cell or a list item cut from the name it opens ("Use
    Freeport status" names no "Use Freeport")."""
    at = pl.col("plain").str.find(pl.col("found"), literal=True)
    opens = pl.col("found").str.contains(IMPERATIVE) & pl.col("plain").str.slice(0, at).str.contains(
        SENTENCE_START
    ).fill_null(False)
    return found.with_columns(
        found=pl.when(opens).then(pl.col("found").str.replace(IMPERATIVE, "")).otherwise("found"),
        name=pl.when(opens).then(pl.col("name").str.replace(IMPERATIVE, "")).otherwise("name"),
    )


def split_known_councils(mentions: pl.LazyFrame) -> pl.LazyFrame:
    """A council's name "X and Y County Council" where the report names X's council elsewhere ("South Marsh
    Council"), or where X is a body another pattern finds ("Homes England and Fenby County Council"), is the last
    of a list, not one council: it names "Y County Council" (X is that other council's, or that body). A council
    with "and" in its name ("Fenby and Wyre Borough Council") stands where X is neither."""
    # (a window over the rows, not a join of the frame with a frame of its own: a frame read twice is worked out twice)
    own_place = pl.when(pl.col("name").str.contains(COUNCIL_TYPE)).then(
        pl.col("name").str.replace(r"\s+" + COUNCIL_TYPE, "")
    )
    parts = pl.col("name").str.extract_groups(r"^(.+?)\s+and\s+(.+\s" + COUNCIL_TYPE.removesuffix("$") + ")$")
    split = (
        mentions.with_columns(
            _places=pl.concat_list(
                own_place.over("document_id", mapping_strategy="join"),
                pl.col("name").over("document_id", mapping_strategy="join"),
            ),
            _first=parts.struct.field("1"),
            _last=parts.struct.field("2"),
        )
        .with_columns(
            _known=pl.col("_first").is_not_null()
            & pl.col("_places").list.drop_nulls().list.contains(pl.col("_first")).fill_null(False)
        )
        .with_columns(
            name=pl.when(pl.col("_known")).then("_last").otherwise("name"),
            found=pl.when(pl.col("_known")).then("_last").otherwise("found"),
        )
    )
    return split.drop("_places", "_first", "_last", "_known")


def split_paired_bodies(mentions: pl.LazyFrame) -> pl.LazyFrame:
    """A name "K of X and Y K", its kind word K opening it and closing it ("the University of Fenby and Marsh Vale
    University", "the College of Wyre and Upton College"), is two bodies of that kind: "K of X" and "Y K", each
    quoted by itself."""
    parts = pl.col("name").str.extract_groups(
        r"^(\p{Lu}[\w'’-]+)\s+of\s+(.+?)\s+and\s+(.+?)\s+(\p{Lu}[\w'’-]+)$"
    )
    paired = (
        pl.col("_parts").struct.field("1").is_not_null()
        & (pl.col("_parts").struct.field("1") == pl.col("_parts").struct.field("4"))
    ).fill_null(False)
    first = pl.concat_str(
        pl.col("_parts").struct.field("1"), pl.lit(" of "), pl.col("_parts").struct.field("2")
    )
    second = pl.concat_str(
        pl.col("_parts").struct.field("3"), pl.lit(" "), pl.col("_parts").struct.field("4")
    )
    # (the paired rows taken apart by two filters, not an explode: an explode copies each row's line with it)
    marked = mentions.with_columns(_parts=parts).with_columns(_paired=paired)
    return pl.concat(
        [
            marked.filter(~pl.col("_paired")),
            *(
                marked.filter(pl.col("_paired")).with_columns(name=part, found=part)
                for part in (first, second)
            ),
        ]
    ).drop("_parts", "_paired")
