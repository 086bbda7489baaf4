"""Stated totals and their parts, as reports print them, for the "figures add up" checks:

- "£11.9m of which £8.8m" -> part_of (total £11.9m, part £8.8m)
- "£8.6m ..., £5.8m and £1.1m ..., giving a cumulative shortfall of £15.6m" -> sum
- "Of the £31.4m being targeted, £21.5m is ... The remaining £9.9m ..." -> sum (total £31.4m)
"""

from __future__ import annotations

import polars as pl

from ingest.raw.schemas import FIGURE_RELATIONS

CLAUSE = r"^.*£[0-9][0-9,.]*\s?(?:bn|billion|m|million|k)?"
PART_OF = (
    r"(?i)^[\s,(]*(?:(?:in|for|during) (?:[0-9]{2,4}[/\-–—][0-9]{2,4}))?[\s,]*(?:of which|including)[\s,]*$"
)
TOTAL = r"(?i)(?:giving|making|bringing)(?: it to)? an? (?:cumulative|total|combined|overall)|(?:in|a) total of|totalling"
# ... not a total of things counted but not listed as figures ("two bridging loans totalling £8m": the figures
# before it in the sentence are no parts of it)
# (a count that matches the figures before it is their total: "£0.4m and £0.6m for the two schemes totalling £1m")
COUNTED_TOTAL = (
    r"(?i)(?-u:\b)(two|three|four|five|six|seven|eight|nine|ten|both|[0-9]+)\s+(?:[a-z'’-]+\s+){0,4}"
    r"(?:totalling|with a (?:combined |total )?value of)\s*$"
)
# ... in the same clause as them ("..., while reserves are kept to redeem three bonds totalling £6m" is another)
CLAUSE_BREAK = r"(?i),\s+(?:while|whilst|and|but|whereas|which)(?-u:\b)|;"
COUNT_WORDS = {
    "two": 2,
    "both": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
COUNT_WORDS |= {"ten": 10}
OF_THE = r"(?i)^\s*of the\s*$"
REMAINING = r"(?i)(?:the )?(?:remaining|remainder of|balance of|rest of)(?: the)?\s*$"


def parse_figure_relations(money: pl.LazyFrame) -> pl.LazyFrame:
    """Find the totals-and-parts relations among the £ mentions of each report.

    Args:
        money: frame from `ingest.parse.money.parse_money_mentions`.

    Returns:
        Frame with the `FIGURE_RELATIONS` schema.
    """
    gbp = (
        money.filter(pl.col("unit") == "gbp")
        .unique(["document_id", "char_offset"], keep="first", maintain_order=True)  # "in each of" rows
        .sort("document_id", "char_offset", maintain_order=True)
        .with_columns(clause=pl.col("context_before").str.replace(CLAUSE, ""))
        .with_columns(
            previous_amount=pl.col("amount_gbp").shift(1).over("document_id", "quote"),
            previous_raw=pl.col("raw_figure").shift(1).over("document_id", "quote"),
        )
    )
    part_of = gbp.filter(
        pl.col("clause").str.contains(PART_OF) & pl.col("previous_amount").is_not_null()
    ).select(
        "document_id",
        "source_file",
        "char_offset",
        "quote",
        relation=pl.lit("part_of"),
        total_gbp="previous_amount",
        total_raw="previous_raw",
        parts_gbp=pl.concat_list("amount_gbp"),
        parts_raw=pl.concat_list("raw_figure"),
    )
    sums = (
        gbp.with_columns(
            before_amounts=pl.col("amount_gbp").implode().over("document_id", "quote"),
            before_raw=pl.col("raw_figure").implode().over("document_id", "quote"),
            index=pl.int_range(pl.len()).over("document_id", "quote"),
            counted=pl.col("clause")
            .str.extract(COUNTED_TOTAL, 1)
            .str.to_lowercase()
            .replace(COUNT_WORDS)
            .cast(pl.Int64, strict=False),
        )
        .filter(
            pl.col("clause").str.contains(TOTAL)
            & (
                pl.col("counted").is_null()
                | ((pl.col("counted") == pl.col("index")) & ~pl.col("clause").str.contains(CLAUSE_BREAK))
            )
            & (pl.col("index") >= 2)
        )
        .select(
            "document_id",
            "source_file",
            "char_offset",
            "quote",
            relation=pl.lit("sum"),
            total_gbp="amount_gbp",
            total_raw="raw_figure",
            parts_gbp=pl.col("before_amounts").list.head(pl.col("index")),
            parts_raw=pl.col("before_raw").list.head(pl.col("index")),
        )
    )
    return _with_remaining(gbp, pl.concat([part_of, sums], how="vertical_relaxed"))


def _with_remaining(gbp: pl.LazyFrame, found: pl.LazyFrame) -> pl.LazyFrame:
    """Add "of the £T ..., £Y ... The remaining £R" and "£T, of which £Y ... The remaining £R": T = Y + R,
    with R later in the same paragraph."""
    ordered = gbp.with_columns(
        previous_clause=pl.col("clause").shift(1).over("document_id", "quote"),
        next_amount=pl.col("amount_gbp").shift(-1).over("document_id"),
        next_raw=pl.col("raw_figure").shift(-1).over("document_id"),
        next_clause=pl.col("clause").shift(-1).over("document_id"),
        next_paragraph=pl.col("paragraph").shift(-1).over("document_id"),
    )
    is_part = pl.col("clause").str.contains(PART_OF) | pl.col("previous_clause").str.contains(OF_THE)
    remaining = ordered.filter(
        is_part
        & pl.col("previous_amount").is_not_null()
        & pl.col("next_clause").str.contains(REMAINING)
        & (pl.col("next_paragraph") == pl.col("paragraph"))
    ).select(
        "document_id",
        "source_file",
        "char_offset",
        "quote",
        relation=pl.lit("sum"),
        total_gbp="previous_amount",
        total_raw="previous_raw",
        parts_gbp=pl.concat_list("amount_gbp", "next_amount"),
        parts_raw=pl.concat_list("raw_figure", "next_raw"),
    )
    return (
        pl.concat([found, remaining], how="vertical_relaxed")
        .sort("document_id", "char_offset", maintain_order=True)
        .with_columns(relation_id=pl.int_range(1, pl.len() + 1).over("document_id"))
        .select([pl.col(c).cast(t) for c, t in FIGURE_RELATIONS.items()])
    )
