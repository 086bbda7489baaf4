"""Performance reports: the segment summary table and the per-objective RAG grid, from tab- or
space-separated text; where a report has no summary table, the counts its prose gives
(`performance_prose`, `performance_pairs`)."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import explode_lines
from ingest.parse.performance_pairs import pair_counts
from ingest.parse.performance_prose import prose_counts
from ingest.parse.performance_rag_prose import prose_rag
from ingest.raw.schemas import PERFORMANCE_RAG, PERFORMANCE_SUMMARY

CELL_SPLIT = r"\t| {2,}"
SUMMARY_HEADER = r"(?i)green.*amber.*red|\bG\b.*\bA\b.*\bR\b"
SUMMARY_ROW = r"^\s*([^\t0-9][^\t]*?)(?:(?:\t+| {2,})[0-9]{1,3}(?:\.[0-9]+)?\s*%?){3,6}\s*$"
PERIOD = r"(?:Q[1-4]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\s*[-–]\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)"
RAG_HEADER = rf"^(?:[^\t]*\t)*\s*{PERIOD}\s*(?:\t+\s*{PERIOD}\s*)+"
OBJECTIVE = r"^[A-Z]{1,3}[0-9]{1,2}[a-z]?$"
LOOKALIKE_A = "[\u0391\u0410\u00c0\u00c1\u00c2\u00c4]"  # Greek Alpha, Cyrillic A, accented A
WINDOW = 30  # lines after a header that may belong to its table
COUNTS = ["green", "amber", "red", "up", "stable", "down"]


def _cells(line: pl.Expr) -> pl.Expr:
    return line.str.replace_all(CELL_SPLIT, "\t").str.split("\t").list.eval(pl.element().str.strip_chars())


def _blocks(lines: pl.LazyFrame, header: str) -> pl.LazyFrame:
    """Lines within WINDOW lines after a header line, tagged with that header's block and cells."""
    return (
        lines.with_columns(is_header=pl.col("line").str.contains(header))
        .with_columns(block=pl.col("is_header").cum_sum().over("document_id"))
        .filter(pl.col("block") > 0)
        .with_columns(
            start=pl.col("line_no").first().over("document_id", "block"),
            header_cells=pl.col("line").first().over("document_id", "block").pipe(_cells),
        )
        .filter((pl.col("line_no") - pl.col("start") <= WINDOW) & ~pl.col("is_header"))
    )


def parse_performance_summary(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse summary tables: segments with Green/Amber/Red (and Up/Stable/Down), Totals, As Percentage.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_SUMMARY` schema.
    """
    rows = _blocks(explode_lines(docs), SUMMARY_HEADER).filter(pl.col("line").str.contains(SUMMARY_ROW))
    numbers = (
        pl.col("line")
        .str.extract_all(r"(?:\t| {2,})\s*[0-9]{1,3}")
        .list.eval(pl.element().str.strip_chars().cast(pl.Int32))
    )
    segment = pl.col("line").str.extract(SUMMARY_ROW, 1).str.strip_chars()
    table = rows.with_columns(segment=segment, values=numbers).with_columns(
        row_kind=pl.when(pl.col("segment").str.contains(r"(?i)^totals?$"))
        .then(pl.lit("total"))
        .when(pl.col("segment").str.contains(r"(?i)percent|%"))
        .then(pl.lit("percentage"))
        .otherwise(pl.lit("segment")),
        **{
            name: pl.col("values").list.get(i, null_on_oob=True)
            for i, name in enumerate(["green", "amber", "red", "up", "stable", "down"])
        },
        quote=pl.col("line").str.strip_chars(),
    )
    columns = [
        pl.col(c).cast(PERFORMANCE_SUMMARY[c])
        for c in ["document_id", "source_file", "segment", "row_kind", *COUNTS, "char_offset", "quote"]
    ]
    # A report's summary table is its summary: prose counts only stand in where there is none.
    prose = pl.concat([prose_counts(docs).select(columns), pair_counts(docs).select(columns)]).join(
        table.select("document_id").unique(), on="document_id", how="anti"
    )
    return (
        pl.concat([table.select(columns), prose.sort("document_id", "char_offset")])
        .with_columns(row_number=pl.int_range(1, pl.len() + 1).over("document_id").cast(pl.Int32))
        .select([pl.col(c).cast(t) for c, t in PERFORMANCE_SUMMARY.items()])
    )


def _status(cell: pl.Expr) -> pl.Expr:
    repaired = cell.str.replace_all(LOOKALIKE_A, "A").str.to_uppercase()
    return (
        pl.when(repaired.is_in(["G", "GREEN"]))
        .then(pl.lit("G"))
        .when(repaired.is_in(["A", "AMBER"]))
        .then(pl.lit("A"))
        .when(repaired.is_in(["R", "RED"]))
        .then(pl.lit("R"))
    )


def parse_performance_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse RAG grids: one row per objective and period with a G/A/R status.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` schema; look-alike letters read as A are flagged `is_repaired`.
    """
    rows = (
        _blocks(explode_lines(docs), RAG_HEADER)
        .with_columns(cells=_cells(pl.col("line")))
        .with_columns(objective=pl.col("cells").list.get(1, null_on_oob=True))
        .filter(pl.col("objective").str.contains(OBJECTIVE))
        .with_columns(
            segment=pl.when(pl.col("cells").list.first() != "")
            .then(pl.col("cells").list.first())
            .forward_fill()
            .over("document_id", "block"),
            idx=pl.int_ranges(0, pl.col("cells").list.len()),
        )
        .explode("cells", "idx")
        .filter(pl.col("idx") >= 2)
        .with_columns(
            period=pl.col("header_cells").list.get(pl.col("idx"), null_on_oob=True),
            status=_status(pl.col("cells")),
        )
        .filter(pl.col("status").is_not_null() & (pl.col("period").fill_null("") != ""))
    )
    columns = [pl.col(c).cast(t) for c, t in PERFORMANCE_RAG.items()]
    grid = rows.with_columns(
        period_order=pl.col("idx") - 1,
        raw_status=pl.col("cells"),
        is_repaired=pl.col("cells").str.contains(LOOKALIKE_A),
        quote=pl.col("line").str.strip_chars(),
    ).select(columns)
    # objectives listed in prose stand in only where a report has no grid
    prose = (
        prose_rag(docs)
        .select(columns)
        .join(grid.select("document_id").unique(), on="document_id", how="anti")
    )
    return pl.concat([grid, prose])
