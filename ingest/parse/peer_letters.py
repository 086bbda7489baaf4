"""A letter's writer named among its peer team as "myself" ("...; and myself as the LGA's Peer Challenge
Manager"): the member is the person who signed the letter, named on a line of its own under the letter's close
("Yours sincerely," then the name)."""

from __future__ import annotations

import polars as pl

from ingest.parse.peer_words import HONORIFIC, NAME

# The letter's close and the name signed under it (blank lines between them allowed).
CLOSE = (
    r"(?im)^[ \t]*(?:yours\s+(?:sincerely|faithfully|truly)|(?:kind|best|warm)\s+regards"
    r"|with\s+(?:best|kind)\s+wishes)[ \t]*,?[ \t]*\n(?:[ \t]*\n)*[ \t]*"
    rf"((?:{HONORIFIC}\s+)?{NAME})[ \t]*$"
)
# The writer in a team list: "myself as the LGA's Peer Challenge Manager", "myself, Senior Adviser, LGA".
MYSELF = r"^(?i:myself)\b(?:\s+as\b)?[\s,]*"


def with_signer(members: pl.LazyFrame, docs: pl.LazyFrame) -> pl.LazyFrame:
    """The member entries (`entry`) with "myself" read as the name signed under the letter ("Ann Bell, the LGA's
    Peer Challenge Manager"); null where the document has no signed close.

    Args:
        members: frame of member entries with document_id and entry.
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        `members`, its entries that start "myself" given the signer's name.
    """
    signer = docs.select("document_id", _signer=pl.col("text").str.extract(CLOSE, 1))
    entry = pl.col("entry")
    signed = pl.concat_str(pl.col("_signer"), pl.lit(", "), entry.str.replace(MYSELF, ""))
    return (
        members.join(signer, on="document_id", how="left", maintain_order="left")
        .with_columns(entry=pl.when(entry.str.contains(MYSELF)).then(signed).otherwise(entry))
        .drop("_signer")
    )
