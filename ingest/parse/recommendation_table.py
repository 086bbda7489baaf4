"""Recommendations printed as a table: a header row with a "Recommendation" column and a number column ("No.",
"#", "Ref"), then one row per recommendation, as a progress review prints the original recommendations with
their action-plan status ("| No. | Recommendation | Status |"). Pipe (markdown), tab-separated (a PDF's table),
space-aligned (a table typed in a text file) and quoted comma-separated (a tracker's export: "1","Agree a
plan","Leader") tables are read; a row without a number continues the cell of the row above (a wrapped cell).
"""

from __future__ import annotations

import re

import polars as pl

from ingest.parse.lines import strip_markup
from ingest.parse.table_heads import PAGE_FURNITURE

CELL_BREAK = "\x1f"
# A cell that opens with a bold lead ending mid-sentence ("**Review X**, including Y"), and a bold number or label
# opening a cell ("**1.**", "**Recommendation 2**"), which is no lead.
LEAD_IN_CELL = r"^\s*[*_]{2,3}[^*_:]*[^*_:.!?\s][*_]{2,3},?\s+\p{Ll}"
LEAD_LABEL = r"^\s*[*_]{2,3}(?:(?i:rec(?:ommendation)?\.?\s)|[0-9])"
# A bullet after a line break inside a cell ("**Agree a plan.**<br>• name an owner<br>• report monthly"): a
# sub-action of the row's recommendation, kept apart by SUB_BREAK until the cell is split.
CELL_BULLET = r"<br\s*/?>\s*[-*•▪◦–‣○■□►➢✓·]\s+"
SUB_BREAK = "\x1e"
# A cell of another column that lists bullets ("| 2 | Agree a plan. | • name an owner • report monthly |", in a
# converted table "- name an owner - report monthly"), under a heading on how to carry the recommendation out
# ("What it could involve", "Steps", "How", "Suggested actions"): the recommendation's sub-actions. A column on
# its progress ("Actions taken", "Progress update") or of anything else ("Evidence", "Findings") lists none.
CELL_BULLET_MARKS = "•▪◦‣○■□►➢✓–-"  # (an asterisk bullet is read as "•": `_cells`)
SUB_ACTION_COLUMN = r"(?i)\b(?:involves?|involving|includes?|including|steps?|how|actions?|tasks?)\b"
PROGRESS_COLUMN = r"(?i)\b(?:progress|status|updates?|taken|completed|done|response|rag|comments?)\b"
# The recommendation column's heading: "Recommendation", "Original recommendations", or a phrase on what the
# peers recommended ("What the peers recommended in May 2024", "Recommendation made (2023)"); a column on what
# has been done about it ("Progress against the recommendation", "Update") is none.
REC_COLUMN = (
    r"(?i)^(?:(?:key|main|original|cpc|peer|lga|the)\s+)*recommendations?$"
    r"|^(?:[\w'’-]+\s+){0,4}(?:recommendations?|recommended|recommend)(?:\s+[\w'’()/-]+){0,4}$"
)
NOT_REC_COLUMN = (
    r"(?i)\b(?:progress|status|update|response|action|actions|comments?|rag|rating|against|budgets?|costs?|amount"
    r"|savings?|allocation|spend)\b|£"
)
NUMBER_COLUMN = r"(?i)^(?:no\.?|#|number|num\.?|ref\.?|reference|rec\.?\s*(?:no\.?|#)?|item)$"
# "1", "(1)", "R1", "Rec 1", a reference with the review's letters ("CPC1", "PC-2")
NUMBER_CELL = r"^\(?(?:[A-Z]{1,4}\s*-?\s*|Rec\.?\s*)?([0-9]{1,2})[.):]?\)?$"
# A numbered recommendation cell in a table without a number column ("1. Set out a vision").
NUMBERED_CELL = r"^\(?([0-9]{1,2})[.)]\)?\s+(\S.*)$"
# An audit report's recommendations table ("Priority", "Management response") is not the peers'.
AUDIT_COLUMN = r"(?i)^(?:priority|risk(?:\s+rating)?|management\s+(?:response|comments?)|agreed\s+action)$"
# A line that could be such a header (a cheap test first: only the reports with one are split into cells): a
# cell of a few words with "recommend" in it (`REC_COLUMN`, a note in brackets after it) and a cell beside it,
# after it or before it (apart by a pipe, a tab or two spaces).
_REC_CELL = r"[*_]*(?:[\w'’-]+\s+){0,4}?recommend\w*[*_]*(?:\s+[\w'’()/-]+){0,4}(?:\s*\([^()|\t]*\))?[*_]*"
MAYBE_HEADER = (
    rf"(?i)(?:\||\t|\S\s{{2}}|^)\s*{_REC_CELL}\s*(?:\||\t|\s{{2}})|(?:\||\t|\S\s{{2}})\s*{_REC_CELL}\s*$"
)
# ... or a quoted comma-separated one (looked for only on the lines with such a break: a cheap test first)
MAYBE_CSV_HEADER = rf"(?i)(?:^|,)\s*\"{_REC_CELL}\"\s*(?:,|$)"
# Quoted comma-separated cells ("1","Agree a plan","Leader"): the quotes and commas between two cells. A quoted
# cell may hold a line break: the row's next line then opens inside that cell, without a quote.
CSV_BREAK = r'"\s*,\s*"'

