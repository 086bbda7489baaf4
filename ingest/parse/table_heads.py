"""The tables among a report's lines: which lines are table rows, which of those are heading rows (words, no
figure: "| Service | Budget £m | Forecast £m |", or "Budget" over "£000"), each row's column headings with the
heading rows right above them, and the unit its table's heading rows or caption give its plain-number cells.
Read by `sentences.split_sentences` for every sentence and by `money_tables` for the cells of a row.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import DOT
from ingest.read.paragraphs import DOT_LEADER

# a row without its outer bars, as Markdown allows ("Estimated base | 320.6 | 338.1 |": two bars, spaces around the
# first)
UNBARRED_ROW = r"\S[ \t]+\|[ \t]+\S.*\|"
# a table row: cells between bars, a tab apart, or set apart by runs of spaces; one without its outer bars; or a
# dotted leader (the reader keeps such a line whole)
TABLE_ROW = rf"^\s*\||\t|\S {{3,}}\S|{UNBARRED_ROW}|{DOT_LEADER}"
# what parts a table row into cells: a bar, a tab, or a run of spaces
CELL_SEP = r"\||\t| {2,}"
# a cell that is a plain number ("| 58.420 |", "\t(1,350)\t", "   -412"), not a year ("| 2025 |")
INTEGER = r"[0-9]{1,3}(?:,[0-9]{3})+|(?:1[0-8]|2[1-9]|[3-9][0-9])[0-9]{2}|[0-9]{1,3}|[0-9]{5,}"
NUMBER = rf"\(?[-–+]?(?:{INTEGER})(?:[.{DOT}][0-9]+)?\)?-?"
NUMBER_CELL = rf"(?:^|{CELL_SEP})[ *]*{NUMBER}\**\s*(?:{CELL_SEP}|$)"
# a footnote mark right after a unit, its superscript flattened to a digit by the text's normalisation ("£m¹" is
# read as "£m1", "£000²" as "£0002"): the unit is read past it
FOOTNOTE_MARK = r"[0-9]?"
# the unit a table's heading rows or caption give its plain-number cells: "£'000", "£000s", "(£m)", "£ millions"
TABLE_UNIT = rf"(?i)£\s?['’]?(000s?|k|m|mn|millions?|thousands?){FOOTNOTE_MARK}(?-u:\b)"
# ... or a heading cell in whole pounds: "£" alone, or at a cell's end ("Budget £", "Stafford share (£)")
POUNDS_HEAD = r"(?m)(?:^|\||\t| {2,})[^|\t£]{0,40}?\(?£\)?[^\S\n]*(?:\||\t| {2,}|$)"
POUNDS_ROW = r"^[\s|()]*£[\s|()£]*$"
# a page's running header or footer ("Cabinet | 14 March 2026 | Page 4 of 11", "Page 7"): no row of a table, and it
# does not end one that runs on to the next page
PAGE_FURNITURE = (
    r"(?i)^.{0,120}\bpage\s+[0-9]+(?:\s+of\s+[0-9]+)?\s*\|?\s*$"
    # ... or one that opens with it ("Page 4 of 11      Executive – 14 November 2026")
    r"|^\W{0,3}page\s+[0-9]+\s+of\s+[0-9]+\b.{0,120}$"
)
TABLE_HEAD_ROWS = 4  # a table's column headings may take this many rows ("Revised" over "budget" over "£m")
HEAD_MAX_CHARS = 500  # a longer line is no table's heading row
# a caption that gives a table's unit: in brackets ("Forecast by directorate (£'000)"), at its end ("Figures in
# £m", "All figures £m."), a table's title ("Table 2: £000s"), or a sentence saying what the figures are in ("All figures are in
# £ millions and each year stands alone"); not a sentence that mentions one ("savings of £2m in 2026/27")
UNIT_WORD = rf"£\s?['’]?(?:000s?|k|m|mn|millions?|thousands?){FOOTNOTE_MARK}(?-u:\b)"
FIGURES_ARE_IN = (
    rf"\b(?:figures|amounts|numbers|values|sums)\b[^.£]{{0,30}}\b(?:are|is)\s+(?:\w+\s+)?(?:in\s+)?{UNIT_WORD}"
    # ... or saying it without a verb ("All figures £000; brackets are underspends", "all amounts in £m")
    rf"|\ball\s+(?:figures|amounts|numbers|values|sums)\s+(?:(?:shown|given|stated)\s+)?(?:in\s+)?{UNIT_WORD}"
    # ... or opening a caption ("Figures in £000. Positive variances are overspends")
    rf"|^\W*(?:figures|amounts|values|sums)\s+(?:(?:shown|given|stated)\s+)?in\s+{UNIT_WORD}"
)
CAPTION_UNIT = (
    rf"(?i)\(\s*(?:(?:all\s+)?(?:values|figures|amounts)\s+(?:are\s+)?(?:in\s+)?)?{UNIT_WORD}\s*\)|{UNIT_WORD}\s*[):.]?\s*$|^\W*(?:table|figure|appendix|chart)\b[^.]*{UNIT_WORD}"
    rf"|{FIGURES_ARE_IN}"
)
CAPTION_GAP = 3  # a caption stands at most this many lines above its table's heading rows
# ... or a caption that says the table is in whole pounds ("shown below (all figures in £).", "Figures are shown in
# pounds sterling"): not a unit in thousands or millions ("in £000", "in £m")
POUNDS_CAPTION = (
    r"(?i)\(\s*(?:(?:all\s+)?(?:values|figures|amounts)\s+(?:are\s+)?(?:shown\s+|given\s+|stated\s+)?in\s+)?"
    r"(?:£|pounds)(?:\s+sterling)?\s*\)"
    r"|\b(?:figures|amounts|values)\s+(?:are\s+)?(?:shown\s+|given\s+|stated\s+)?in\s+(?:£|pounds)(?:\s+sterling)?"
    r"\s*[.;:]?\s*$"
)


def _on_next_words_line(value: pl.Expr, after: bool = True) -> pl.Expr:
    """`value` on the nearest line after (or before) each line that has words and is not page furniture (each
    line's `furniture` column: whether it matches PAGE_FURNITURE, worked out once by the caller)."""
    line = pl.col("line")
    on_words = pl.when(line.str.contains("[0-9A-Za-z]") & ~pl.col("furniture")).then(value)
    if after:
        return on_words.shift(-1).backward_fill().over("document_id")
    return on_words.shift(1).forward_fill().over("document_id")


def wrapped_row_name(is_row: pl.Expr) -> pl.Expr:
    """A row's name wrapped onto an indented line of its own between two rows of a table ("Adult Care and   41,200"
    over "  Housing" over "Place   18,300", blank lines, a rule or a page's footer maybe before the next row), or
    onto a line cut short before its row ("ICT and mobilising (Thames" over "Valley Control)   1,180"): part of
    the table, neither its end nor a caption of the rows below. Reads each line's `furniture` (PAGE_FURNITURE)."""
    line = pl.col("line")
    # whether the next line with words that is neither a rule ("-----") nor page furniture is a row
    next_is_row = _on_next_words_line(is_row)
    # ... of words only: an indented caption with a number or a unit ("Table 2: Savings (£000)") starts a table;
    # indented, or plainly cut short ("ICT and mobilising (Thames" over "Valley Control)\t1,180\t240")
    return (
        (
            line.str.contains(r"^\s+\S")
            | line.str.contains(r"\([^)]*$|(?:\b(?:and|of|for|to|the|in)|[&,/–-])\s*$")
        )
        & ~line.str.contains("[0-9£]")
        & (
            is_row.shift(1).over("document_id").fill_null(value=False)
            # ... or under the table's headings that end in a line of only their unit ("Adverse/" over
            # "(Favourable)" over "£000", indented under its column)
            | (
                line.shift(1).over("document_id").str.contains(rf"^\s{{8,}}\(?{UNIT_WORD}\)?\s*$")
                & is_row.shift(2).over("document_id")
            ).fill_null(value=False)
        )
        & next_is_row.fill_null(value=False)
    )


def group_row(is_row: pl.Expr) -> pl.Expr:
    """A short line of words alone between two rows of a table, the next one a row of figures ("Savings proposals"
    over "  Adult Services   4,870   3,300", "People" over "Adults   10,250"): the title of the rows under it, part of
    the table and not its end (it is still a heading for the rows under it). Reads each line's `furniture`."""
    line = pl.col("line")
    # the nearest lines with words before and after it (blank lines, rules and page furniture between do not count)
    row_before = _on_next_words_line(is_row, after=False)
    figures_after = _on_next_words_line(is_row & line.str.contains(NUMBER_CELL))
    return (
        ~is_row
        & line.str.contains(r"^\s*[A-Z][A-Za-z'’&,()/ –-]{1,38}$")
        & row_before.fill_null(value=False)
        & figures_after.fill_null(value=False)
    )


def with_column_heads(lines: pl.LazyFrame, is_row: pl.Expr, wrapped_name: pl.Expr) -> pl.LazyFrame:
    """The lines with their table's headings: `column_head` (a table row's line of column headings, else null),
    `column_heads` (that line with the heading rows right above it, one per line) and `head_start` (the line its
    heading rows start at, -1 after a table ends); `wrapped_name` is `wrapped_row_name` worked out once by the
    caller, as is each line's `furniture` (whether it matches PAGE_FURNITURE)."""
    line = pl.col("line")
    # a table's heading row holds words and no figure ("| £m | 2025/26 | 2026/27 |" over "| Budget gap | £21.6m |")
    # (a long line is none: it is not copied into the expressions below, nor is a heading row)
    short = pl.when(line.str.len_chars() <= HEAD_MAX_CHARS).then(line)
    wordy = (
        ~short.str.replace_all(TABLE_UNIT, "").str.contains(r"£\s?[0-9]")
        & short.str.contains("[0-9A-Za-z]")
        & ~short.str.contains(NUMBER_CELL)
    ).fill_null(value=False)
    # (worked out once, as columns: each is read in several places below)
    lines = lines.with_columns(_wordy=wordy)
    wordy = pl.col("_wordy")
    # ... and a heading row may go on in a line of one indented cell ("Variance" over "    Adverse/(Favourable)")
    goes_on = line.str.contains(r"^(?: {8,}|\t+)\S") & wordy & (is_row & wordy).shift(1).over("document_id")
    lines = lines.with_columns(_is_head=(is_row & wordy) | goes_on.fill_null(value=False))
    is_head = pl.col("_is_head")
    # a line that ends a table: one of words (a blank line or a rule "-------" inside a table does not, nor does a
    # row's name wrapped onto a line of its own, nor the title of a group of rows, nor a page's footer)
    ends_table = (
        ~is_row
        & ~is_head
        & line.str.contains("[0-9A-Za-z]")
        & ~wrapped_name
        & ~group_row(is_row)
        & ~pl.col("furniture")
    )
    # a heading row with the heading rows right above it, one per line
    above = [pl.lit(value=True)]
    for k in range(1, TABLE_HEAD_ROWS):
        above.append(above[-1] & is_head.shift(k).over("document_id").fill_null(value=False))
    lines = lines.with_columns(
        _ends_table=ends_table, **{f"_above_{k}": above[k] for k in range(1, TABLE_HEAD_ROWS)}
    )
    ends_table = pl.col("_ends_table")
    above = [pl.lit(value=True)] + [pl.col(f"_above_{k}") for k in range(1, TABLE_HEAD_ROWS)]
    head_rows = pl.concat_str(
        [
            pl.when(above[k]).then(short.shift(k).over("document_id"))
            for k in reversed(range(TABLE_HEAD_ROWS))
        ],
        separator="\n",
        ignore_nulls=True,
    )
    return lines.with_columns(
        # a table row's column headings: the last row of its table at or before it that holds no figure
        column_head=pl.when(is_head)
        .then(line)
        .when(ends_table)
        .then(pl.lit(""))
        .forward_fill()
        .over("document_id")
        .replace("", None),
        # ... and that row with the heading rows right above it, one per line
        column_heads=pl.when(is_head)
        .then(head_rows)
        .when(ends_table)
        .then(pl.lit(""))
        .forward_fill()
        .over("document_id")
        .replace("", None),
        # the line its heading rows start at
        head_start=pl.when(is_head)
        .then(
            pl.col("line_no")
            - pl.sum_horizontal([above[k].cast(pl.Int64) for k in range(1, TABLE_HEAD_ROWS)])
        )
        .when(ends_table)
        .then(pl.lit(-1, pl.Int64))
        .forward_fill()
        .over("document_id"),
        # a row of "£" cells under the headings ("\t£\t£\t£"): the table is in whole pounds
        pounds_row=pl.when(is_head | ends_table)
        .then(pl.lit(value=False))
        .when(is_row & line.str.contains(POUNDS_ROW))
        .then(pl.lit(value=True))
        .forward_fill()
        .over("document_id")
        .fill_null(value=False),
    ).drop("_wordy", "_is_head", "_ends_table", *(f"_above_{k}" for k in range(1, TABLE_HEAD_ROWS)))


def table_unit(is_row: pl.Expr) -> pl.Expr:
    """The unit of a table row's plain-number cells ("000", "m", ...), from its heading rows or a caption just above
    them ("Table 2: Forecast outturn by directorate (£'000)", "shown below (all figures in £)"); reads `column_heads`, `head_start`, the
    `caption` and `intro_line` (the prose or unit-naming heading above the table) of each line, and
    `unit_caption` and `unit_caption_line` (the last such caption that names a unit), and `pounds_row`."""
    # (a row's captions only: those carried down every other line are not scanned, as an empty text; a null still
    # holds its text for the patterns to scan)
    heads = pl.when(is_row).then(pl.col("column_heads"))
    caption, unit_caption = (
        pl.when(is_row).then(pl.col(c)).otherwise(pl.lit("")) for c in ("caption", "unit_caption")
    )
    return pl.when(is_row).then(
        pl.coalesce(
            heads.str.extract(TABLE_UNIT, 1),
            # a caption just above the table's heading rows (or above a table without any)
            pl.when(
                caption.str.contains(CAPTION_UNIT)
                & (heads.is_null() | (pl.col("head_start") - pl.col("intro_line") <= CAPTION_GAP))
            ).then(caption.str.extract(TABLE_UNIT, 1)),
            # ... or a few lines above its heading rows, a table's title between them
            pl.when(
                heads.is_not_null() & (pl.col("head_start") - pl.col("unit_caption_line") <= CAPTION_GAP)
            ).then(unit_caption.str.extract(TABLE_UNIT, 1)),
            pl.when(
                heads.str.contains(POUNDS_HEAD)
                | pl.col("pounds_row")
                | (
                    caption.str.contains(POUNDS_CAPTION)
                    & (heads.is_null() | (pl.col("head_start") - pl.col("intro_line") <= CAPTION_GAP))
                )
            ).then(pl.lit("£")),
        ).str.to_lowercase()
    )


def join_wrapped_bar_rows(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The lines with a bar table's row whose first cell wraps onto the next line ("| Place (incl. waste," over
    "highways and transport) | 38.6 | 38.1 |") joined into its first line, after a space for the line break (so
    offsets keep), and the line it went on to left blank (a blank line does not end a table)."""
    line = pl.col("line")
    opens = line.str.contains(r"^\s*\|[^|]*$")
    closes = ~line.str.contains(r"^\s*\|") & line.str.contains(r"\|\s*$")
    joined = opens & closes.shift(-1).over("document_id").fill_null(value=False)
    return lines.with_columns(
        line=pl.when(joined)
        .then(pl.concat_str([line, line.shift(-1).over("document_id")], separator=" "))
        .when(joined.shift(1).over("document_id").fill_null(value=False))
        .then(pl.lit(""))
        .otherwise(line)
    )
