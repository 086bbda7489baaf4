"""Cells of the tables in performance reports, whatever separates them (tabs, runs of spaces as PDF text gives,
or markdown pipes), and what a cell says: a status (`G`/`A`/`R`, from letters, colours or words such as "On
track"), a count column (green ... down), a reporting period, or a number. The words are data: the `status` and
`column` rules of `ingest/parse/vocabularies/performance.csv`."""

from __future__ import annotations

import polars as pl

from ingest.parse.dates import MONTHS
from ingest.parse.table_heads import TABLE_UNIT
from ingest.parse.vocabulary import alternation, first_label

LOOKALIKE_A = "[\u0391\u0410\u00c0\u00c1\u00c2\u00c4]"  # Greek Alpha, Cyrillic A, accented A
MONTH = MONTHS  # a month's name or its short form, not any word it starts ("Declining", "Marginal")
YEAR = r"(?:\d{4}(?:\s*[/\-–—]\s*\d{2,4})?|\d{2}(?:\s*/\s*\d{2})?)"
# a quarter ("Q2", "Qtr 2", "Quarter Two", "Q1 23/24", "2023/24 Q4"), a month or span of months ("Apr - Jun", "Jun-23"), or a
# financial year on its own ("2023/24", "2023-24"; not a span of calendar years "2020-2024")
QUARTER = r"(?:q(?:tr\.?|uarter)?\s*[1-4]|quarter\s+(?:one|two|three|four))"
PERIOD_WORDS = (
    rf"(?:{QUARTER}(?:\s*[(,]?\s*{YEAR}\)?)?|\d{{4}}\s*[/\-–]\s*\d{{2}},?\s+{QUARTER}"
    rf"|{MONTH}(?:\s*[-–]\s*{MONTH})?(?:\s*[-' ]\s*{YEAR})?|\d{{4}}\s*(?:/\s*\d{{2,4}}|[-–]\s*\d{{2}}))"
)
PERIOD = rf"(?i)^{PERIOD_WORDS}$"
# a count, a share, a count with its share in brackets ("6 (60%)"), or a dash for none
_SHARE_AFTER = r"(?:\s*\(\s*[0-9]{1,3}(?:\.[0-9]+)?\s*%\s*\))?"
_NONE = r"[-–—]|n/?a"
VALUE = rf"^(?:[0-9]{{1,4}}(?:\.[0-9]+)?\s*%?{_SHARE_AFTER}|{_NONE})$"
# ... of which a count is a whole number: a decimal ("1.2", a savings table's £m by status) or a share ("45%") is
# no count of indicators
COUNT = rf"^(?:[0-9]{{1,4}}{_SHARE_AFTER}|{_NONE})$"
# what a summary table's rows count, beyond the counted nouns of prose ("All outcomes", "Total services")
# (the words before them those of prose's "the red corporate indicator", and "council")
_COUNTED = (
    rf"(?:(?:{alternation('performance', 'head_qualifier')}|council)\s+)*"
    rf"(?:{alternation('performance', 'head')}|outcomes|themes|services|areas|directorates|portfolios)"
)
# a summary table's total row however it is printed: "Total", "Totals", "Grand total", "Overall", "All", "All
# indicators", "Total (all themes)"; and its row of shares: "%", "Percentage", "As a percentage", "% of total", "Per cent",
# "Share of indicators"
TOTAL_ROW = (
    rf"(?i)^(?:(?:grand|overall|council|authority|organisation)\s+)?totals?(?:\s+(?:number\s+of\s+)?(?:all\s+)?{_COUNTED})?"
    rf"(?:\s*\(.*\))?:?$|^overall(?:\s+total)?:?$|^all(?:\s+{_COUNTED})?:?$"
)
SHARE_ROW = r"(?i)%|per\s?cent|percentage|proportion|^shares?(?:\s+of\s.*)?:?$"
ROW_NAMES = {"total": "Totals", "percentage": "As Percentage"}  # the schema's names for those rows
# a grid's header cells: a status column, and the column of its objectives
STATUS_HEADER = r"(?i)^(?:(?:overall|current|latest)\s+)?(?:rag\s+)?(?:status|rating|rag)$"
OBJECTIVE_HEADER = (
    r"(?i)^\W*(?:key )?(?:performance )?(?:indicator|measure|kpi|pi|objective|action|milestone|commitment|project)s?"
    r"(?: name| description| title)?\W*$"
)
WINDOW = 30  # lines after a header that may belong to its table
SEPARATOR_ROW = r"^[\s|:+=-]*$"  # "|---|---|" under a markdown header
ARROW_CHARS = "\u2190-\u21ff\u2b00-\u2b0f\u25b2-\u25bf\u25c6\u27f7"  # arrows and triangles for a trend
ARROW = f"[{ARROW_CHARS}]"
# a symbol beside a word: an arrow for a trend, or a tick, warning sign or cross for a status ("✔ On target")
SYMBOL_CHARS = ARROW_CHARS + r"\p{So}"
SYMBOL = f"[{SYMBOL_CHARS}]"
EMPHASIS = r"^(?:\*\*|__|\*|_)(\S|\S.*?\S)(?:\*\*|__|\*|_)$"  # a cell in markdown bold or italics