SEPARATOR_ROW = r"^[\s|:+=-]+$"
# a bracketed note after a column's heading
NOTE_AFTER = r"\s*\([^()]*\)$"


def _cells(line: pl.Expr) -> pl.Expr:
    """The line's cells: apart by pipes, by tabs, or (a typed table) by runs of two spaces or more."""
    # (a row whose first cell is empty, indented to its column under a header without an outer pipe, keeps it)
    pipe = line.str.replace(r"^ {0,3}\|", "").str.replace(r"\|\s*$", "").str.replace_all(r"\|", CELL_BREAK)
    typed = line.str.strip_chars().str.replace_all(r"\s{2,}", CELL_BREAK)
    quoted = (
        line.str.strip_chars()
        .str.replace(r'^"', "")
        .str.replace(r'"$', "")
        .str.replace_all(CSV_BREAK, CELL_BREAK)
    )
    split = (
        pl.when(line.str.contains(r"\|"))
        .then(pipe)
        .when(line.str.contains("\t"))
        .then(line.str.strip_chars().str.replace_all("\t", CELL_BREAK))
        .when(line.str.contains(CSV_BREAK))
        .then(quoted.str.replace_all('""', '"', literal=True))
        .otherwise(typed)
    )
    # ... any other line break in a cell is a wrapped line of its text ("planning and<br>regeneration")
    split = split.str.replace_all(CELL_BULLET, SUB_BREAK).str.replace_all(r"\s*<br\s*/?>\s*", " ")
    # a cell that lists asterisk bullets ("* name an owner * report monthly") keeps them as bullets, not emphasis
    cell = pl.element()
    starred = pl.when(cell.str.contains(r"^\s*\*\s+\S")).then(cell.str.replace_all(r"(?:^|\s)\*\s+", " • "))
    # ... and a cell that opens with a bold lead that ends mid-sentence ("**Review X**, including Y", "**Review X** so
    # that Y") keeps it: the lead is the title (`recommendations._title`), its sentence's rest is not; not a
    # number's or label's ("**1.**", "**Recommendation 2**")
    lead = pl.when(cell.str.contains(LEAD_IN_CELL) & ~cell.str.contains(LEAD_LABEL)).then(cell)
    return split.str.split(CELL_BREAK).list.eval(pl.coalesce(lead, strip_markup(pl.coalesce(starred, cell))))


def _found(pattern: str) -> pl.Expr:
    """Per cell of the row, whether it matches `pattern`."""
    return pl.col("cells").list.eval(pl.element().str.contains(pattern))


def _found_rec() -> pl.Expr:
    """Per cell of the row, whether it heads the recommendation column (a note in brackets after the heading,
    "Recommendation (as worded in the report)", is no part of it)."""
    heading = pl.element().str.replace(NOTE_AFTER, "")
    return pl.col("cells").list.eval(heading.str.contains(REC_COLUMN) & ~heading.str.contains(NOT_REC_COLUMN))


def _index(pattern: str) -> pl.Expr:
    """The index of the row's first cell that matches `pattern` (null where none does)."""
    return pl.when(_found(pattern).list.any()).then(_found(pattern).list.arg_max())


