"""Split document lines into sentences with their character offsets, at a cost linear in the text's size.

A line may be a whole page saved from the web or a PDF tool (hundreds of sentences on one line), and a
sentence may be a flattened table (hundreds of figures, no full stop). So nothing here pairs a sentence
with its whole line: offsets come from cumulative lengths, sentences longer than `CHUNK_CHARS` are cut at
white space, and the `paragraph` each sentence carries is its line only when the line is short, else the
sentence with its neighbours.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.dates import FISCAL_YEAR
from ingest.parse.lines import DOT, explode_lines
from ingest.parse.table_heads import (
    CAPTION_UNIT,
    NUMBER_CELL,
    PAGE_FURNITURE,
    TABLE_ROW,
    join_wrapped_bar_rows,
    table_unit,
    with_column_heads,
    wrapped_row_name,
)
from ingest.read.paragraphs import PARAGRAPH_NUMBER

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
# ... or a short line that is a label and its amount alone ("Year 1 (2026/27): £3.2m") under such a line
# ... or a year and its amount alone, one space apart or a colon or dash between them ("2027/28 £2.1m", "2027/28 –
# £2.1m"; not a table's row, whose cells are further apart)
LABEL_ITEM = (
    rf"^\s*(?:[A-Z][^.:;£|\t]{{0,60}}:\s*|{FISCAL_YEAR} ?(?:[:–—-] ?)?)"
    r"\(?£\s?[0-9][0-9,.]*\s*(?:m|bn|k|million|billion)?\)?\s*$"
)
LIST_INTRO_MAX_CHARS = 300


def protect_dots(text: pl.Expr) -> pl.Expr:
    """Replace full stops that do not end a sentence (decimal points, "c.", "e.g.") by `DOT`, and blank a
    footnote's number glued to a figure's unit (one character for one, so offsets are kept)."""
    protected = text.str.replace_all(r"([0-9])\.([0-9])", f"$1{DOT}$2")
    # ... and a PDF's text with a space before a figure's decimal point ("£3 .2m")
    protected = protected.str.replace_all(r"(£\s?[0-9][0-9,]*) \.([0-9])", f"$1 {DOT}$2")
    # a footnote's number glued to a figure's unit ("£735 million1,") is no part of it: a space for each digit
    glued = rf"(£\s?[0-9][0-9,.{DOT}]*\s?(?:million|billion|bn)"
    protected = protected.str.replace_all(glued + r")[0-9]{2}([^0-9]|$)", "$1  $2")
    protected = protected.str.replace_all(glued + r")[0-9]([^0-9]|$)", "$1 $2")
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
    # ... and a footnote's number may follow the stop of a sentence ending in a word or a year ("in 2026/27.1 Reserves")
    return (
        line.str.replace_all(r"([.!?;][”’\"'*_)]{0,3}\s+)([A-Z£(‘“'\"0-9*_])", f"$1{BREAK}$2")
        .str.replace_all(
            rf"((?:[a-z]|(?:19|20)[0-9]{{2}}/[0-9]{{2}})[.!?{DOT}][0-9]{{1,2}}\s+)([A-Z])", f"$1{BREAK}$2"
        )
        .str.split(BREAK)
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
    plain-number cells: "000", "m", ...), table_start (the line a table row's heading rows start at, else null),
    sentence (decimal points protected by `DOT`, trailing white space removed), paragraph.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.
        keep: a regex; only lines matching it are split, and the rows with a plain-number cell of tables with a
            unit (None: every line).

    Returns:
        The sentences of every kept line, in order, with the character offset of each in its document.
    """
    line = pl.col("line")
    # (each line's features are worked out once, as columns: an expression used in several places below is
    # otherwise evaluated once for each place)
    is_item, furniture, is_row, prose = (pl.col(c) for c in ("is_item", "furniture", "is_row", "prose"))
    # (a numbered paragraph's number is no cell: "2.3   The council expects ...")
    unnumbered = line.str.replace(PARAGRAPH_NUMBER + "([A-Za-z(])", "${1}")
    # a line of prose: not a list item, a table row, a blank line, a code fence ("```" around a table), a rule
    # ("-----" under a table's headings), a page's header or footer, or a row's name wrapped between two rows
    is_prose = (
        ~is_item
        & ~is_row
        & line.str.contains(r"\S")
        & ~line.str.contains(r"^\s*(?:```|~~~|[-=_─━+*\s]+$)")
        & ~furniture
        & ~pl.col("wrapped_name")
    )
    # a line a table's unit may be read from: prose, or a numbered heading naming one ("2. Directorates (£000)")
    captioned = pl.col("captioned")
    # ... its last words, all a lead-in or caption keeps of it (a long line is not copied down the lines after it)
    tail = pl.col("tail")
    # ... with the line before it where that is prose too: a caption wrapped over two lines ("All figures are £m;
    # the council" over "has found part of each year's gap.")
    wrapped_tail = pl.col("wrapped_tail")
    # (each of its patterns holds a "£": a line without one is not scanned)
    pounds = captioned & wrapped_tail.str.contains("£", literal=True)
    names_unit = pounds & pl.when(pounds).then(wrapped_tail).otherwise(pl.lit("")).str.contains(CAPTION_UNIT)
    # a short title line right above a list item, under a lead-in ending in ":" ("Place and Regeneration")
    group_title = prose & pl.col("is_heading") & is_item.shift(-1).over("document_id").fill_null(value=False)
    lines = (
        join_wrapped_bar_rows(explode_lines(docs))
        .with_columns(
            is_item=line.str.contains(LIST_ITEM) | line.str.contains(LABEL_ITEM),
            furniture=line.str.contains(PAGE_FURNITURE),
            is_heading=line.str.contains(HEADING),
            tail=line.str.strip_chars().str.slice(-LIST_INTRO_MAX_CHARS),
        )
        .with_columns(is_row=unnumbered.str.contains(TABLE_ROW) & ~is_item & ~furniture)
        .with_columns(wrapped_name=wrapped_row_name(is_row))
        .with_columns(prose=is_prose)
        .with_columns(
            captioned=prose | (is_item & line.str.contains(CAPTION_UNIT)),
            wrapped_tail=pl.concat_str(
                [pl.when(prose.shift(1)).then(tail.shift(1)).over("document_id"), tail],
                separator=" ",
                ignore_nulls=True,
            ),
        )
        .with_columns(
            # the section a line is in: the last heading line at or before it (a table row is none: "Total   14.63")
            heading=pl.when(pl.col("is_heading") & ~is_row & ~furniture & ~pl.col("wrapped_name"))
            .then(line.str.strip_chars().str.strip_chars_start("# "))
            .forward_fill()
            .over("document_id"),
            # a list item's lead-in: the last line before it that is neither an item nor blank, if it ends in ":"
            intro=pl.when(prose).then(tail).shift(1).forward_fill().over("document_id"),
            # ... or the one before the short titles that group its items ("By directorate:" over "Place" over
            # "- Car parking review – £310k" and "Corporate" over its own items)
            group_intro=pl.when(prose & ~group_title).then(tail).shift(1).forward_fill().over("document_id"),
            after_group_title=pl.when(prose).then(group_title).shift(1).forward_fill().over("document_id"),
            caption=pl.when(captioned).then(wrapped_tail).shift(1).forward_fill().over("document_id"),
            intro_line=pl.when(captioned).then(pl.col("line_no")).shift(1).forward_fill().over("document_id"),
            # the last caption that names a unit, with a table's title maybe after it ("All figures £000." over
            # "Table 1 – Forecast by directorate" over the table's heading rows)
            unit_caption=pl.when(names_unit).then(wrapped_tail).shift(1).forward_fill().over("document_id"),
            unit_caption_line=pl.when(names_unit)
            .then(pl.col("line_no"))
            .shift(1)
            .forward_fill()
            .over("document_id"),
        )
    )
    lines = (
        with_column_heads(lines, is_row, pl.col("wrapped_name"))
        .with_columns(
            lead_in=pl.when(
                (is_item & pl.col("intro").str.ends_with(":")) | (is_row & pl.col("intro").is_not_null())
            )
            .then(pl.col("intro"))
            .when(is_item & pl.col("after_group_title") & pl.col("group_intro").str.ends_with(":"))
            .then(pl.col("group_intro")),
        )
        .with_columns(table_unit=table_unit(is_row))
        .with_columns(
            heading=pl.when(pl.col("lead_in").is_not_null())
            .then(pl.concat_str([pl.col("heading").fill_null(""), pl.col("lead_in")], separator=" | "))
            .otherwise(pl.col("heading"))
        )
        # the line a table row's table starts at (its heading rows), which tells two tables apart
        .with_columns(
            table_start=pl.when(is_row & pl.col("column_heads").is_not_null()).then(pl.col("head_start"))
        )
        .drop(
            "intro",
            "group_intro",
            "after_group_title",
            "caption",
            "intro_line",
            "unit_caption",
            "unit_caption_line",
            "head_start",
            "pounds_row",
            "wrapped_name",
        )
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
            "table_start",
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