def table_line(line: pl.Expr) -> pl.Expr:
    """The line with its cells separated by single tabs: pipes (a markdown row, or two or more spaced pipes
    without the outer ones, "Measure | Q3 | Q4") and runs of two or more spaces become tabs, indentation,
    trailing separators and a lone rule between groups of columns go."""
    piped = line.str.contains(r"^\s*\|.*\|\s*$") | (line.str.count_matches(r"\s\|\s") >= 2)
    unpiped = pl.when(piped).then(
        line.str.replace_all(r"^\s*\||\|\s*$", "").str.replace_all(r"\s*\|\s*", "\t")
    )
    return (
        unpiped.otherwise(line)
        .str.replace(r"^ +", "")
        # a rule between two groups of columns ("2  1  0  |  3  2  1", "20%  | 30%") is no column
        .str.replace_all(r" {2,}[|│┃¦] +| +[|│┃¦] {2,}", "  ")
        .str.replace_all(r" {2,}", "\t")
        .str.replace(r"[\t ]+$", "")
    )


def cells(line: pl.Expr) -> pl.Expr:
    """A line's cells, stripped, and unwrapped of markdown emphasis ("**Total**", "**24**", "_Q2_": a pipe table
    bolds its total rows); empty cells kept, so columns stay aligned."""
    cell = pl.element().str.strip_chars()
    return table_line(line).str.split("\t").list.eval(cell.str.replace(EMPHASIS, "${1}").str.strip_chars())


def _label(cell: pl.Expr, rule: str) -> pl.Expr:
    """The label of the first term of a vocabulary rule that the whole cell matches (brackets aside, unless they
    name a colour: "Met target (Green)"; and a symbol beside a word: "G ▲" is a status with its trend, "↑
    Improving" a direction, "✔ On target" a status), else null; a symbol alone is read as itself (the vocabulary
    names ticks and crosses)."""
    text = (
        cell.str.replace_all(LOOKALIKE_A, "A")
        .str.replace_all("\ufe0f", "")  # the emoji form of a symbol ("⚠️")
        # a heading qualified by its colour in brackets ("Met target (Green)") is that colour; a bracket alone,
        # the last line of a wrapped header ("(Green)  (Amber)"), heads nothing on its own
        .str.replace(r"(?i)^\s*[^(\s].*?\(\s*(green|amber|red)\s*\).*$", "${1}")
        .str.replace_all(r"\(.*?\)|[*_]", "")
        .str.strip_chars()
        .str.replace(r"(?i)^(?:no\.?|number|count)\s+of\s+", "")  # "No. of Green"
    )
    # the symbols beside a word go (a cell of symbols alone stays as it is); no when/then here: first_label reads
    # its text once per term, and Polars recomputed a conditional text each time (4x the tables' parse time)
    word = rf"[^\s{SYMBOL_CHARS}]"
    worded = text.str.replace(rf"^(?:{SYMBOL}\s*)+({word})", "${1}").str.replace(
        rf"({word})(?:\s*{SYMBOL})+$", "${1}"
    )
    return first_label(worded, "performance", rule, whole=True)


