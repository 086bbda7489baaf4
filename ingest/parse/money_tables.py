"""Money in tables whose cells are plain numbers in a unit their heading or caption names.

"| Service | Budget £m | Forecast £m | Variance £m |" over "| Children's Services | 58.420 | 63.150 | 4.730 |",
or a tab- or space-aligned table under "Forecast outturn (£'000)": each plain-number cell is an amount in that
unit, printed in brackets or with a minus when it is negative, under the words of its column's heading rows
(`column_label`: what the cell is, read in dbt from the `money_rules` seed's rules of scope `column`).

The figures of such a row (its £ figures, percentages and plain cells) are found in one pass, each at its own
place in the row: a value printed twice ("| 4.5 | 4.5 |") or inside another ("| 4.56 | 4.5 |") is two cells.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import DOT
from ingest.parse.money_units import MONEY
from ingest.parse.table_heads import CELL_SEP, INTEGER, TABLE_HEAD_ROWS, TABLE_UNIT, UNBARRED_ROW

# a cell may give its own unit after its number, whatever the table's ("1.2m", "-0.31m", "(450k)" under "£")
CELL_UNIT = r"(?:m|bn|k)(?-u:\b)"
CELL_NUMBER = rf"\(?[-–+]?(?:{INTEGER})(?:[.{DOT}][0-9]+)?(?:{CELL_UNIT})?\)?-?"
# a plain-number cell with the bar, tab or spaces before it (what ends it is checked on the text after it); a
# percentage cell ("\t68%") is read here too, so that the cell pattern does not swallow its number
CELL = rf"(?:^|{CELL_SEP})[ *]*{CELL_NUMBER}\**(?:[^\S\t]?%)?"
FIGURE = rf"{MONEY}|[0-9]{{1,3}}(?:{DOT}[0-9]+)?[^\S\t]?(?:%|per cent|percent)|{CELL}"
# a variance cell may say which way it goes after its number ("3.56 adverse", "0.95 fav", "1.2 under")
DIRECTION = r"(?i:adverse|adv|overspend|over|favourable|fav|underspend|under)\b\.?"
# ... or in a cell of its own after it ("| 0.55 | favourable |")
FAVOURABLE = (
    r"^\**[^\S\t]+(?i:fav|under)"
    r"|^\**\s*(?:\||\t)\s*\**(?i:fav|favourable|under|underspend|underspent)\b\.?\**\s*(?:\||\t|$)"
)
# the way a caption says a table's signs go ("Variance, £m (+ adverse, - favourable)", "+ = overspend"): the column
# label of a table without heading rows, read by the `money_rules` seed's column rules
SIGN_CONVENTION = r"(?i)[+\-–]\s*=?\s*(?:adverse|favourable|over ?spend|under ?spend)"
CELL_END = rf"^\**(?:[^\S\t]+{DIRECTION})?\s*(?:{CELL_SEP}|$)"
# else thousands: "000", "000s", "k", ...; "£" is whole pounds ("Budget £")
SCALE = {"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "£": 1.0}
MARK, SPLIT = "\u0003", "\u0002"
# a row's name before its cells: words, or a year ("| 2026/27 | 4.6 |")
ROW_NAME = r"[A-Za-z]|(?:19|20)[0-9]{2}[/-][0-9]{2}"
# a row whose name says its numbers are not amounts in the table's unit: counts, shares, pounds per unit, page
# furniture ("Number of placements", "Collection rate (%)", "Cost per household (£)", "Cabinet 14 March 2026": a
# date, PAGE_DATE)
NOT_AMOUNTS = (
    r"(?i)%|\bper ?cent|\bnumber of\b|\bno\.? of\b|\bFTE\b|\bheadcount\b|\(\s*£\s*\)|\bper (?:head|resident|"
    r"household|pupil|property|dwelling|person|place|placement|week|hour|day)\b|\bunit cost|\bpage\b"
)
MONTHS = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
PAGE_DATE = rf"(?i)\b{MONTHS}\s+(?:19|20)[0-9]{{2}}"
# ... but a balance on a date is an amount ("Balance at 1 April 2024   62.70", "Closing balance as at 31 March 2026")
AT_DATE = rf"(?i)\b(?:at|as at|on)\s+(?:[0-9]{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTHS}\s+(?:19|20)[0-9]{{2}}"


def _cells_from_right(text: pl.Expr) -> pl.Expr:
    """A table row's cells, outer bars and white space removed: "| a | 1.2 |" -> ["a", "1.2"]."""
    return text.str.strip_chars(" |\t").str.replace_all(rf"\s*(?:{CELL_SEP})\s*", SPLIT).str.split(SPLIT)


