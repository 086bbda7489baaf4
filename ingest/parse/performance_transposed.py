"""Summary tables printed the other way round: one row per status ("Green  22  55%"), columns of counts and
perhaps one of shares. One column of counts becomes one segment row, named after what the caption above the table
counts ("Status of corporate measures" -> `Corporate measures`, else the count column's header); several columns
of counts (one per directorate, and a Total) are a segment row each, named by their headers; the shares are an
`As Percentage` row."""

from __future__ import annotations

import polars as pl

from ingest.parse.engine import collected
from ingest.parse.lines import explode_lines
from ingest.parse.performance_prose import prose_sentences
from ingest.parse.performance_tables import (
    ROW_NAMES,
    SEPARATOR_ROW,
    TOTAL_ROW,
    cells,
    count_column,
    is_count,
    is_money_heading,
    is_value,
    status,
    to_count,
)
from ingest.parse.sentences import CHUNK_CHARS

CAPTION_LINES = 3  # how far above the table its caption may be
FIGURE_ROWS = (
    3  # how many rows of figures that are no status (Completed, Not started) may come between header and run
)
SHARE_HEADER = r"(?i)%|per ?cent|percentage|share|proportion"
STATUS_OF = {"G": "green", "A": "amber", "R": "red"}
COUNTS = ["green", "amber", "red", "up", "stable", "down"]
# what a direction of travel is measured against, after it ("Improved on last quarter", "Worse than last year")
COMPARED = (
    r"(?i)\s+(?:on|since|from|against|than|vs\.?|compared\s+(?:with|to))\s+(?:the\s+)?"
    r"(?:last|previous|prior|same)\b.*$"
)
# "• Green: 30 (58%)": a status and its count on a bullet line (the share in brackets restates the count)
BULLET = r"(?i)^\s*[•*·▪-]?\s*((?:green|amber|red|on track|at risk|off track))\s*[:–-]\s*([0-9]{1,4})\s*(?:\(.*\))?\s*$"


def _row_column(cell: pl.Expr) -> pl.Expr:
    """The count column (green ... down) a row's first cell names: a status ("Green", "On track"), a direction
    ("Improved"), or either with its meaning after a dash ("Green – above target") or what it compares with
    ("Improved on last quarter", "Worse than the previous year"); else null."""
    bare = cell.str.replace(r"\s+[–—-]\s+.*$", "").str.replace(COMPARED, "")
    return pl.coalesce(status(cell).replace_strict(STATUS_OF, default=None), count_column(bare))


def _figures_only(names: pl.Expr) -> pl.Expr:
    """Whether a line's cells after the first are all figures: a row of the table that is no status ("Completed
    12", "Delivered  6.1  43"), not its header. A year names a column ("Status  2023  2024")."""
    figure = is_value(pl.element()) & ~pl.element().str.contains(r"^(?:19|20)[0-9]{2}$")
    return (names.list.len() > 0) & names.list.eval(figure).list.all()


