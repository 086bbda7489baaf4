"""Per-measure statuses printed as a block per measure whose status line names no period: the measure's name on the
block's first line (after its reference code, if any: "K3  Bins emptied on time"), then "Status: Slipping  (last
quarter: On track)". The status is the report's own quarter's (the first quarter its opening names, as worded, with
the year printed after it: "Performance Report - Quarter 3 2025/26" -> "Quarter 3 2025/26", "Q3 report" -> "Q3"), the
bracketed one the quarter before ("Q2"; before Q1 comes Q4); a report naming no quarter gives no rows, as its status
has no period. The line may go on with other labelled parts after a bar, a semicolon or a wider space ("Status: Red
| Trend: Worse")."""

from __future__ import annotations

import polars as pl

from ingest.parse.dates import QUARTER, QUARTER_NUMBER
from ingest.parse.performance_rag_blocks import CODE, NAMED, PAIR, MeasureBlocks
from ingest.parse.performance_tables import count_column, status

HEAD_CHARS = 800  # how far into a report its title and opening lines run
# "Status: On track   (last quarter: Slipping)": the current status, then the previous quarter's in brackets
STATUS_LINE = (
    r"(?i)^\s*(?:(?:current|overall|latest)\s+)?(?:rag\s+)?(?:status|rating|rag)\s*:\s*([^()]+?)\s*"
    r"(?:\(\s*(?:last|previous|prior)\s+quarter\s*:\s*([^()]+?)\s*\))?\s*$"
)

# the line going on after a bar or semicolon with another labelled part ("Status: Red | Trend: Worse"), or after a
# tab or a wider space ("Status: Red    Direction of travel: Worse"): a label of up to six words
OTHER_PART = r"(?:\s*[|;]\s*|\s{2,}|\t)[A-Za-z][\w'’/-]*(?: [\w'’/-]+){0,5}\s*:.*$"
# a direction of travel after the status, set off by a dash ("Red – worsening")
DIRECTION_TAIL = r"\s+[–—-]\s+([^–—-]+)$"


def worded_quarters(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Per report, its own quarter's label as its opening words it: "Quarter 2" ("QUARTER 2"), with the financial
    year printed after it ("Quarter 2 2025/26"), else "Q<n>"."""
    said = (
        pl.col("text")
        .str.slice(0, HEAD_CHARS)
        .str.extract_groups(
            rf"(?i)(?-u:\b)({QUARTER})(?-u:\b)(?:,?\s+((?:19|20)\d{{2}}/\d{{2}}(?:\d{{2}})?))?"
        )
        .struct
    )
    worded = said.field("1").str.extract(r"(?i)^quarter ([1-4])$", 1)
    return (
        report_quarters(docs)
        .join(
            docs.select("document_id", worded=worded, year=said.field("5")),
            on="document_id",
            maintain_order="left",
        )
        .select(
            "document_id",
            "quarter",
            label=pl.when(pl.col("worded").is_not_null())
            .then(pl.concat_str(pl.format("Quarter {}", "quarter"), "year", separator=" ", ignore_nulls=True))
            .otherwise(pl.format("Q{}", "quarter")),
        )
    )


def report_quarters(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Per report, the number (1-4) of the first quarter its opening names, if any."""
    found = (
        pl.col("text").str.slice(0, HEAD_CHARS).str.extract_groups(rf"(?i)(?-u:\b){QUARTER}(?-u:\b)").struct
    )
    number = pl.coalesce(found.field("1"), found.field("2"), found.field("3")).str.to_lowercase()
    return docs.select(
        "document_id", quarter=number.replace(QUARTER_NUMBER).cast(pl.Int32, strict=False)
    ).drop_nulls("quarter")


def status_line_rag(docs: pl.LazyFrame, blocks: MeasureBlocks) -> pl.LazyFrame:
    """RAG rows from blocks giving a measure (their first line) its status on a "Status:" line.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.
        blocks: the reports' `measure_blocks`.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    lines, firsts = blocks
    said = pl.col("line").str.extract_groups(STATUS_LINE).struct
    rows = (
        lines.filter(
            (pl.col("line_no") > pl.col("first_no")) & pl.col("line").str.contains(r"(?i)status|rating|rag")
        )
        # the other labelled parts of the line are no status ("Status: Red | Trend: Worse" -> "Status: Red")
        .with_columns(line=pl.col("line").str.strip_chars().str.replace(OTHER_PART, ""))
        .filter(pl.col("line").str.contains(STATUS_LINE))
        .with_columns(current=said.field("1"), previous=said.field("2"))
        # a direction of travel after the status goes ("Red – worsening" -> "Red")
        .with_columns(
            current=pl.when(
                count_column(pl.col("current").str.extract(DIRECTION_TAIL, 1)).is_in(["up", "stable", "down"])
            )
            .then(pl.col("current").str.replace(DIRECTION_TAIL, ""))
            .otherwise("current")
        )
        .filter(status(pl.col("current")).is_not_null())
        .join(firsts, on=["document_id", "block"], maintain_order="left")
        .join(worded_quarters(docs), on="document_id", maintain_order="left")
        .with_columns(named=pl.col("first").str.extract(NAMED, 1))
        .filter(pl.col("named").is_not_null() | ~pl.col("first").str.contains(PAIR))
    )
    before = (pl.col("quarter") + 2) % 4 + 1  # the quarter before: Q1 follows Q4
    return (
        rows.with_columns(
            objective=pl.coalesce("named", pl.col("first").str.replace(CODE, "").str.strip_chars()),
            quote=pl.col("line").str.strip_chars(),
            raw_status=pl.concat_list("previous", "current"),
            # with an earlier quarter's status (printed under no label of its own) both are "Q<n>"
            period=pl.concat_list(
                pl.format("Q{}", before),
                pl.when(pl.col("previous").is_null()).then("label").otherwise(pl.format("Q{}", "quarter")),
            ),
            period_order=pl.int_ranges(1, 3),
            segment=pl.lit(None, dtype=pl.String),
        )
        .explode("raw_status", "period", "period_order")
        .with_columns(status=status(pl.col("raw_status")))
        .filter(pl.col("status").is_not_null())
        .with_columns(is_repaired=pl.lit(False))
    )