def _cells_from_left(text: pl.Expr, separator: str) -> pl.Expr:
    """A row's cells between bars or tabs, empty ones kept: "| a | | 1.2 |" -> ["a", "", "1.2"]."""
    if separator == "|":
        text = text.str.strip_chars().str.replace(r"^\|", "").str.replace(r"\|$", "")
    return text.str.split(separator).list.eval(pl.element().str.strip_chars())


def left_label(before: pl.Expr) -> pl.Expr:
    """The words over the column of a figure in a row typed with bars or tabs, counted from the left of the row
    by the bars or tabs `before` the figure (null in a row typed with spaces)."""
    heads = pl.col("column_heads").str.split("\n")
    by_bars = pl.col("sentence").str.contains(r"^\s*\|") & pl.col("column_heads").str.contains(r"\|")
    # the row's first bar opens its first cell where its headings open with one too; else it closes an empty first
    # cell ("    | Total |   | 2,730 |" under "Ref | Saving | Service | Value")
    bar_first = pl.col("column_head").fill_null("").str.contains(r"^\s*\|").cast(pl.Int64)
    by_tabs = ~by_bars & pl.col("sentence").str.contains("\t") & pl.col("column_heads").str.contains("\t")
    return (
        pl.when(by_bars)
        .then(_label(heads, lambda h: _cells_from_left(h, "|"), before.str.count_matches(r"\|") - bar_first))
        .when(by_tabs)
        .then(_label(heads, lambda h: _cells_from_left(h, "\t"), before.str.count_matches("\t")))
    )


def _label(heads: pl.Expr, cells_of, index: pl.Expr) -> pl.Expr:
    """The words over a column: its cell in each heading row, joined."""
    return pl.concat_str(
        [
            cells_of(heads.list.get(k, null_on_oob=True)).list.get(index, null_on_oob=True)
            for k in range(TABLE_HEAD_ROWS)
        ],
        separator=" ",
        ignore_nulls=True,
    ).str.strip_chars()


def _aligned_label(
    heads: pl.Expr, start: pl.Expr, end: pl.Expr, right: pl.Expr, row_cells: pl.Expr
) -> pl.Expr:
    """The words over a cell of a row typed with spaces: in a heading row with a heading for each of the row's
    cells, the one as far from the right as the cell; else the one with a character over the cell's column,
    characters [`start`, `end`) of its line, if any ("Annual" over "Budget" over "£000" above "289,412", nothing
    of a heading row with fewer cells, "Budget  Outturn" under "Annual Forecast  Variance", over the variance; a
    total row without its rows' last cell, "TOTAL  20.8  11.5" under "Scheme  Target  Delivered  RAG", under
    "Target" and "Delivered"); else, in a heading row with more cells than the row, as far from the right."""
    labels = []
    for k in range(TABLE_HEAD_ROWS):
        head = heads.list.get(k, null_on_oob=True)
        cells = _cells_from_right(head)
        over = head.str.slice(start, end - start).str.contains(r"\S")
        # the heading over the cell is the last one starting before the cell ends
        index = head.str.slice(0, end).str.count_matches(r"(?:^|\s{2,})\S").cast(pl.Int64) - 1
        labels.append(
            pl.when(cells.list.len() == row_cells)
            .then(cells.list.get(-right, null_on_oob=True))
            .when(over)
            .then(cells.list.get(index, null_on_oob=True))
            .when(cells.list.len() > row_cells)
            .then(cells.list.get(-right, null_on_oob=True))
        )
    return pl.concat_str(labels, separator=" ", ignore_nulls=True).str.strip_chars()


def _indent(text: pl.Expr) -> pl.Expr:
    """How far a line's first cell stands from the line's start (a bar opening the line not counted)."""
    text = text.str.replace(r"^\s*\|", "")
    return text.str.len_chars() - text.str.strip_chars_start().str.len_chars()


