"""RAG grids: one row per objective, one column per reporting period (or a status column after the period
figures), a status where a row gives one; cells read by `performance_tables`, a report's own status codes by the
key it prints (`performance_keys`)."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines
from ingest.parse.performance_keys import decode_cells, key_codes
from ingest.parse.performance_period_heads import carry_period_headings
from ingest.parse.performance_tables import (
    OBJECTIVE_HEADER,
    STATUS_HEADER,
    blocks,
    cells,
    is_period,
    is_value,
    status,
    unwrap_period,
)
from ingest.parse.performance_year_heads import carry_year_headings
from ingest.parse.vocabulary import alternation

# label columns a header names: the group a row is in ("Theme", "Directorate") and the row's own objective
# ("Indicator", "Measure"), in whichever order they come
SEGMENT_HEADER = (
    r"(?i)^\W*(?:corporate plan |council plan |strategic )?"
    r"(?:theme|directorate|service(?: area)?|portfolio|priority|outcome|department|ambition|pillar)s?\W*$"
)

# a column of reference codes ("Ref", "Ref.", "Reference", "Code", "ID", "No.", "KPI ref") and a code in it: letters
REF_HEADER = r"(?i)^\W*(?:(?:kpi|pi|measure|indicator|objective|outcome)\s+)?(?:ref(?:erence)?|code|id|no)\.?(?:\s+(?:no|code)\.?)?\W*$"
# then a number ("E1", "HC2", "PI 12", "ASC-04", "KPI 3.1") or a section number ("1.1", "2.3.1"), not a bare row number
FIGURE = r"^[£$€]?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:%|[kmb]n?)?$"
REF_CODE = r"^[A-Za-z]{1,5}[ .\-/]?[0-9]{1,3}(?:[.\-/][0-9]{1,3})*[A-Za-z]?$|^[0-9]{1,2}(?:\.[0-9]{1,2})+$"


# a worded status run up to the next cell with a single space, where a status column runs up to the next ("Slightly
# off target Off target" under "Q1 status  Q2 status", "On target Improving" before a trend column): a cell of its own
_STATUS = alternation("performance", "status")
STATUS_RUN_ON = rf"^((?i:{_STATUS})) (\p{{Lu}}.*)$"


def _split_statuses(row: pl.Expr) -> pl.Expr:
    """The row's cells with a worded status of two words or more ("On target", "Slightly off target"; a letter may be
    a code's) that runs on into a capitalised word ("Slightly off target Off target Improving") split from it, so
    the columns after it stay aligned with the header."""
    for _ in range(2):  # a status column's cell, the next status column's, the trend's
        pair = pl.element().str.extract_groups(STATUS_RUN_ON)
        first, rest = pair.struct.field("1"), pair.struct.field("2")
        split = pl.when(first.str.contains(" ")).then(pl.concat_str(first, pl.lit("\t"), rest))
        row = row.list.eval(split.otherwise(pl.element())).list.join("\t").str.split("\t")
    return row


def _column_periods(header: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """Per header cell, the period its statuses are for and that period's order: a period column's own, and a
    status column's ("Status", "RAG") the nearest period to its left; null for other columns."""
    cell = pl.element()
    reads = is_period(cell) | cell.str.contains(STATUS_HEADER)
    period = header.list.eval(pl.when(reads).then(pl.when(is_period(cell)).then(cell).forward_fill()))
    order = header.list.eval(pl.when(reads).then(is_period(cell).cast(pl.Int32).cum_sum()))
    return period, order


def _named_column(header: pl.Expr, first_period: pl.Expr, name: str) -> pl.Expr:
    """The index of the first label column (before the first period column) whose header matches `name`."""
    labels = header.list.head(first_period)
    return labels.list.eval(
        pl.int_range(pl.len()).filter(pl.element().str.contains(name)).first()
    ).list.first()


def _code_column(header: pl.Expr, first_period: pl.Expr) -> pl.Expr:
    """The column that may hold reference codes: the one a header names as codes ("Ref"), else the last label
    column where its header names labels ("Priority  Outcome  Q2  Q3" over "Health  2.1  A  G")."""
    last = first_period - 1
    labelled = header.list.get(last, null_on_oob=True).str.contains(f"{SEGMENT_HEADER}|{OBJECTIVE_HEADER}")
    return pl.coalesce(_named_column(header, first_period, REF_HEADER), pl.when(labelled).then(last))


