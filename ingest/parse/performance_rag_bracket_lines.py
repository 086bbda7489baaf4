"""Per-measure statuses printed in brackets right after the measure's name on a bullet, then its trend and figure
("- Bins emptied on time (Amber) ↓ - 91% against a target of 95%. Q1: (Green)"): the bracketed status names no
period, so it is the report's own quarter's (as `status_line_rag` labels it: "Q<n>" beside an earlier period's
status, else the quarter as the opening words it); an earlier period's status given after its label and a colon
("Q1: (Green)", "Q1: Green") is that period's. The measure is the name before the bracket, its markup gone (a
bracket that is no status stays part of it: "Footfall (town centre) (Red)"); a status bracket must end the name,
followed only by trend symbols and a dash, a colon or the line's end, so a bracketed word in a sentence is none. A
report that says which quarter its bracketed ratings are ("each measure is followed by its Quarter 2 rating in
brackets", "the ratings in brackets are for Q3") gives them that quarter, labelled "Q<n>" as a column header would
be; else a report naming no quarter gives its bracketed statuses no rows. A figure after the name and a colon
("- Homes let within 28 days: 91% (Green) - improving") is the measure's value, not part of its name. The group the
measure is in is the heading above it, if any."""

from __future__ import annotations

import polars as pl

from ingest.parse.dates import QUARTER, QUARTER_NUMBER
from ingest.parse.lines import explode_lines
from ingest.parse.performance_count_lines import headings
from ingest.parse.performance_rag_pair_lines import BULLET
from ingest.parse.performance_rag_status_lines import worded_quarters
from ingest.parse.performance_tables import PERIOD_WORDS, SYMBOL, status

# a bracket closing the name: trend symbols, then a dash, a colon or the line's end after it
BRACKET = rf"\(\s*([GAR]|[^()]{{2,30}}?)\s*\)(?:\s*{SYMBOL}\x{{FE0F}}?)*\s*(?:[-–—:]\s|$)"
# an earlier period's status after its label and a colon, in brackets or as one word ("Q1: (Green)", "Q1: Amber")
EARLIER = rf"(?i)(?-u:\b)({PERIOD_WORDS})\s*:\s*(?:\(\s*([^()]{{1,30}}?)\s*\)|([a-z]+)(?-u:\b))"
# a sentence saying which quarter the bracketed ratings are: the quarter before "rating(s) in brackets", or after it
_RATING = r"(?:RAG\s+)?(?:ratings?|status(?:es)?)"
_BRACKETS = r"(?:in\s+brackets|bracketed)"
KEY_AFTER = rf"(?i)(?-u:\b){QUARTER}\s+{_RATING}[^.\n]{{0,40}}?{_BRACKETS}"
KEY_BEFORE = (
    rf"(?i)(?:{_BRACKETS}\s+{_RATING}|{_RATING}\s+{_BRACKETS})[^.\n]{{0,40}}?(?-u:\b){QUARTER}(?-u:\b)"
)
# a figure after the name and a colon: the measure's value ("Homes let: 91%", "Visits: -3.1%", "Days lost: 4.6 days")
VALUE = r"\s*:\s*[-+−]?[£$€]?\d[\d,]*(?:\.\d+)?\s*(?:%|per cent|[a-z]{1,8})?\s*$"


def bracket_line_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """RAG rows from bullets giving a measure its status in brackets after its name.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    brackets = pl.col("line").str.extract_all(BRACKET)
    lines = (
        explode_lines(docs)
        .with_columns(segment=headings())
        .filter(pl.col("line").str.contains(BULLET) & pl.col("line").str.contains(BRACKET))
        .with_columns(
            said=brackets.list.eval(pl.element().str.extract(BRACKET, 1)),
            bracket=brackets,
        )
        # the first bracket that is a status closes the measure's name
        .with_columns(at=pl.col("said").list.eval(status(pl.element()).is_not_null()).list.arg_max())
        .with_columns(
            current=pl.col("said").list.get(pl.col("at")),
            closing=pl.col("bracket").list.get(pl.col("at")),
        )
        .filter(status(pl.col("current")).is_not_null())
    )
    split = pl.col("line").str.split(pl.col("closing"))
    earlier = pl.col("rest").str.extract_all(EARLIER)
    pair = pl.element().str.extract_groups(EARLIER).struct
    rows = (
        lines.with_columns(name=split.list.first(), rest=split.list.slice(1).list.join(pl.col("closing")))
        .with_columns(
            objective=pl.col("name")
            .str.replace(BULLET, "")
            .str.replace_all(r"\*\*|__|`", "")
            .str.replace(VALUE, "")
            .str.strip_chars(),
            earlier_period=earlier.list.eval(pair.field("1")),
            earlier_status=earlier.list.eval(pl.coalesce(pair.field("2"), pair.field("3"))),
        )
        .with_columns(
            earlier_period=pl.col("earlier_period").list.gather(
                pl.col("earlier_status").list.eval(status(pl.element()).is_not_null().arg_true())
            ),
            earlier_status=pl.col("earlier_status").list.eval(
                pl.element().filter(status(pl.element()).is_not_null())
            ),
        )
        .filter(pl.col("objective").str.contains(r"\p{L}"))
        .join(_bracket_quarters(docs), on="document_id", maintain_order="left")
    )
    current_period = (
        pl.when(pl.col("earlier_period").list.len() > 0)
        .then(pl.format("Q{}", "quarter"))
        .otherwise(pl.col("label"))
    )
    return (
        rows.with_columns(
            period=pl.concat_list(current_period, "earlier_period"),
            raw_status=pl.concat_list("current", "earlier_status"),
            quote=pl.col("line").str.strip_chars(),
        )
        .with_columns(period_order=pl.int_ranges(1, pl.col("period").list.len() + 1))
        .explode("period", "raw_status", "period_order")
        .with_columns(status=status(pl.col("raw_status")), is_repaired=pl.lit(False))
        .filter(pl.col("period").is_not_null() & pl.col("status").is_not_null())
    )


def _keyed_quarter(pattern: str) -> pl.Expr:
    found = pl.col("text").str.extract_groups(pattern).struct
    number = pl.coalesce(found.field("1"), found.field("2"), found.field("3")).str.to_lowercase()
    return number.replace(QUARTER_NUMBER).cast(pl.Int32, strict=False)


def _bracket_quarters(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Per report, the quarter its bracketed statuses grade and its label: the quarter a sentence says they are
    ("Q<n>"), else the report's own quarter as `worded_quarters` labels it."""
    keyed = docs.select("document_id", key=pl.coalesce(_keyed_quarter(KEY_AFTER), _keyed_quarter(KEY_BEFORE)))
    return (
        keyed.join(worded_quarters(docs), on="document_id", how="left", maintain_order="left")
        .select(
            "document_id",
            quarter=pl.coalesce("key", "quarter"),
            label=pl.when(pl.col("key").is_not_null()).then(pl.format("Q{}", "key")).otherwise("label"),
        )
        .drop_nulls("quarter")
    )