def rows_heading() -> pl.Expr:
    """The words over a table's first column, its rows' names ("Directorate" in "| Directorate | Budget £m |", or
    "Portfolio /" over "Service"), read from `column_heads` for the row `sentence`: each heading row's first cell,
    where the row has one over the row's name (a heading row indented past it, "        Budget   Forecast", or
    opening with an empty cell, "|  | Budget |", has none)."""
    heads = pl.col("column_heads").str.split("\n")
    firsts = []
    for k in range(TABLE_HEAD_ROWS):
        head = heads.list.get(k, null_on_oob=True)
        firsts.append(
            pl.when(_indent(head) <= _indent(pl.col("sentence")) + 1).then(
                head.str.replace(r"^\s*\|", "").str.extract(
                    r"^[^\S\t]*([^\s|][^|\t]*?)\s*(?:\||\t| {2,}|$)", 1
                )
            )
        )
    return pl.concat_str(firsts, separator=" ", ignore_nulls=True).replace("", None)


def cells_to_the_right() -> pl.Expr:
    """How far from the right of its row a figure stands (1: the last cell), counted on the text `after` it (a
    variance's direction after its number is no cell of its own: "7,560 adv")."""
    # (nor is the bracket that closes a "(£0.06m)")
    rest = (
        pl.col("after")
        .str.replace(r"^\)", "")
        .str.replace(rf"^\**[^\S\t]+{DIRECTION}", "")
        .str.strip_chars(" |*\t")
    )
    return (
        pl.when(rest == "").then(0).otherwise(rest.str.count_matches(rf"\s*(?:{CELL_SEP})\s*") + 1) + 1
    ).cast(pl.Int64)


def spaced_label(right: pl.Expr) -> pl.Expr:
    """The words over a figure in a row typed with spaces (the row its line's first sentence), by its place under
    its table's heading rows (`column_heads`): "£1.65m" last in "Housing   £3.60m   £5.25m   £1.65m" under
    "Directorate   Revised   Forecast   Variance" is the variance. Reads `before`, `pos`, `raw` and `sentence`;
    `right`: how far from the right of the row the figure stands."""
    return pl.when(pl.col("sentence_no") == 0).then(
        _aligned_label(
            pl.col("column_heads").str.split("\n"),
            # a number is printed to the right of its column: the column starts where the cell before it ends
            pl.col("before").str.strip_chars_end().str.len_chars().cast(pl.Int64),
            pl.col("pos") + pl.col("raw").str.len_chars(),
            right,
            _cells_from_right(pl.col("sentence")).list.len(),
        )
    )


