"""Split document lines into sentences with their character offsets, at a cost linear in the text's size.

A line may be a whole page saved from the web or a PDF tool (hundreds of sentences on one line), and a
sentence may be a flattened table (hundreds of figures, no full stop). So nothing here pairs a sentence
with its whole line: offsets come from cumulative lengths, sentences longer than `CHUNK_CHARS` are cut at
white space, and the `paragraph` each sentence carries is its line only when the line is short, else the
sentence with its neighbours.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines

DOT = "\u2024"  # stands in for a decimal point or an abbreviation's full stop while sentences are split
BREAK = "\u0001"
CHUNK_CHARS = 1000  # a longer "sentence" (a flattened table) is cut at white space into pieces this long
PARAGRAPH_CHARS = 2000  # a longer line is carried on its sentences in blocks, not whole
# a heading: a short line of words (a markdown heading's "#" marks aside), no figure, not a bullet, not ending as a
# sentence or a lead-in does
HEADING = r"^\s*(?:#{1,6}\s+)?(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?[A-Z][^£•*\n]{2,98}[^.,;:!?\s]\s*$"
# a list item ("- £4.9m has been achieved;", "(b) £0.9m is on track") and the line it hangs from, ending in
# a colon ("At the end of September:"): the item's section goes on with that line's words
LIST_MARK = r"(?:[-*•▪◦–—‣○■□►➢·]|\(?[0-9a-z]{1,3}[.)])"
LIST_ITEM = rf"^\s*{LIST_MARK}\s+\S"
# ... and a table row (cells between bars, a tab apart, or set apart by runs of spaces), whose section goes on
# with the prose line before its table ("Council approved savings of £9.6m. Delivery is tracked below.")
TABLE_ROW = r"^\s*\||\t|\S {3,}\S"
LIST_INTRO_MAX_CHARS = 300
# what parts a table row into cells: a bar, a tab, or a run of spaces
CELL_SEP = r"\||\t| {2,}"
# a cell that is a plain number ("| 58.420 |", "\t(1,350)\t", "   -412"), not a year ("| 2025 |")
INTEGER = r"[0-9]{1,3}(?:,[0-9]{3})+|(?:1[0-8]|2[1-9]|[3-9][0-9])[0-9]{2}|[0-9]{1,3}|[0-9]{5,}"
NUMBER = rf"\(?[-–+]?(?:{INTEGER})(?:[.{DOT}][0-9]+)?\)?-?"
NUMBER_CELL = rf"(?:^|{CELL_SEP})[ *]*{NUMBER}\**\s*(?:{CELL_SEP}|$)"
# the unit a table's heading rows or caption give its plain-number cells: "£'000", "£000s", "(£m)", "£ millions"
TABLE_UNIT = r"(?i)£\s?['’]?(000s?|k|m|mn|millions?|thousands?)(?-u:\b)"
TABLE_HEAD_ROWS = 3  # a table's column headings may take this many rows ("Budget" over "£000")
HEAD_MAX_CHARS = 500  # a longer line is no table's heading row
# a caption that gives a table's unit: in brackets ("Forecast by directorate (£'000)"), at its end ("Figures in
# £m"), a table's title ("Table 2: £000s"), or a sentence saying what the figures are in ("All figures are in
# £ millions and each year stands alone"); not a sentence that mentions one ("savings of £2m in 2026/27")
UNIT_WORD = r"£\s?['’]?(?:000s?|k|m|mn|millions?|thousands?)(?-u:\b)"
FIGURES_ARE_IN = rf"\b(?:figures|amounts|numbers|values|sums)\b[^.£]{{0,30}}\b(?:are|is)\s+(?:\w+\s+)?(?:in\s+)?{UNIT_WORD}"
CAPTION_UNIT = (
    rf"(?i)\(\s*{UNIT_WORD}\s*\)|{UNIT_WORD}\s*[):]?\s*$|^\W*(?:table|figure|appendix|chart)\b[^.]*{UNIT_WORD}"
    rf"|{FIGURES_ARE_IN}"
)
CAPTION_GAP = 3  # a caption stands at most this many lines above its table's heading rows


def protect_dots(text: pl.Expr) -> pl.Expr:
    """Replace full stops that do not end a sentence (decimal points, "c.", "e.g.") by `DOT` (one character
    for one, so offsets are kept)."""
    protected = text.str.replace_all(r"([0-9])\.([0-9])", f"$1{DOT}$2")
    # a run of dot leaders between a label and its figure ("Delivered ........ £9.8m"): four at a time, then
    # the one to three left at the run's end
    protected = protected.str.replace_all(r"\.{4}", DOT * 4)
    for _ in range(3):
        protected = protected.str.replace_all(rf"({DOT})\.", f"$1{DOT}")
    # ... and three before a figure ("Not achieved this year ... £2.4m"), and spaced leaders (". . . . £2.4m")
    protected = protected.str.replace_all(r"\.\.\.(\s+[£(0-9])", f"{DOT * 3}$1")
    protected = protected.str.replace_all(r"\. \. \. ", f"{DOT} {DOT} {DOT} ")
    for _ in range(3):
        protected = protected.str.replace_all(rf"({DOT} )\.(\s)", f"$1{DOT}$2")
    return protected.str.replace_all(r"(?i)(\b(?:c|e\.g|i\.e|approx|no))\.", f"$1{DOT}")


def _sentences(line: pl.Expr) -> pl.Expr:
    """The line cut into sentences that, joined again, give the line back exactly (the white space after a
    sentence's end stays with it)."""
    # a closing quote or markup may follow the stop ('said.” The', '**Close the gap.** The'), and an opening
    # one start the next sentence
    return line.str.replace_all(r"([.!?;][”’\"'*_)]{0,3}\s+)([A-Z£(‘“'\"0-9*_])", f"$1{BREAK}$2").str.split(
        BREAK
    )


def _chunks(sentence: pl.Expr) -> pl.Expr:
    """A sentence longer than `CHUNK_CHARS` cut at white space into pieces that join back into it."""
    chunk = rf"(?s).{{1,{CHUNK_CHARS - 1}}}(?:\s|$)|(?s).{{{CHUNK_CHARS}}}"
    return (
        pl.when(sentence.str.len_chars() < CHUNK_CHARS)
        .then(pl.concat_list(sentence))
        .otherwise(sentence.str.extract_all(chunk))
    )


def split_sentences(docs: pl.LazyFrame, keep: str | None = None) -> pl.LazyFrame:
    """One row per sentence: document_id, source_file, line_no, sentence_no, char_offset, heading (the last
    heading line at or before it, and a list item's or table row's lead-in line after it), lead_in (that line
    alone, else null), column_head (a table row's line of column headings, else null), column_heads (that line
    with the heading rows right above it), table_unit (the unit its heading rows or caption give a table row's
    plain-number cells: "000", "m", ...), sentence (decimal points protected by `DOT`, trailing white space
    removed), paragraph.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.
        keep: a regex; only lines matching it are split, and the rows with a plain-number cell of tables with a
            unit (None: every line).

    Returns:
        The sentences of every kept line, in order, with the character offset of each in its document.
    """
    line = pl.col("line")
    is_item = line.str.contains(LIST_ITEM)
    is_row = line.str.contains(TABLE_ROW) & ~is_item
    # a line of prose: not a list item, a table row, a blank line or a code fence ("```" around a table)
    prose = ~is_item & ~is_row & line.str.contains(r"\S") & ~line.str.contains(r"^\s*(?:```|~~~)")
    # ... its last words, all a lead-in or caption keeps of it (a long line is not copied down the lines after it)
    tail = line.str.strip_chars().str.slice(-LIST_INTRO_MAX_CHARS)
    lines = explode_lines(docs).with_columns(
        # the section a line is in: the last heading line at or before it
        heading=pl.when(line.str.contains(HEADING))
        .then(line.str.strip_chars().str.strip_chars_start("# "))
        .forward_fill()
        .over("document_id"),
        # a list item's lead-in: the last line before it that is neither an item nor blank, if it ends in ":"
        intro=pl.when(prose).then(tail).shift(1).forward_fill().over("document_id"),
        # ... with the line before it where that is prose too: a caption wrapped over two lines ("All figures
        # are £m; the council" over "has found part of each year's gap.")
        caption=pl.when(prose)
        .then(
            pl.concat_str(
                [pl.when(prose.shift(1)).then(tail.shift(1)), tail],
                separator=" ",
                ignore_nulls=True,
            )
        )
        .shift(1)
        .forward_fill()
        .over("document_id"),
        intro_line=pl.when(prose).then(pl.col("line_no")).shift(1).forward_fill().over("document_id"),
    )
    # a table's heading row holds words and no figure ("| £m | 2025/26 | 2026/27 |" over "| Budget gap | £21.6m |")
    # (a long line is none: it is not copied into the expressions below, nor is a heading row)
    short = pl.when(line.str.len_chars() <= HEAD_MAX_CHARS).then(line)
    wordy = (
        ~short.str.replace_all(TABLE_UNIT, "").str.contains(r"£\s?[0-9]")
        & short.str.contains("[0-9A-Za-z]")
        & ~short.str.contains(NUMBER_CELL)
    ).fill_null(value=False)
    # ... and a heading row may go on in a line of one indented cell ("Variance" over "    Adverse/(Favourable)")
    goes_on = line.str.contains(r"^(?: {8,}|\t+)\S") & wordy & (is_row & wordy).shift(1).over("document_id")
    is_head = (is_row & wordy) | goes_on.fill_null(value=False)
    # a line that ends a table: one of words (a blank line or a rule "-------" inside a table does not, nor does a
    # row's name wrapped onto an indented line of its own between two rows: "Adult Care and   41,200" over
    # "  Housing" over "Place   18,300")
    wrapped_name = (
        line.str.contains(r"^\s+\S")
        & is_row.shift(1).over("document_id").fill_null(value=False)
        & is_row.shift(-1).over("document_id").fill_null(value=False)
    )
    ends_table = ~is_row & ~is_head & line.str.contains("[0-9A-Za-z]") & ~wrapped_name
    # a heading row with the heading rows right above it, one per line
    above = [pl.lit(value=True)]
    for k in range(1, TABLE_HEAD_ROWS):
        above.append(above[-1] & is_head.shift(k).over("document_id").fill_null(value=False))
    head_rows = pl.concat_str(
        [
            pl.when(above[k]).then(short.shift(k).over("document_id"))
            for k in reversed(range(TABLE_HEAD_ROWS))
        ],
        separator="\n",
        ignore_nulls=True,
    )
    lines = (
        lines.with_columns(
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
            lead_in=pl.when(
                (is_item & pl.col("intro").str.ends_with(":")) | (is_row & pl.col("intro").is_not_null())
            ).then(pl.col("intro")),
        )
        .with_columns(
            # the unit of a table row's plain-number cells, from its heading rows or the line before its table
            # ("Table 2: Forecast outturn by directorate (£'000)")
            table_unit=pl.when(is_row).then(
                pl.coalesce(
                    pl.col("column_heads").str.extract(TABLE_UNIT, 1),
                    # a caption just above the table's heading rows (or above a table without any)
                    pl.when(
                        pl.col("caption").str.contains(CAPTION_UNIT)
                        & (
                            pl.col("column_heads").is_null()
                            | (pl.col("head_start") - pl.col("intro_line") <= CAPTION_GAP)
                        )
                    ).then(pl.col("caption").str.extract(TABLE_UNIT, 1)),
                ).str.to_lowercase()
            )
        )
        .with_columns(
            heading=pl.when(pl.col("lead_in").is_not_null())
            .then(pl.concat_str([pl.col("heading").fill_null(""), pl.col("lead_in")], separator=" | "))
            .otherwise(pl.col("heading"))
        )
        .drop("intro", "caption", "intro_line", "head_start")
    )
    if keep is not None:
        # ... and a row of a table with a unit that holds a plain-number cell
        unit_row = pl.col("table_unit").is_not_null() & line.str.contains(NUMBER_CELL)
        lines = lines.filter(line.str.contains(keep) | unit_row)
    line_key = ["document_id", "line_no"]
    sentence = pl.col("sentence")
    return (
        lines.select(
            "document_id",
            "source_file",
            "line_no",
            "char_offset",
            "heading",
            "lead_in",
            "column_head",
            "column_heads",
            "table_unit",
            sentence=_sentences(protect_dots(pl.col("line"))),
        )
        .explode("sentence")
        .with_columns(sentence=_chunks(sentence))
        .explode("sentence")
        .drop_nulls("sentence")
        .with_columns(sentence_no=pl.int_range(pl.len()).over(line_key), length=sentence.str.len_chars())
        .with_columns(start=pl.col("length").cum_sum().over(line_key) - pl.col("length"))
        .with_columns(
            char_offset=pl.col("char_offset") + pl.col("start"),
            # a short line whole; a long one in blocks of sentences starting within PARAGRAPH_CHARS
            paragraph=sentence.str.join("")
            .over(*line_key, pl.col("start") // PARAGRAPH_CHARS)
            .str.replace_all(DOT, "."),
        )
        .with_columns(sentence=sentence.str.strip_chars_end())
        .drop("length", "start")
    )