def _bullets_beside(rec: pl.Expr) -> pl.Expr:
    """The bullets of the row's first other cell that lists them, each after a SUB_BREAK ("" where there is
    none, or where that column's heading is not on how to carry the recommendation out). The cell's first mark
    sets the list apart (a dash or an asterisk inside an item is no bullet of another list)."""
    cells = pl.col("cells")
    opening = rf"^[{re.escape(CELL_BULLET_MARKS)}]\s+\S"
    found = cells.list.eval(pl.element().str.contains(opening))
    column = pl.when(found.list.any()).then(found.list.arg_max())
    cell = cells.list.get(column, null_on_oob=True)
    heading = pl.col("heads").list.get(column, null_on_oob=True).fill_null("")
    split = pl.when(False).then(pl.lit(None, dtype=pl.String))
    for mark in CELL_BULLET_MARKS:
        split = split.when(cell.str.starts_with(mark)).then(
            cell.str.replace_all(rf"\s*{re.escape(mark)}\s+", SUB_BREAK)
        )
    return (
        pl.when(
            cell.is_not_null()
            & (cell != rec)
            & heading.str.contains(SUB_ACTION_COLUMN)
            & ~heading.str.contains(PROGRESS_COLUMN)
        )
        .then(split)
        .otherwise(pl.lit(""))
    )


def _starts(line: pl.Expr) -> pl.Expr:
    """Where each of the line's cells (apart by two spaces or more) starts."""
    return line.str.extract_all(r"\s*\S+(?: \S+)*").list.eval(
        pl.element().str.len_chars().cum_sum() - pl.element().str.strip_chars_start().str.len_chars()
    )


def _kind(line: pl.Expr) -> pl.Expr:
    """How the line's cells are set apart: "pipe", "tab", "csv" (quoted, with commas), else null (spaces)."""
    return (
        pl.when(line.str.contains(r"\|"))
        .then(pl.lit("pipe"))
        .when(line.str.contains("\t"))
        .then(pl.lit("tab"))
        .when(line.str.contains(CSV_BREAK))
        .then(pl.lit("csv"))
    )


