"""Tables a PDF's text gives one cell a line: a row's name on a line, then each of its figures on a line of its own
("Children's Services" over "96.15" over "98.99" over "2.84"), under headings stacked the same way ("Directorate"
over "Net Budget" over "£m" over "Forecast Outturn" over "£m"). Such a table's rows are put back on one line each,
their cells a tab apart, and its headings on one line above them ("Directorate<tab>Net Budget £m<tab>...") by
changing only the line breaks between them: every character keeps its offset, so what the table readers find in
the joined lines points at the document's own text.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines, rejoin_lines
from ingest.parse.table_heads import FOOTNOTE_MARK, NUMBER, PAGE_FURNITURE

# a line that is one figure alone: "88.42", "(0.44)", "1,204", "£3.2m", "-", "12%"
CELL_LINE = rf"^\s*£?{NUMBER}(?:m|k|bn)?%?\s*$|^\s*[-–—]\s*$"
# a line that only gives the unit of the heading above it ("£m", "£'000", "(£000)", "%")
UNIT_LINE = rf"(?i)^\s*\(?\s*(?:£\s?['’]?(?:(?:000s?|k|m|mn|millions?){FOOTNOTE_MARK})?|%)\s*\)?\s*$"
# a row's name, or a column's heading: a short line with a letter, no sentence's end
NAME_LINE = r"^\s*\S.{0,78}$"
SENTENCE_END = r"[.;:!?]\s*$"
MIN_CELLS, MAX_CELLS = 2, 12  # how many figures a row of such a table has after its name
MAX_GAP = 4  # lines (a page's footer, blank lines) between two rows of one table
KEYS = ["document_id"]


def _runs(flag: pl.Expr) -> pl.Expr:
    """The number of the run of equal `flag` values each line is in."""
    return (flag != flag.shift(1)).fill_null(value=True).cum_sum().over(KEYS)


def _separators(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Each line with `sep`: the character that follows it in the text (a line break, or a tab or space where a
    stacked table's row or heading goes on)."""
    line = pl.col("line")
    is_cell = line.str.contains(CELL_LINE)
    is_unit = line.str.contains(UNIT_LINE)
    is_name = (
        line.str.contains(NAME_LINE)
        & line.str.contains(r"[A-Za-z]")
        & ~line.str.contains(SENTENCE_END)
        & ~line.str.contains(PAGE_FURNITURE)
        & ~is_cell
        & ~is_unit
    )
    with_runs = lines.with_columns(is_cell=is_cell, is_unit=is_unit, is_name=is_name).with_columns(
        cell_run=_runs(pl.col("is_cell"))
    )
    # how many figure lines follow each line straight after it, and how many of them are amounts (a row of
    # percentages only is a table of measures, not of money: "Rent collected" over "95%" over "97.2%")
    cells_after = pl.when(pl.col("is_cell")).then(pl.len().over("document_id", "cell_run")).otherwise(0)
    is_amount = pl.col("is_cell") & ~pl.col("line").str.contains("%")
    amounts_after = (
        pl.when(pl.col("is_cell")).then(is_amount.sum().over("document_id", "cell_run")).otherwise(0)
    )
    rows = with_runs.with_columns(
        k=cells_after.shift(-1).over(KEYS).fill_null(0),
        amounts=amounts_after.shift(-1).over(KEYS).fill_null(0),
    ).with_columns(
        starts_row=pl.col("is_name") & pl.col("k").is_between(MIN_CELLS, MAX_CELLS) & (pl.col("amounts") > 0)
    )
    # a row counts only beside another of as many figures (before or after it, a few lines apart): one name over
    # two figures alone is no table
    row_k = pl.when(pl.col("starts_row")).then(pl.col("k"))
    row_end = pl.when(pl.col("starts_row")).then(pl.col("line_no") + pl.col("k"))
    row_line = pl.when(pl.col("starts_row")).then(pl.col("line_no"))
    rows = rows.with_columns(
        prev_k=row_k.shift(1).forward_fill().over(KEYS),
        prev_end=row_end.shift(1).forward_fill().over(KEYS),
        next_k=row_k.shift(-1).backward_fill().over(KEYS),
        next_line=row_line.shift(-1).backward_fill().over(KEYS),
    ).with_columns(
        joined_to_prev=pl.col("starts_row")
        & (pl.col("prev_k") == pl.col("k"))
        & (pl.col("line_no") - pl.col("prev_end") <= MAX_GAP),
        joined_to_next=pl.col("starts_row")
        & (pl.col("next_k") == pl.col("k"))
        & (pl.col("next_line") - (pl.col("line_no") + pl.col("k")) <= MAX_GAP),
    )
    rows = rows.with_columns(
        is_row=pl.col("joined_to_prev").fill_null(value=False)
        | pl.col("joined_to_next").fill_null(value=False)
    ).with_columns(
        first_row=pl.col("is_row") & ~pl.col("joined_to_prev").fill_null(value=False),
        row_start=pl.when(pl.col("is_row")).then(pl.col("line_no")).forward_fill().over(KEYS),
        row_cells=pl.when(pl.col("is_row")).then(pl.col("k")).forward_fill().over(KEYS),
    )
    # the heading lines right above a table's first row: a run of names and unit lines, of which the last
    # k + 1 names (the rows' names' column and one a figure) and the unit lines under them are the headings
    is_head_piece = (pl.col("is_name") | pl.col("is_unit")) & ~pl.col("is_row")
    head_k = pl.when(pl.col("first_row").shift(-1).over(KEYS)).then(pl.col("k").shift(-1).over(KEYS))
    heads = (
        rows.with_columns(head_run=_runs(is_head_piece))
        .with_columns(head_k=pl.when(is_head_piece).then(head_k))
        .with_columns(
            head_k=pl.col("head_k").backward_fill().over("document_id", "head_run"),
            names_below=pl.col("is_name")
            .cast(pl.Int64)
            .reverse()
            .cum_sum()
            .reverse()
            .over("document_id", "head_run")
            - pl.col("is_name").cast(pl.Int64),
        )
        .with_columns(
            is_head=pl.col("head_k").is_not_null() & (pl.col("names_below") + 1 <= pl.col("head_k") + 1),
        )
    )
    next_is_unit = pl.col("is_unit").shift(-1).over(KEYS).fill_null(value=False)
    in_row = (
        pl.col("row_start").is_not_null()
        & (pl.col("line_no") >= pl.col("row_start"))
        & (pl.col("line_no") < pl.col("row_start") + pl.col("row_cells"))
    )
    return heads.with_columns(
        sep=pl.when(pl.col("line_no") == pl.col("line_no").max().over(KEYS))
        .then(pl.lit(""))
        .when(in_row)
        .then(pl.lit("\t"))
        .when(pl.col("is_head") & ~pl.col("first_row").shift(-1).over(KEYS).fill_null(value=False))
        .then(pl.when(next_is_unit).then(pl.lit(" ")).otherwise(pl.lit("\t")))
        .otherwise(pl.lit("\n"))
    )


def join_stacked_cells(docs: pl.LazyFrame) -> pl.LazyFrame:
    """`docs` with each text's stacked tables joined into rows (see the module's docstring); a text without one
    is unchanged, character for character.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        The same frame, its `text` column rewritten.
    """
    return rejoin_lines(docs, _separators(explode_lines(docs)))
