"""Money mentions: every £ figure and money percentage, with its sentence, qualifier, fiscal year and period.

Capture only: which mart a figure belongs to (savings, overspends, other financial figures) is decided
in dbt (`int_money_mentions_classified`) from keyword seeds.
"""

from __future__ import annotations

import polars as pl

from ingest.lines import explode_lines
from ingest.schemas import MONEY_MENTIONS

DOT = "\u2024"  # stands in for a decimal point while sentences are split
BREAK = "\u0001"
UNIT = r"(?:bn|billion|m|million|mn|k|thousand)"
MONEY = rf"£\s?[0-9][0-9,]*(?:{DOT}[0-9]+)?(?:{DOT}|\.(?:[mk]|bn)(?-u:\b))?\s?{UNIT}?(?-u:\b)"
PERCENT = rf"[0-9]{{1,3}}(?:{DOT}[0-9]+)?\s?(?:%|per cent|percent)"
QUALIFIER = (
    r"(?i)(approximately|approx\.?|circa|c\.|nearly|almost|around|about|over|more than|in excess of|up to|"
    r"at least|some|just over|just under|less than|under|an estimated|estimated|roughly)\s*$"
)
YEAR = r"((?:19|20)[0-9]{2}|[0-9]{2})\s?[/-]\s?((?:19|20)?[0-9]{2})(?-u:\b)"
PERIOD = (
    r"(?i)((?:over|in|during) the (?:last|past|next|previous|coming|following) (?:[a-z]+ )?(?:[a-z]+ )?years"
    r"|year on year|over the medium term|for the remaining term of the [A-Za-z ]+|over the (?:life|period) of the [A-Z]+"
    r"|from (?:19|20)[0-9]{2}/[0-9]{2}|(?:19|20)[0-9]{2}/[0-9]{2} (?:and|to) (?:19|20)[0-9]{2}/[0-9]{2})"
)
MONEY_WORDS = r"(?i)saving|budget|spend|reserve|fund|cost|financ|income|grant|debt|deficit|gap|overspen"


def _sentences(docs: pl.LazyFrame) -> pl.LazyFrame:
    """One row per sentence, with its offset in the document text."""
    protected = pl.col("line").str.replace_all(r"([0-9])\.([0-9])", f"$1{DOT}$2")
    protected = protected.str.replace_all(r"(?i)(\b(?:c|e\.g|i\.e|approx|no))\.", f"$1{DOT}")
    return (
        explode_lines(docs)
        .filter(pl.col("line").str.contains("£|%|per cent"))
        .with_columns(
            sentence=protected.str.replace_all(r"([.!?;])\s+([A-Z£(‘'\"0-9])", f"$1{BREAK}$2").str.split(
                BREAK
            )
        )
        .explode("sentence")
        .with_columns(
            char_offset=pl.col("char_offset")
            + pl.col("line").str.find(pl.col("sentence").str.replace_all(DOT, "."), literal=True).fill_null(0)
        )
    )