def status(cell: pl.Expr) -> pl.Expr:
    """`G`, `A` or `R` for a status cell ("G", "Green", "On track", a Greek or Cyrillic A ...), else null."""
    return _label(cell, "status")


def count_column(cell: pl.Expr) -> pl.Expr:
    """The summary column (green, amber, red, up, stable, down) a header cell names, else null."""
    return _label(cell, "column")


def unwrap_period(cell: pl.Expr) -> pl.Expr:
    """A status column's header that gives its period in brackets ("Status (Q1 2024/25)", "RAG (Jun-24)"), before
    the word ("Q3 status", "Q2 2024/25 RAG rating") or after it ("Status Q1", "RAG Q3 2023/24") as the period; any
    other cell as it is."""
    word = r"(?:(?:rag|overall|current)\s+)?(?:status|rating|rag)"
    inner = pl.coalesce(
        cell.str.extract(rf"(?i)^{word}\s*\((.+)\)$", 1),
        cell.str.extract(rf"(?i)^(.+?)\s+{word}(?:\s+(?:status|rating))?$", 1),
        cell.str.extract(rf"(?i)^{word}(?:\s+(?:status|rating))?[\s:,-]+(.+)$", 1),
    )
    return pl.when(inner.str.contains(PERIOD)).then(inner).otherwise(cell)


def is_period(cell: pl.Expr) -> pl.Expr:
    """Whether a header cell names a reporting period ("Q2", "Quarter 3 2023/24", "Apr - Jun", "Jun-23")."""
    return cell.str.contains(PERIOD)


def is_value(cell: pl.Expr) -> pl.Expr:
    """Whether a cell holds a count, a percentage or a dash."""
    return cell.str.contains(r"(?i)" + VALUE)


def is_count(cell: pl.Expr) -> pl.Expr:
    """Whether a value cell holds a whole number (perhaps with its share in brackets) or a dash: no decimal, no
    percentage."""
    return cell.str.contains(r"(?i)" + COUNT)


def is_money_heading(line: pl.Expr, above: pl.Expr) -> pl.Expr:
    """Whether a table's header line names money (a "£" in a cell: "Green £000", "Red (£k)") or the line `above` it
    (its title) gives a unit of money ("Savings delivery 2026/27 (£m)", "£'000"): a table of sums, not counts."""
    return line.str.contains("£") | above.fill_null("").str.contains(TABLE_UNIT)


def to_count(cell: pl.Expr) -> pl.Expr:
    """A count or percentage cell as a whole number (null for a dash)."""
    return cell.str.extract(r"([0-9]+(?:\.[0-9]+)?)", 1).cast(pl.Float64).round(0).cast(pl.Int32)


def blocks(lines: pl.LazyFrame, is_header: pl.Expr) -> pl.LazyFrame:
    """Lines within WINDOW lines after a header line, tagged with that header's block and cells."""
    return (
        lines.with_columns(is_header=is_header)
        .with_columns(block=pl.col("is_header").cum_sum().over("document_id"))
        .filter(pl.col("block") > 0)
        .with_columns(
            start=pl.col("line_no").first().over("document_id", "block"),
            header_line=pl.col("line").first().over("document_id", "block"),
        )
        .with_columns(header_cells=cells(pl.col("header_line")))
        .filter((pl.col("line_no") - pl.col("start") <= WINDOW) & ~pl.col("is_header"))
    )