def table_figures(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """One row per figure of the table rows among `sentences` (from `split_sentences`) whose table has a unit:
    the sentence's columns with raw (as printed), pos (its place in the sentence), before, after, table_scale
    (pounds per unit; null for a £ figure or a percentage), is_negative and column_label (the words over the
    column of a plain-number or percentage cell: by its bars or tabs counted from the left, else counted from the
    right, as numbers stand in the last columns of a row typed with spaces). A column heading naming the unit makes
    only such columns amounts."""
    rows = sentences.filter(pl.col("table_unit").is_not_null()).with_columns(
        piece=pl.col("sentence").str.replace_all(FIGURE, f"{MARK}${{0}}{MARK}").str.split(MARK)
    )
    pieces = (
        rows.with_columns(piece_no=pl.int_ranges(pl.col("piece").list.len()))
        .explode("piece", "piece_no")
        .with_columns(length=pl.col("piece").str.len_chars().cast(pl.Int64))
        .with_columns(
            start=pl.col("length").cum_sum().over("document_id", "line_no", "sentence_no") - pl.col("length")
        )
        .filter((pl.col("piece_no") % 2 == 1) & (pl.col("length") > 0))
        .with_columns(lead=pl.col("piece").str.extract(rf"^((?:{CELL_SEP})?[ *]*)", 1))
        .with_columns(
            raw=pl.col("piece").str.slice(pl.col("lead").str.len_chars()).str.strip_chars("* \t"),
            pos=pl.col("start") + pl.col("lead").str.len_chars(),
        )
        .with_columns(
            before=pl.col("sentence").str.slice(0, pl.col("pos")),
            after=pl.col("sentence").str.slice(pl.col("pos") + pl.col("raw").str.len_chars()),
            is_cell=~pl.col("raw").str.contains(r"^£|%$|per ?cent$"),
        )
    )
    cells = pl.col("is_cell")
    name = pl.col("before").str.strip_chars_start(" |\t").str.replace(rf"(?:{CELL_SEP}).*$", "")
    heads = pl.col("column_heads").str.split("\n")
    right = cells_to_the_right()
    # by bars or tabs counted from the left, else from the right
    from_left = left_label(pl.col("before"))
    # by place under its headings in a row typed with spaces, else counted from the right
    aligned = spaced_label(pl.col("right"))
    # a row without its outer bars ("Net budget | 58.4 | 60.1 |") is not set out in columns of characters: its
    # heading row, perhaps without the rows' names' column, is counted from the right
    unbarred = ~pl.col("sentence").str.contains(r"^\s*\|") & pl.col("sentence").str.contains(UNBARRED_ROW)
    label = (
        pl.when(from_left.is_not_null())
        .then(from_left)
        .when(~unbarred & (aligned.fill_null("") != ""))
        .then(aligned)
        .otherwise(_label(heads, _cells_from_right, -pl.col("right")))
    )
    # the headings after the first column's (the rows' names) name a unit: only those columns are amounts
    unit_columns = pl.any_horizontal(
        [
            _cells_from_right(heads.list.get(k, null_on_oob=True))
            .list.slice(1)
            .list.join(" ")
            .str.contains(TABLE_UNIT)
            for k in range(TABLE_HEAD_ROWS)
        ]
    ).fill_null(value=False)
    # a table without heading rows: the sign convention its caption states, if any
    convention = pl.col("heading").str.extract_all(SIGN_CONVENTION).list.join(" ")
    labelled = pieces.with_columns(right=right.cast(pl.Int64)).with_columns(
        column_label=pl.when(cells)
        .then(
            pl.when(label != "")
            .then(label)
            .when(pl.col("column_heads").is_null() & convention.str.contains(r"\+"))
            .then(convention)
        )
        # ... and a percentage cell's too ("Reserve as % of NRE" over "12.5%"), not a £ figure's
        .when(~pl.col("raw").str.starts_with("£") & (label != ""))
        .then(label)
    )
    return (
        labelled
        # a whole cell after the row's name ("1   Adult Services   88,412": the row number is no amount), in a
        # row of amounts, under a column of amounts (not "% of budget", not "Staff (FTE)" beside "Budget £m")
        .filter(
            ~cells
            | (
                pl.col("after").str.contains(CELL_END)
                & pl.col("before").str.contains(ROW_NAME)
                & ~name.str.contains(NOT_AMOUNTS)
                & (~name.str.contains(PAGE_DATE) | name.str.contains(AT_DATE))
                & ~pl.col("column_label").fill_null("").str.contains(r"%|(?i)per ?cent")
                & (~unit_columns | pl.col("column_label").fill_null("").str.contains(TABLE_UNIT))
                # ... in whole pounds under a "£" heading (a "12.50" there is a fee, not an amount of the table;
                # "1.2m" is £1.2m)
                & ~(
                    (pl.col("table_unit") == "£")
                    & pl.col("raw").str.contains(rf"[.{DOT}]")
                    & ~pl.col("raw").str.contains(rf"{CELL_UNIT}\)?-?$")
                )
            )
        )
        .with_columns(
            is_negative=cells
            & (pl.col("raw").str.contains(r"^\(|^[-–]|-$") | pl.col("after").str.contains(FAVOURABLE)),
            table_scale=pl.when(cells & pl.col("raw").str.contains(rf"{CELL_UNIT}\)?-?$"))
            .then(1.0)
            .when(cells)
            .then(pl.col("table_unit").replace_strict(SCALE, default=1e3, return_dtype=pl.Float64)),
            unit=pl.when(cells | pl.col("raw").str.starts_with("£"))
            .then(pl.lit("gbp"))
            .otherwise(pl.lit("percent")),
        )
        .drop("piece", "piece_no", "length", "start", "lead", "is_cell", "right")
    )