def _blank_first_cell(line: pl.Expr, header: pl.Expr) -> pl.Expr:
    """Whether a space-separated row leaves its first column blank: PDF text gives no cell for it, only the row
    indented two or more spaces further than the header and with fewer cells ("Environment  Bins  G  R" then
    "             Litter  A  A" under the same directorate)."""
    indent = line.str.extract(r"^( *)", 1).str.len_chars() - header.str.extract(r"^( *)", 1).str.len_chars()
    return ~line.str.contains(r"\t|\|") & (indent >= 2) & (cells(line).list.len() < cells(header).list.len())


def _indent(line: pl.Expr) -> pl.Expr:
    return line.str.extract(r"^( *)", 1).str.len_chars()


def _wrapped(objective: pl.Expr) -> pl.Expr:
    """The objective with the rest of its name where a space-aligned graded row's name wraps onto the next line:
    that line indented further than the row and holding one cell of text only ("Adults supported to live" then
    "  independently at home")."""
    keys = ["document_id", "block"]
    after = pl.col("line").shift(-1).over(keys)
    texts = cells(after).list.eval(pl.element().filter(pl.element() != ""))
    rest = texts.list.first()
    wraps = (
        (pl.col("line_no").shift(-1).over(keys) == pl.col("line_no") + 1)
        & pl.col("graded")
        & ~pl.concat_str(pl.col("line"), after).str.contains(r"\t|\|")
        & (_indent(after) > _indent(pl.col("line")))
        & (texts.list.len() == 1)
        & status(rest).is_null()
        & ~is_value(rest)
    )
    return (
        pl.when(wraps.fill_null(False))
        .then(pl.concat_str(objective, rest, separator=" "))
        .otherwise(objective)
    )


def _grouped_codes(code: pl.Expr, graded: pl.Expr) -> pl.Expr:
    """Whether a grid's codes key its objectives to their groups where no group column stands beside them: the
    grid printed in two or more blocks (its header repeated under each group's heading), each block's graded rows
    coded under one letter prefix that no other block uses ("HS1, HS2" under one heading, "PL1, PL2" under the
    next); one series of codes ("CP01, CP02") is only the measures' reference."""
    prefix = pl.when(graded).then(code.str.extract(r"^([A-Za-z]+)", 1))
    own = prefix.drop_nulls().n_unique().over("document_id", "block") == 1
    blocks_with_codes = pl.col("block").filter(prefix.is_not_null()).n_unique().over("document_id")
    prefixes = prefix.drop_nulls().n_unique().over("document_id")
    return own & (blocks_with_codes >= 2) & (prefixes == blocks_with_codes)


