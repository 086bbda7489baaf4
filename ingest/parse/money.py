"""Money mentions: every £ figure and money percentage, with its sentence, qualifier, fiscal year and period.

Capture only: which mart a figure belongs to (savings, overspends, other financial figures) is decided
in dbt (`int_money_mentions_classified`) from keyword seeds.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import char_position, text_around
from ingest.parse.sentences import DOT, split_sentences
from ingest.raw.schemas import MONEY_MENTIONS

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


def _fiscal(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """'2019', '20' -> '2019/20'; '19', '20' -> '2019/20'; '2020', '2021' -> '2020/21'."""
    first = pl.when(start.str.len_chars() == 2).then(pl.lit("20") + start).otherwise(start)
    return pl.concat_str([first, end.str.slice(-2)], separator="/")


def _year_from_date(date: pl.Expr, shift: int) -> pl.Expr:
    """The UK financial year (April to March) holding `date`, shifted by whole years."""
    start = date.dt.year() - (date.dt.month() < 4).cast(pl.Int32) + shift
    return pl.concat_str([start.cast(pl.String), (start + 1).cast(pl.String).str.slice(-2)], separator="/")


def _shift(year: pl.Expr, shift: int | pl.Expr) -> pl.Expr:
    """'2019/20' shifted by whole years."""
    start = year.str.slice(0, 4).cast(pl.Int32, strict=False) + shift
    return pl.concat_str([start.cast(pl.String), (start + 1).cast(pl.String).str.slice(-2)], separator="/")


def _relative_year(text: pl.Expr, base: pl.Expr) -> pl.Expr:
    """'this year' against the report's date; 'the previous/next year' against `base` (the year the
    sentence names, else the report's year)."""
    lower = text.str.to_lowercase()
    return (
        pl.when(lower.str.contains(r"(?:the )?(?:previous|prior|last) (?:financial )?year"))
        .then(_shift(base, -1))
        .when(lower.str.contains(r"(?:next|forthcoming|coming|following) (?:financial )?year"))
        .then(_shift(base, 1))
        .when(lower.str.contains(r"this (?:financial )?year|current (?:financial )?year|in-year"))
        .then(_year_from_date(pl.col("reference_date"), 0))
    )


def _explicit_year(text: pl.Expr, last: bool = False) -> pl.Expr:
    """The first (or last) fiscal year written in `text`, normalised to YYYY/YY."""
    found = text.str.extract_all(YEAR)
    one = (found.list.last() if last else found.list.first()).str.extract_groups(YEAR)
    return _fiscal(one.struct.field("1"), one.struct.field("2"))


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