def table_lines(lines: pl.LazyFrame) -> pl.LazyFrame:
    """The rows of each document's first recommendations table: document_id, source_file, number, line,
    char_offset and `cell` (the recommendation cell), wrapped rows under their item.

    Args:
        lines: frame from `ingest.parse.lines.explode_lines`.
    """
    line = pl.col("line")
    cells = pl.col("cells")
    # only the reports with a line that could head such a table are split into cells
    csv_header = (
        pl.when(line.str.contains(CSV_BREAK)).then(line).str.contains(MAYBE_CSV_HEADER).fill_null(False)
    )
    lines = lines.filter((line.str.contains(MAYBE_HEADER) | csv_header).any().over("document_id"))
    flagged = lines.with_columns(cells=_cells(line), kind=_kind(line).fill_null("space")).with_columns(
        is_header=(cells.list.len() >= 2)
        & _found_rec().list.any()
        & ~_found(NUMBER_CELL).list.any()
        & ~_found(AUDIT_COLUMN).list.any()
        & (_found(NUMBER_COLUMN).list.any() | (pl.col("kind") != "space")),
        rec_col=pl.when(_found_rec().list.any()).then(_found_rec().list.arg_max()),
        num_col=_index(NUMBER_COLUMN),
    )
    by = ("document_id", "table")
    header = pl.col("is_header")
    flagged = (
        flagged.with_columns(table=header.cum_sum().over("document_id"))
        .filter(pl.col("table") == 1)
        .with_columns(
            rec_col=pl.col("rec_col").filter(header).first().over(*by),
            num_col=pl.col("num_col").filter(header).first().over(*by),
            table_kind=pl.col("kind").filter(header).first().over(*by),
            columns=cells.list.len().filter(header).first().over(*by),
            heads=cells.filter(header).first().over(*by),
            # where the column after the recommendation's starts on the header line (a typed table)
            next_start=_starts(line)
            .list.get(pl.col("rec_col") + 1, null_on_oob=True)
            .filter(header)
            .first()
            .over(*by),
        )
    )
    # the table ends at the first blank line, or at a line that is not of its kind
    # (a rule under the header row, "----+----", belongs to it whatever its kind); a page's footer, and the blank
    # lines around it, end no table whose next row goes on with the next number
    footer = line.str.contains(PAGE_FURNITURE)
    blank = (line.str.strip_chars() == "") | footer
    row_number = pl.when(~blank).then(
        _cells(line).list.first().str.extract(NUMBER_CELL, 1).cast(pl.Int32, strict=False)
    )
    next_number = pl.when(~blank).then(row_number).backward_fill().over("document_id")
    last_number = row_number.forward_fill().over("document_id")
    bridged = blank & (next_number == last_number + 1).fill_null(False)
    flagged = flagged.with_columns(bridged=bridged)
    outside = (
        (line.str.strip_chars() == "")
        | (
            pl.when(pl.col("table_kind") == "space")
            .then(~line.str.contains(r"^\s|\S\s{2,}\S"))
            .otherwise(pl.col("kind") != pl.col("table_kind"))
            & ~line.str.contains(SEPARATOR_ROW)
        )
    ) & ~pl.col("bridged")
    rows = flagged.filter(~header & ((outside & ~header).cast(pl.Int32).cum_sum().over(*by) == 0)).filter(
        ~line.str.contains(SEPARATOR_ROW) & ~pl.col("bridged")
    )
    # in a typed table a cell split by a sentence's double space runs on to the cell before the last column
    # (signed: a row with fewer cells than its header, its empty last cells left out, has none)
    extra = (cells.list.len().cast(pl.Int64) - pl.col("columns").cast(pl.Int64)).clip(lower_bound=0)
    rec = cells.list.slice(pl.col("rec_col"), extra + 1).list.join(" ")
    rec = pl.when(pl.col("rec_col") < cells.list.len()).then(rec)
    number_cell = pl.when(pl.col("num_col").is_not_null()).then(
        cells.list.get(pl.col("num_col"), null_on_oob=True)
    )
    number = pl.coalesce(number_cell.str.extract(NUMBER_CELL, 1), rec.str.extract(NUMBERED_CELL, 1)).cast(
        pl.Int32, strict=False
    )
    rec = pl.coalesce(rec.str.extract(NUMBERED_CELL, 2), rec)
    # a continuation row of a typed table: its only text is the cell's run-on
    # ... or, where it wraps beside another column's, its first cell when that starts left of the next column
    indent = line.str.len_chars() - line.str.strip_chars_start().str.len_chars()
    run_on = number.is_null() & (
        (cells.list.len() == 1)
        | (
            (pl.col("table_kind") == "space")
            & (indent > 0)
            & (indent < pl.col("next_start")).fill_null(False)
        )
    )
    rec = pl.when(run_on).then(cells.list.first()).otherwise(rec)
    # ... in a comma-separated table, a line that opens inside a quoted cell (no quote first) ends that cell: the
    # recommendation's, where the row above left that one open (its last cell), else another's
    above = pl.col("line").shift(1).over(*by)
    opened = ~above.str.contains(r'"\s*$') & (cells.list.len().shift(1).over(*by) == pl.col("rec_col") + 1)
    inside = (pl.col("table_kind") == "csv") & ~line.str.contains(r'^\s*"')
    rec = pl.when(inside & number.is_null()).then(pl.when(opened).then(cells.list.first())).otherwise(rec)
    rec = pl.concat_str(rec, _bullets_beside(rec), ignore_nulls=True)
    rows = rows.with_columns(number=number.forward_fill().over(*by), cell=rec).filter(
        pl.col("number").is_not_null() & (pl.col("cell").str.len_chars() > 0)
    )
    rows = rows.filter(
        (pl.col("number").first().over(*by) == 1) & (pl.col("number").n_unique().over(*by) >= 2)
    )
    # the bullets inside the cell are its sub-actions: one row each after the cell's own text
    rows = rows.with_columns(cell=pl.col("cell").str.split(SUB_BREAK)).explode("cell")
    is_sub = pl.int_range(pl.len()).over("document_id", "char_offset") > 0
    return rows.select(
        "document_id",
        "source_file",
        "number",
        "line",
        "char_offset",
        cell=pl.when(~is_sub).then(pl.col("cell")),
        is_blank=pl.lit(False),
        is_sub=is_sub,
    )