def grid_cells(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Cells of RAG grids: the columns a header names as periods (or a status column after them), read where a
    row gives a status.

    Label columns come before the first period column: where the header names a column of reference codes
    ("Ref", "Code", "KPI ref") and every graded row has a code in it ("E1", "HC2"), the code is the objective (as a
    report printing codes alone gives it) unless the only other label column names the objectives ("Ref  Measure
    Q1  Q2": the name is the objective) and the codes key no groups (`_grouped_codes`); else where the header names an objective column ("Indicator") and a
    segment column ("Theme"), those; else the last text among them is the objective. The segment is the named
    segment column, else the first label cell (carried down over empty cells) when it is neither the objective nor
    a code.
    """
    # a line's cells read only where it has cells (a when: Polars reads a then only where its when holds)
    header = (
        pl.when(pl.col("line").str.contains(r"\t|\||\S {2,}\S"))
        .then(cells(pl.col("line")).list.eval(is_period(unwrap_period(pl.element()))).list.any())
        .otherwise(False)
    )
    # a figure alone ("1,050,000", "£2.1m", "22.4%") is a value of the row, never its objective
    figure = pl.element().str.contains(FIGURE)
    texts = pl.element().filter((pl.element() != "") & ~is_value(pl.element()) & ~figure)
    column_period, column_order = _column_periods(pl.col("header_cells"))
    rows = (
        blocks(carry_period_headings(carry_year_headings(explode_lines(docs))), header)
        .with_columns(header_cells=pl.col("header_cells").list.eval(unwrap_period(pl.element())))
        .with_columns(
            cells=pl.when(_blank_first_cell(pl.col("line"), pl.col("header_line")))
            .then(pl.concat_list(pl.lit(""), _split_statuses(cells(pl.col("line")))))
            .otherwise(_split_statuses(cells(pl.col("line")))),
        )
        .pipe(decode_cells, key_codes(docs))
        .with_columns(
            first_period=pl.col("header_cells")
            .list.eval(pl.int_range(pl.len()).filter(is_period(pl.element())).first())
            .list.first(),
            column_period=column_period,
            column_order=column_order,
        )
        .drop_nulls("first_period")
        .with_columns(
            objective_column=_named_column(pl.col("header_cells"), pl.col("first_period"), OBJECTIVE_HEADER),
            segment_column=_named_column(pl.col("header_cells"), pl.col("first_period"), SEGMENT_HEADER),
        )
        .with_columns(
            named=pl.col("objective_column").is_not_null()
            & pl.col("segment_column").is_not_null()
            & (pl.col("objective_column") != pl.col("segment_column")),
            ref_column=_code_column(pl.col("header_cells"), pl.col("first_period")),
            graded=pl.col("cells").list.eval(status(pl.element()).is_not_null()).list.any(),
        )
        .with_columns(code=pl.col("cells").list.get(pl.col("ref_column"), null_on_oob=True).replace("", None))
        .with_columns(
            # a grid's reference codes name its objectives where every graded row has one: a code joins quarter to
            # quarter and report to report where names are reworded (the name stays in the row's quote)
            # (unless a column of names beside it is the only label: "Ref  Indicator  Q1  Q2" names its measures,
            # the code being only their reference; beside a group column too, "Theme  Ref  Measure", codes key them,
            # and so do codes whose prefix is their group's own, a block per group)
            coded=(pl.col("code").str.contains(REF_CODE) | ~pl.col("graded"))
            .all()
            .over("document_id", "block")
            & (pl.col("code").is_not_null() & pl.col("graded")).any().over("document_id", "block")
            & (
                pl.col("objective_column").is_null()
                | pl.col("segment_column").is_not_null()
                | _grouped_codes(pl.col("code"), pl.col("graded"))
            ),
        )
        .with_columns(
            objective=pl.when(pl.col("coded"))
            .then(pl.col("code"))
            .when(pl.col("named"))
            .then(pl.col("cells").list.get(pl.col("objective_column"), null_on_oob=True).replace("", None))
            .otherwise(pl.col("cells").list.head(pl.col("first_period")).list.eval(texts).list.last())
        )
        .with_columns(
            objective=pl.when(pl.col("coded")).then("objective").otherwise(_wrapped(pl.col("objective"))),
            printed=pl.col("objective"),  # its first line only, as the row's first cell gives it
        )
        .filter(pl.col("objective").is_not_null(), status(pl.col("objective")).is_null())
        .with_columns(
            segment=pl.when(pl.col("named"))
            .then(pl.col("cells").list.get(pl.col("segment_column"), null_on_oob=True).replace("", None))
            .when(
                (pl.col("first_period") >= 2)
                & (pl.col("cells").list.first() != pl.col("printed"))
                & (pl.col("ref_column") != 0).fill_null(True)  # a first column of codes is no group
            )
            .then(pl.col("cells").list.first().replace("", None))
            .forward_fill()
            .over("document_id", "block"),
            idx=pl.int_ranges(0, pl.col("cells").list.len()),
        )
    )
    # each cell's period gathered before the explode, and the header's lists dropped: exploding with them
    # would copy every list onto every cell (rows x columns squared)
    return (
        rows.with_columns(
            period=pl.col("column_period").list.gather(pl.col("idx"), null_on_oob=True),
            period_order=pl.col("column_order").list.gather(pl.col("idx"), null_on_oob=True),
            quote=pl.col("line").str.strip_chars(),  # once a row, not once a cell
        )
        .drop(
            "column_period",
            "column_order",
            "header_cells",
            "objective_column",
            "segment_column",
            "named",
            "ref_column",
            "code",
            "graded",
            "coded",
            "printed",
        )
        .explode("cells", "idx", "period", "period_order")
        .filter(pl.col("idx") >= pl.col("first_period"))
        .with_columns(status=status(pl.col("cells")))
        .filter(pl.col("status").is_not_null() & pl.col("period").is_not_null())
    )
