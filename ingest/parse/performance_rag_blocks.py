"""Per-measure statuses printed as a block per measure rather than a grid: the measure's name on the block's first
line (after its reference code, if any: "WX-07  Bins emptied on time"), then a line of its status per period
("RAG Q3 2024/25: Amber    RAG Q4 2024/25: Red", "Status Q2: Green; Status Q3: Red"), one RAG row per period. A
code is the report's reference for the measure, not part of its name. A first line labelling the measure
("Measure:   Bins emptied on time") gives the name after its label, and lines that are no period's pair ("Trend:
Better") give no row."""

from __future__ import annotations

import polars as pl

from ingest.parse.engine import collected
from ingest.parse.lines import explode_lines
from ingest.parse.performance_tables import is_period, status

# a reference code before the name, set off by two or more spaces, a tab or a spaced dash ("WX-07  Name", "PI 12 – Name")
CODE = r"^\s*[A-Za-z]{1,5}[ .\-/]?[0-9]{1,3}(?:[.\-/][0-9]{1,3})*[A-Za-z]?(?:\s{2,}|\t|\s+[-–—:]\s+)"
# the parts of a status line: "label: value" pairs set apart by tabs, two or more spaces or semicolons
PART_BREAK = r"\t|\s{2,}|;\s*"
PAIR = r"^(.+?)\s*:\s*(\S.*?)$"
STATUS_WORD = r"(?i)^(?:(?:rag|status|rating)\s+)+"  # "RAG Q1 2024/25" is the period's status
# a first line labelling the measure ("Measure:   Bins emptied on time", "KPI: Calls answered") gives its name
LABEL = r"(?i)^\s*(?:measure|indicator|kpi|pi|performance (?:measure|indicator)|objective)\s*:"
NAMED = LABEL + r"\s*(\S.*?)\s*$"
# a labelled name with its next line run on by the reader's unwrapping ("Measure:  Bins emptied Q1 2025/26:   Red"): the
# run-on line is a label of capitalised words or figures, its colon and the spaces that align its value
RUN_ON = r"(\S)\s+([A-Z0-9][^\s:]*(?: [A-Z0-9][^\s:]*){0,2}:\s{2,}\S)"
# a line set wholly in bold ("**K3 Bins emptied on time**") or a markdown heading ("#### K3 Bins emptied on time")
# heads a measure of its own, blank line before it or not
HEAD = r"^\s*(?:(?:\*\*|__)\S(?:.*\S)?(?:\*\*|__)\s*$|#{1,6}\s+\S)"
# the marks of bold text and of a heading, no part of a name or a status ("**Status:** Green")
MARKS = r"\*\*|__|^\s*#{1,6}\s+"


def _label(part: pl.Expr) -> pl.Expr:
    """The label of a "label: value" part, without a leading status word ("RAG Q1 2024/25" -> "Q1 2024/25")."""
    return part.str.extract(PAIR, 1).str.replace(STATUS_WORD, "")


MeasureBlocks = tuple[pl.LazyFrame, pl.LazyFrame]


def measure_blocks(docs: pl.LazyFrame) -> MeasureBlocks:
    """The non-blank lines of each block (lines between blank ones, a line set wholly in bold or a markdown heading
    opening a block of its own: `block`, the block's `first_no`), without their bold and heading marks, a labelled
    name run on into the next line split from it; and each block's first line (`first`), joined onto the lines that
    need it only (not copied onto each line). Worked out once (`collected`): `block_rag` and `status_line_rag` both
    read it."""
    blank = ~pl.col("line").str.contains(r"\S")
    named = pl.col("line").str.contains(LABEL)
    lines = (
        explode_lines(docs)
        .with_columns(
            block=(blank | pl.col("line").str.contains(HEAD)).cast(pl.Int32).cum_sum().over("document_id")
        )
        .filter(~blank)
        .with_columns(pl.col("line").str.replace_all(MARKS, ""))
        .with_columns(
            line=pl.when(named).then(pl.col("line").str.replace(RUN_ON, "${1}\n${2}")).otherwise("line")
        )
        .with_columns(pl.col("line").str.split("\n"))
        .explode("line")
        .with_columns(line_no=pl.int_range(pl.len()).over("document_id"))
        .with_columns(first_no=pl.col("line_no").min().over("document_id", "block"))
        .pipe(collected)
    )
    # the block's first line joined onto its status lines only (not copied onto each of its lines)
    firsts = lines.filter(pl.col("line_no") == pl.col("first_no")).select(
        "document_id", "block", first=pl.col("line").str.strip_chars()
    )
    return lines, firsts


def block_rag(blocks: MeasureBlocks) -> pl.LazyFrame:
    """RAG rows from blocks giving a measure (their first line) a status per period (a later line of the block).

    Args:
        blocks: the reports' `measure_blocks`.

    Returns:
        Frame with the `PERFORMANCE_RAG` columns (not yet cast).
    """
    lines, firsts = blocks
    # the white space after a label's colon aligns the values ("Q1 2024/25:   Amber"): no break between parts
    split = (
        pl.col("line")
        .str.strip_chars()
        .str.replace_all(r":\s+", ": ")
        .str.replace_all(PART_BREAK, "\x00")
        .str.split("\x00")
    )
    pairs = (
        lines.filter((pl.col("line_no") > pl.col("first_no")) & pl.col("line").str.contains(":"))
        .with_columns(part=split)
        # every part of the line a period's pair ("RAG Q1 2024/25: Red"), and the block's first line no pair
        .filter(pl.col("part").list.eval(is_period(_label(pl.element())).fill_null(False)).list.all())
        .join(firsts, on=["document_id", "block"], maintain_order="left")
        .with_columns(named=pl.col("first").str.extract(NAMED, 1))
        .filter(pl.col("named").is_not_null() | ~pl.col("first").str.contains(PAIR))
        .with_columns(
            objective=pl.coalesce("named", pl.col("first").str.replace(CODE, "").str.strip_chars()),
            quote=pl.col("line").str.strip_chars(),
            period_order=pl.int_ranges(1, pl.col("part").list.len() + 1),
        )
        .drop("line", "first", "named")
        .explode("part", "period_order")
    )
    return (
        pairs.with_columns(
            period=_label(pl.col("part")),
            raw_status=pl.col("part").str.extract(PAIR, 2),
            segment=pl.lit(None, dtype=pl.String),
        )
        .with_columns(status=status(pl.col("raw_status")))
        .filter(pl.col("status").is_not_null())
        .with_columns(is_repaired=pl.lit(False))
    )
