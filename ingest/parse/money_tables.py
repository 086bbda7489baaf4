"""Money in tables whose cells are plain numbers in a unit their heading or caption names.

"| Service | Budget £m | Forecast £m | Variance £m |" over "| Children's Services | 58.420 | 63.150 | 4.730 |",
or a tab- or space-aligned table under "Forecast outturn (£'000)": each plain-number cell is an amount in that
unit, printed in brackets or with a minus when it is negative, under the words of its column's heading rows
(`column_label`: what the cell is, read in dbt from the `money_rules` seed's rules of scope `column`).
"""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import text_around
from ingest.parse.sentences import CELL_SEP, NUMBER, TABLE_HEAD_ROWS

# a plain-number cell with the bar, tab or spaces before it (what ends it is checked on the text after it)
CELL = rf"(?:^|{CELL_SEP})[ *]*{NUMBER}\**"
CELL_END = rf"^\**\s*(?:{CELL_SEP}|$)"
SCALE = {"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6}  # else thousands: "000", "000s", "k", ...
SPLIT = "\u0002"
ROW_NAME = r"[A-Za-z]|(?:19|20)[0-9]{2}[/-][0-9]{2}"


def _cells_of(text: pl.Expr) -> pl.Expr:
    """A table row's cells, outer bars and white space removed: "| a | 1.2 |" -> ["a", "1.2"]."""
    return text.str.strip_chars(" |\t").str.replace_all(rf"\s*(?:{CELL_SEP})\s*", SPLIT).str.split(SPLIT)


def table_cells(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """One row per plain-number cell of the table rows among `sentences` (from `split_sentences`) whose table
    has a unit: the sentence's columns with raw (the number as printed), pos, before, after, table_scale (pounds
    per unit), is_negative and column_label (the words over its column, from its table's heading rows, matched
    from the right: numbers stand in the last columns of a row)."""
    rows = sentences.filter(pl.col("table_unit").is_not_null())
    before, after = text_around(pl.col("sentence"), pl.col("cell"))
    cells = (
        rows.with_columns(cell=pl.col("sentence").str.extract_all(CELL))
        .explode("cell")
        .drop_nulls("cell")
        .with_columns(before=before, after=after)
        # a whole cell, after the row's name, words or a year ("1   Adult Services   88,412": the row number is no
        # amount; "| 2026/27 | 4.6 |")
        .filter(pl.col("after").str.contains(CELL_END) & pl.col("before").str.contains(ROW_NAME))
        .with_columns(
            lead=pl.col("cell").str.extract(rf"^((?:{CELL_SEP})?[ *]*)", 1),
            raw=pl.col("cell").str.replace(rf"^(?:{CELL_SEP})?[ *]*", "").str.strip_chars("*"),
        )
        .with_columns(
            before=pl.col("before") + pl.col("lead"),
            pos=pl.col("before").str.len_chars().cast(pl.Int64) + pl.col("lead").str.len_chars(),
            after=pl.col("cell").str.extract(r"(\**)$", 1) + pl.col("after"),
        )
    )
    rest = pl.col("after").str.strip_chars(" |*\t")
    from_right = (
        pl.when(rest == "").then(0).otherwise(rest.str.count_matches(rf"\s*(?:{CELL_SEP})\s*") + 1) + 1
    )
    heads = pl.col("column_heads").str.split("\n")
    label = pl.concat_str(
        [
            _cells_of(heads.list.get(k, null_on_oob=True)).list.get(-pl.col("from_right"), null_on_oob=True)
            for k in range(TABLE_HEAD_ROWS)
        ],
        separator=" ",
        ignore_nulls=True,
    )
    return (
        cells.with_columns(from_right=from_right.cast(pl.Int64))
        .with_columns(
            column_label=pl.when(label.str.strip_chars() != "").then(label.str.strip_chars()),
            is_negative=pl.col("raw").str.contains(r"^\(|^[-–]|-$"),
            table_scale=pl.col("table_unit").replace_strict(SCALE, default=1e3, return_dtype=pl.Float64),
        )
        # a column of percentages is no amount
        .filter(~pl.col("column_label").fill_null("").str.contains(r"%|(?i)per ?cent"))
        .drop("cell", "lead", "from_right")
    )