def _fiscal(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """'2019', '20' -> '2019/20'; '19', '20' -> '2019/20'; '2020', '2021' -> '2020/21'."""
    first = pl.when(start.str.len_chars() == 2).then(pl.lit("20") + start).otherwise(start)
    return pl.concat_str([first, end.str.slice(-2)], separator="/")


def _year_from_date(date: pl.Expr, shift: int) -> pl.Expr:
    """The UK financial year (April to March) holding `date`, shifted by whole years."""
    start = date.dt.year() - (date.dt.month() < 4).cast(pl.Int32) + shift
    return pl.concat_str([start.cast(pl.String), (start + 1).cast(pl.String).str.slice(-2)], separator="/")


def _relative_year(text: pl.Expr) -> pl.Expr:
    lower = text.str.to_lowercase()
    date = pl.col("reference_date")
    return (
        pl.when(lower.str.contains(r"this year|current (?:financial )?year|in-year|in year"))
        .then(_year_from_date(date, 0))
        .when(lower.str.contains(r"(?:the )?previous (?:financial )?year|last (?:financial )?year"))
        .then(_year_from_date(date, -1))
        .when(
            lower.str.contains(
                r"next (?:financial )?year|forthcoming (?:financial )?year|coming (?:financial )?year"
            )
        )
        .then(_year_from_date(date, 1))
    )


def _amount(figure: pl.Expr) -> pl.Expr:
    number = (
        figure.str.extract(rf"([0-9][0-9,]*(?:{DOT}[0-9]+)?)", 1)
        .str.replace_all(",", "")
        .str.replace(DOT, ".")
    )
    unit = figure.str.extract(rf"[0-9{DOT}.]\s?({UNIT})", 1).str.to_lowercase()
    scale = (
        pl.when(unit.is_in(["bn", "billion"]))
        .then(1e9)
        .when(unit.is_in(["m", "million", "mn"]))
        .then(1e6)
        .when(unit.is_in(["k", "thousand"]))
        .then(1e3)
        .otherwise(1.0)
    )
    return number.cast(pl.Float64, strict=False) * scale


def parse_money_mentions(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Find every £ figure and money percentage in each report.

    Args:
        docs: frame with `ingest.schemas.DOCUMENT_TEXT` columns (`reference_date` resolves "this year").

    Returns:
        Frame with the `MONEY_MENTIONS` schema, one row per mention.
    """
    sentences = _sentences(docs).join(
        docs.select("document_id", "reference_date"), on="document_id", how="left"
    )
    mentions = (
        sentences.with_columns(raw=pl.col("sentence").str.extract_all(f"{MONEY}|{PERCENT}"))
        .explode("raw")
        .drop_nulls("raw")
        .with_columns(pos=pl.col("sentence").str.find(pl.col("raw"), literal=True))
        .with_columns(
            before=pl.col("sentence").str.slice(0, pl.col("pos")),
            after=pl.col("sentence").str.slice(pl.col("pos") + pl.col("raw").str.len_chars()),
            unit=pl.when(pl.col("raw").str.starts_with("£")).then(pl.lit("gbp")).otherwise(pl.lit("percent")),
        )
        .filter((pl.col("unit") == "gbp") | pl.col("sentence").str.contains(MONEY_WORDS))
    )
    year_after = pl.col("after").str.extract_groups(rf"^[^£]{{0,30}}?(?:in|for|during|of|by)?\s*{YEAR}")
    year_before = pl.col("before").str.extract_all(YEAR).list.last().str.extract_groups(YEAR)
    return (
        mentions.with_columns(
            amount_gbp=pl.when(pl.col("unit") == "gbp").then(_amount(pl.col("raw"))),
            percent=pl.when(pl.col("unit") == "percent").then(_amount(pl.col("raw"))),
            qualifier=pl.col("before").str.extract(QUALIFIER, 1).str.to_lowercase(),
            fiscal_year=pl.coalesce(
                _fiscal(year_after.struct.field("1"), year_after.struct.field("2")),
                _fiscal(year_before.struct.field("1"), year_before.struct.field("2")),
                _relative_year(pl.col("after").str.slice(0, 60)),
                _relative_year(pl.col("before")),
            ),
            period=pl.concat_str(
                [pl.col("before").str.slice(-60), pl.col("after").str.slice(0, 60)]
            ).str.extract(PERIOD, 1),
            is_malformed=pl.col("raw").str.contains(r"\.(?:[mk]|bn)$"),
            mention_id=pl.int_range(1, pl.len() + 1).over("document_id").cast(pl.Int32),
            char_offset=pl.col("char_offset") + pl.col("pos"),
        )
        .with_columns(
            [pl.col(c).str.replace_all(DOT, ".") for c in ("raw", "sentence", "before", "after")],
            # a figure for a multi-year span has no single fiscal year
            fiscal_year=pl.when(
                pl.col("period").is_null() | pl.col("period").str.contains("^(?:from|[0-9])")
            ).then(pl.col("fiscal_year")),
        )
        .with_columns(
            raw_figure=pl.col("raw"),
            context_before=pl.col("before"),
            context_after=pl.col("after"),
            quote=pl.col("sentence").str.strip_chars(),
        )
        .select([pl.col(c).cast(t) for c, t in MONEY_MENTIONS.items()])
    )
