"""Summary tables a web page's text gives one cell a line, each cell closed by a bar ("Green |" over "Amber |" over
"Red |", then "Housing |" over "6 |" over "2 |" over "1 |"). The cells of each row are put back on one line, a bar
apart, by changing only the line breaks between them: every character keeps its offset, so what the table readers
find in the joined lines points at the document's own text. A row ends where a name follows a figure; a name just
before the figures and after another name starts the row of those figures (the header's last cell is above it). Only
whole counts are figures: a cell with a decimal point, a percent or a pound sign ("1.2 |", "45% |") is a sum or a share,
and so is every figure under a heading in pounds ("Savings delivery (£m)", "£000"): such tables count no measures."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines, rejoin_lines
from ingest.parse.performance_tables import is_value

CELL_LINE = r"^\s*[^|\s][^|\t]{0,79}\|\s*$"  # one short cell closed by a bar: "Amber |", "12 |"
COUNT = r"^[0-9][0-9,]*$"  # a whole count: "12", "1,204" (not "1.2", "45%", "£3")
MONEY_HEADING = r"(?i)£\s*(?:m|bn|k|000s?)\b|\(£\)|\bgbp\b"  # a heading in pounds: "(£m)", "£000", "(£)"
KEYS = ["document_id"]


def _separators(lines: pl.LazyFrame) -> pl.LazyFrame:
    """Each line with `sep`, the character after it in the text: a space where the next line goes on its row's
    cells, else the line break (none after a text's last line)."""
    cell = pl.col("line").str.contains(CELL_LINE)
    text = pl.col("line").str.replace(r"\|\s*$", "").str.strip_chars()
    # the last line above that is no cell: the heading a run of cells is under
    heading = pl.when(~cell).then(pl.col("line")).forward_fill().over(KEYS).fill_null("")
    figure = cell & text.str.contains(COUNT) & ~heading.str.contains(MONEY_HEADING)
    # "N/A" or a dash after a figure is a row's value; elsewhere ("Red | N/A | Total" of a header) a column's name
    lines = lines.with_columns(cell=cell, value=figure | (cell & is_value(text) & figure.shift(1).over(KEYS)))
    name = pl.col("cell") & ~pl.col("value")
    before, after = pl.col("value").shift(1).over(KEYS), pl.col("value").shift(-1).over(KEYS)
    starts = name & pl.col("cell").shift(1).over(KEYS) & (before | (after & name.shift(1).over(KEYS)))
    lines = lines.with_columns(starts=starts.fill_null(False))
    goes_on = pl.col("cell") & pl.col("cell").shift(-1).over(KEYS) & ~pl.col("starts").shift(-1).over(KEYS)
    last = pl.col("line_no") == pl.col("line_no").max().over(KEYS)
    return lines.with_columns(
        sep=pl.when(goes_on.fill_null(False))
        .then(pl.lit(" "))
        .when(last)
        .then(pl.lit(""))
        .otherwise(pl.lit("\n"))
    )


def join_pipe_cells(docs: pl.LazyFrame) -> pl.LazyFrame:
    """`docs` with each text's tables of one cell a line joined into rows (see the module's docstring); a text
    without one is unchanged, character for character.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        The same frame, its `text` column rewritten.
    """
    lines = _separators(explode_lines(docs)).filter((pl.col("sep") == " ").any().over(KEYS))
    return rejoin_lines(docs, lines)