def _windows(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """One row per figure with the text around it, its own clause, and whether it continues a list."""
    before, after = text_around(pl.col("sentence"), pl.col("raw"))
    clause = pl.col("before").str.replace(rf"^.*£[0-9][0-9,{DOT}.]*\s?{UNIT}?", "")
    return (
        sentences.with_columns(
            raw=pl.col("sentence")
            .str.extract_all(f"{MONEY}|{PERCENT}")
            .list.eval(pl.element().str.strip_chars())
        )
        .explode("raw")
        .drop_nulls("raw")
        .with_columns(
            pos=char_position(pl.col("sentence"), pl.col("raw")),
            before=before,
            after=after,
            unit=pl.when(pl.col("raw").str.starts_with("£")).then(pl.lit("gbp")).otherwise(pl.lit("percent")),
        )
        .filter((pl.col("unit") == "gbp") | pl.col("sentence").str.contains(MONEY_WORDS))
        .with_columns(clause=clause, near_after=pl.col("after").str.extract(r"^([^£]*)", 1).str.slice(0, 80))
        .with_columns(
            continues_previous=pl.col("before").str.contains("£")
            & pl.col("clause").str.contains(
                rf"^[\s,]*(?:(?:in|for|during) {YEAR}[\s,]*)?(?:and|or|,)?(?:\s+then)?[\s,]*$"
            )
        )
    )


def _fiscal_years(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Resolve each figure's fiscal year(s) from the words nearest to it."""
    base = pl.coalesce(
        _explicit_year(pl.col("before"), last=True), _year_from_date(pl.col("reference_date"), 0)
    )
    chain = ["document_id", "line_no", "sentence_no", "chain"]
    subsequent = (
        pl.col("near_after")
        .str.extract(
            r"(?i)^[^£]{0,20}?(?:in|over|for) the (?:subsequent|following|next) (two|three|four|2|3|4) years",
            1,
        )
        .replace_strict({"two": "2", "three": "3", "four": "4"}, default=pl.first())
        .cast(pl.Int32, strict=False)
    )
    return (
        frame.with_columns(
            chain=(~pl.col("continues_previous")).cum_sum().over("document_id", "line_no", "sentence_no")
        )
        .with_columns(
            from_end=pl.int_range(pl.len(), 0, -1).over(chain),
            n_subsequent=subsequent.last().over(chain),
            own_year=pl.coalesce(
                _explicit_year(pl.col("near_after").str.extract(r"^(.{0,40})", 1)),
                _relative_year(pl.col("near_after").str.slice(0, 60), base),
                _relative_year(pl.col("clause"), base),
                pl.when(~pl.col("continues_previous")).then(_explicit_year(pl.col("clause"), last=True)),
            ),
            part_of_previous=pl.col("clause").str.contains(r"^[\s,(]*(?:of which|including|of this)[\s,]*$"),
        )
        .with_columns(
            # "£11.9m for 2018/19 of which £8.8m": the part shares the whole's year
            own_year=pl.when(pl.col("part_of_previous") & pl.col("own_year").is_null())
            .then(pl.col("own_year").shift(1).over("document_id", "line_no", "sentence_no"))
            .otherwise(pl.col("own_year")),
            each_years=pl.col("near_after").str.extract_groups(
                rf"(?i)^\s*\)?\s*in each of {YEAR} and {YEAR}"
            ),
        )
        .with_columns(
            list_base=pl.col("own_year")
            .filter(pl.col("from_end") == pl.col("n_subsequent") + 1)
            .first()
            .over(chain)
        )
        .with_columns(
            fiscal_year=pl.when(pl.col("each_years").struct.field("4").is_not_null())
            .then(
                pl.concat_list(
                    _fiscal(pl.col("each_years").struct.field("1"), pl.col("each_years").struct.field("2")),
                    _fiscal(pl.col("each_years").struct.field("3"), pl.col("each_years").struct.field("4")),
                )
            )
            .when((pl.col("from_end") <= pl.col("n_subsequent")) & pl.col("list_base").is_not_null())
            .then(
                pl.concat_list(_shift(pl.col("list_base"), pl.col("n_subsequent") - pl.col("from_end") + 1))
            )
            .otherwise(pl.concat_list(pl.col("own_year")))
        )
    )


def parse_money_mentions(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Find every £ figure and money percentage in each report.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns (`reference_date` resolves "this year").

    Returns:
        Frame with the `MONEY_MENTIONS` schema, one row per mention (a figure "in each of" two years is two).
    """
    sentences = split_sentences(docs, keep="£|%|per cent").join(
        docs.select("document_id", "reference_date"), on="document_id", how="left"
    )
    mentions = _fiscal_years(_windows(sentences))
    near = pl.concat_str([pl.col("clause").str.slice(-60), pl.col("near_after").str.slice(0, 60)])
    return (
        mentions.with_columns(
            amount_gbp=pl.when(pl.col("unit") == "gbp").then(_amount(pl.col("raw"))),
            percent=pl.when(pl.col("unit") == "percent").then(_amount(pl.col("raw"))),
            qualifier=pl.col("clause").str.extract(QUALIFIER, 1).str.to_lowercase(),
            period=near.str.extract(PERIOD, 1),
            is_malformed=pl.col("raw").str.contains(r"\.(?:[mk]|bn)$"),
            char_offset=pl.col("char_offset") + pl.col("pos").fill_null(0),
        )
        .with_columns(
            [pl.col(c).str.replace_all(DOT, ".") for c in ("raw", "sentence", "before", "after")],
            # a figure for a multi-year span has no single fiscal year
            fiscal_year=pl.when(
                pl.col("period").is_null() | pl.col("period").str.contains("^(?:from|[0-9])")
            ).then(pl.col("fiscal_year")),
        )
        .explode("fiscal_year")
        .with_columns(
            mention_id=pl.int_range(1, pl.len() + 1).over("document_id").cast(pl.Int32),
            raw_figure=pl.col("raw"),
            context_before=pl.col("before"),
            context_after=pl.col("after"),
            quote=pl.col("sentence").str.strip_chars(),
        )
        .select([pl.col(c).cast(t) for c, t in MONEY_MENTIONS.items()])
    )