def _status_rows(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Lines that are a status and its figures (or a bullet "Green: 30 (58%)"), with the header line above their
    run of two or more such lines."""
    is_bullet = pl.col("line").str.contains(BULLET)
    bullet = pl.col("line").str.replace(BULLET, "${1}\t${2}")
    row = cells(pl.when(is_bullet).then(bullet).otherwise(pl.col("line")))
    lines = (
        explode_lines(docs)
        # blank lines between rows do not end the table, and a markdown header's "|---|---|" is no header
        .filter(pl.col("line").str.contains(r"\S") & ~pl.col("line").str.contains(SEPARATOR_ROW))
        .with_columns(previous=pl.col("line").shift(1).over("document_id"))
        .with_row_index("order")
    )
    # a row has two cells or more: only a line holding a tab, two spaces or a pipe (what `cells` splits at) or a
    # bullet is read; any other line is one cell, no row (no column, no values)
    split = pl.col("line").str.contains_any(["\t", "  ", "|"]) | is_bullet
    lines = (
        pl.concat(
            [
                lines.filter(split).with_columns(
                    column=_row_column(row.list.first()), values=row.list.slice(1)
                ),
                lines.filter(~split).with_columns(
                    column=pl.lit(None, dtype=pl.String), values=pl.lit([], dtype=pl.List(pl.String))
                ),
            ]
        )
        .sort("order")
        .drop("order")
    )
    is_row = (
        pl.col("column").is_not_null()
        & (pl.col("values").list.len() >= 1)
        & pl.col("values").list.eval(is_value(pl.element())).list.all()
    )
    lines = lines.with_columns(is_row=is_row).with_columns(
        plain=~pl.col("is_row") & ~_figures_only(pl.col("values"))
    )
    # a run starts at a row whose line above is not a row; its header is the nearest line above that is neither a
    # status row nor a row of figures with another label (blank lines aside): "Status  Number" over "Completed  12"
    above = {
        c: pl.when("plain").then(c).forward_fill().shift(1).over("document_id")
        for c in ["line", "line_no", "previous"]
    }
    starts = pl.col("is_row") & ~pl.col("is_row").shift(1).over("document_id").fill_null(False)
    near = (pl.col("line_no") - above["line_no"]) <= 1 + FIGURE_ROWS
    # a column of money ("£m", "£000"), or a unit of money on the title above, makes the table one of sums by status
    # (savings delivered, at risk): no counts
    money = is_money_heading(pl.col("header_line"), pl.col("header_title"))
    return (
        lines.with_columns(run=starts.cum_sum().over("document_id"))
        .with_columns(
            run_rows=pl.col("is_row").sum().over("document_id", "run"),
            header_line=pl.when(starts & near).then(above["line"]),
            header_no=pl.when(starts & near).then(above["line_no"]),
            header_title=pl.when(starts & near).then(above["previous"]),
        )
        .with_columns(
            pl.col("header_line", "header_no", "header_title").forward_fill().over("document_id", "run")
        )
        .filter(
            pl.col("is_row")
            & (pl.col("run_rows") >= 2)
            & pl.col("header_line").is_not_null()
            & ~cells(pl.col("header_line")).list.eval(count_column(pl.element()).is_not_null()).list.any()
            & ~money
        )
        .with_columns(names=cells(pl.col("header_line")).list.slice(1))
    )


def _captions(docs: pl.LazyFrame, rows: pl.LazyFrame) -> pl.LazyFrame:
    """The counted noun of the nearest line above each table that names one."""
    nouns = prose_sentences(docs).drop_nulls("counted_noun").select("document_id", "line_no", "counted_noun")
    tables = rows.select("document_id", "header_no").unique()
    return (
        tables.join(nouns, on="document_id", maintain_order="left")
        .filter(pl.col("line_no").is_between(pl.col("header_no") - CAPTION_LINES, pl.col("header_no")))
        .sort("line_no", maintain_order=True)
        .group_by("document_id", "header_no")
        .agg(caption=pl.col("counted_noun").last())
    )


def transposed_counts(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Summary rows from tables with one row per status.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with document_id, source_file, segment, row_kind, the six count columns, char_offset, quote.
    """
    rows = collected(_status_rows(docs))  # read twice: by the cells and by `_captions`
    # each value's header name gathered before the explode: exploding with the header list would copy the
    # whole list onto every value (rows x columns squared)
    cells_ = (
        rows.with_columns(
            idx=pl.int_ranges(0, pl.col("values").list.len()),
            # each row's line once, cut like a long sentence: every column's quote joins the table's lines
            row_quote=pl.col("line").str.strip_chars().str.slice(0, CHUNK_CHARS),
        )
        .with_columns(name=pl.col("names").list.gather(pl.col("idx"), null_on_oob=True))
        .drop("names")
        .explode("values", "idx", "name")
        .with_columns(name=pl.col("name").fill_null(""))
        .with_columns(is_share=pl.col("name").str.contains(SHARE_HEADER) | pl.col("values").str.contains("%"))
    )
    header_name = pl.col("name").first().str.replace(r"(?i)^(?:number|no\.?)\s+of\s+", "")
    segments = (
        cells_.join(_captions(docs, rows), on=["document_id", "header_no"], how="left", maintain_order="left")
        .group_by("document_id", "source_file", "header_no", "idx", maintain_order=True)
        .agg(
            is_share=pl.col("is_share").first(),
            # a column of decimals is one of sums ("1.2" £m), not of counts
            is_whole=is_count(pl.col("values")).all(),
            caption=pl.col("caption").first(),
            header_name=header_name,
            char_offset=pl.col("char_offset").min(),
            quote=pl.col("row_quote").str.join(" | "),
            **{c: to_count(pl.col("values")).filter(pl.col("column") == c).first() for c in COUNTS},
        )
        .sort("document_id", "header_no", "idx", maintain_order=True)
        # one column of counts is what the caption counts; several are each a segment named by its header
        # ("Green  12  9  14" under "Status  Adults  Children  Place")
        .with_columns(
            named=pl.when((~pl.col("is_share")).sum().over("document_id", "header_no") >= 2)
            .then(pl.col("header_name"))
            .otherwise(pl.coalesce("caption", "header_name"))
        )
    )
    return (
        segments.filter(((pl.col("named") != "") & pl.col("is_whole")) | pl.col("is_share"))
        .with_columns(
            row_kind=pl.when(pl.col("is_share"))
            .then(pl.lit("percentage"))
            .when(pl.col("named").str.contains(TOTAL_ROW))
            .then(pl.lit("total"))
            .otherwise(pl.lit("segment")),
        )
        .with_columns(
            segment=pl.col("row_kind")
            .replace_strict(ROW_NAMES, default=None)
            .fill_null(pl.col("named").str.slice(0, 1).str.to_uppercase() + pl.col("named").str.slice(1)),
        )
    )
