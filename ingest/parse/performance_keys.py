"""A report's own status codes, defined in a key printed above its tables ("Key:  OT = On target   WT = Within
tolerance   OFF = Off target"): each capitalised code (one to four letters) set equal to a status that
`performance_tables.status` reads ("On target", "Amber", ...) stands for that status in the report's tables. A
key counts where it defines two statuses or more (a lone "X = Red" is no key); codes set equal to anything
else (a trend "+ = Improving", a note) are not read."""

from __future__ import annotations

import polars as pl

from ingest.parse.engine import collected
from ingest.parse.lines import explode_lines
from ingest.parse.performance_tables import status

# a code and its sign ("OT =", "WT="): where a definition starts
DEFINED = r"(?-u:\b)([A-Z]{1,4})\s*=\s*"


def key_codes(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Per document, each code its key defines and the status word it stands for.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame of document_id, code, meaning (the status as the key prints it).
    """
    parts = (
        explode_lines(docs)
        .filter(pl.col("line").str.count_matches(DEFINED) >= 1)
        .select(
            "document_id",
            part=pl.col("line").str.replace_all(DEFINED, "\t${1}=").str.split("\t").list.slice(1),
        )
        .explode("part")
        .select(
            "document_id",
            code=pl.col("part").str.extract(r"^([A-Z]+)=", 1),
            # the words after the sign, up to a gap of two spaces (the next column of the key) or the line's end
            meaning=pl.col("part").str.extract(r"^[A-Z]+=(\S+(?: \S+)*)", 1),
        )
        .filter(status(pl.col("meaning")).is_not_null() & status(pl.col("code")).is_null())
        .unique(["document_id", "code"], keep="first", maintain_order=True)
    )
    return parts.filter(pl.len().over("document_id") >= 2)


def decode_cells(rows: pl.LazyFrame, codes: pl.LazyFrame, column: str = "cells") -> pl.LazyFrame:
    """The rows with each cell of the list `column` that is a code of its document's key replaced by the status
    the key gives it (other cells, and documents without a key, as they are).

    Args:
        rows: frame with document_id and the list column.
        codes: frame of `key_codes`.
        column: the list-of-strings column to decode.
    """
    row_id = "__key_row"
    numbered = collected(rows.with_row_index(row_id))  # read twice: worked out once, not once for each read
    decoded = (
        numbered.select(row_id, "document_id", column)
        .join(codes.select("document_id").unique(), on="document_id", how="semi")
        .explode(column)
        .join(
            codes.rename({"code": column}),
            on=["document_id", column],
            how="left",
            maintain_order="left",
            nulls_equal=False,
        )
        .group_by(row_id, maintain_order=True)
        .agg(pl.coalesce("meaning", column).alias("__decoded"))
    )
    return (
        numbered.join(decoded, on=row_id, how="left", maintain_order="left")
        .with_columns(pl.coalesce("__decoded", column).alias(column))
        .drop(row_id, "__decoded")
    )
