"""Performance reports: the segment summary table and the per-objective RAG grid, from tab-, space- or
pipe-separated text (`performance_tables` reads the cells); where a report has no summary table, the counts its
prose gives (`performance_prose`, `performance_pairs`), and where it has no grid, objectives its prose lists."""

from __future__ import annotations

import polars as pl

from ingest.parse.engine import collected
from ingest.parse.lines import explode_lines
from ingest.parse.performance_count_lines import count_line_rows
from ingest.parse.performance_grid import grid_cells
from ingest.parse.performance_pairs import pair_counts
from ingest.parse.performance_pipe_cells import join_pipe_cells
from ingest.parse.performance_prose import prose_counts
from ingest.parse.performance_rag_blocks import block_rag, measure_blocks
from ingest.parse.performance_rag_bracket_lines import bracket_line_rag
from ingest.parse.performance_rag_bullets import bullet_rag
from ingest.parse.performance_rag_leader_lines import leader_line_rag
from ingest.parse.performance_rag_pair_lines import pair_line_rag
from ingest.parse.performance_rag_prose import prose_rag
from ingest.parse.performance_rag_status_lines import status_line_rag
from ingest.parse.performance_rag_symbol_lines import symbol_line_rag
from ingest.parse.performance_stacked import stack_headers
from ingest.parse.performance_tables import (
    LOOKALIKE_A,
    ROW_NAMES,
    SEPARATOR_ROW,
    SHARE_ROW,
    TOTAL_ROW,
    blocks,
    cells,
    count_column,
    is_count,
    is_money_heading,
    is_value,
    to_count,
)
from ingest.parse.performance_totals import prose_totals, table_totals_in_prose
from ingest.parse.performance_transposed import transposed_counts
from ingest.raw.schemas import PERFORMANCE_RAG, PERFORMANCE_SUMMARY

COUNTS = ["green", "amber", "red", "up", "stable", "down"]
RAG_COLUMNS = ["green", "amber", "red"]


def _is_header(line: pl.Expr) -> pl.Expr:
    """Whether a line heads a summary table: it names two or more colours, or two or more directions of travel (a
    table of its own beside the colours'), and holds no figure (a column "N/A" is no figure): a RAG grid's row of
    status letters under a code ("\t3.2\tA\tR") names no columns."""
    figure = is_value(pl.element()) & pl.element().str.contains(r"\d")
    named = cells(line).list.eval(count_column(pl.element()))
    colours = named.list.eval(pl.element().is_in(RAG_COLUMNS)).list.sum()
    directions = named.list.eval(pl.element().is_in(COUNTS[3:])).list.sum()
    # a table of directions alone: every column after the label a direction or the total ("Improved  Same  Worse
    # Total"), not the top line of a header printed over two ("On  Slightly  Improving" over "target  adrift")
    total = pl.element().str.contains(TOTAL_ROW) | pl.element().str.contains(SHARE_ROW)
    others = (
        cells(line)
        .list.slice(1)
        .list.eval(~count_column(pl.element()).is_in(COUNTS[3:]).fill_null(False) & ~total)
        .list.sum()
    )
    return ((colours >= 2) | ((directions >= 2) & (others == 0))) & ~cells(line).list.eval(figure).list.any()


def _summary_rows(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Rows of summary tables: one label, then counts under the header's count columns (aligned from the right,
    so a leading total or an unnamed column is skipped), contiguous below the header (a header printed over two
    lines read as one)."""
    row = cells(pl.col("line"))
    values = row.list.eval(pl.element().filter(is_value(pl.element())))
    # empty header cells (a PDF's column grid gives some) name no column: counts align with the printed labels
    named = pl.col("header_cells").list.eval(
        count_column(pl.element().filter(pl.element() != "")).fill_null("")
    )
    # a table of money by status (savings delivered, at risk: "£m" over it, "Green £000") heads no summary
    lines = stack_headers(explode_lines(docs), _is_header).with_columns(
        above=pl.when(pl.col("line").str.contains(r"\S"))
        .then("line")
        .shift(1)
        .forward_fill()
        .over("document_id")
    )
    is_header = _is_header(pl.col("line")) & ~is_money_heading(pl.col("line"), pl.col("above"))
    # a header names two columns or more: only a line holding a tab, two spaces or a pipe (what `cells` splits at)
    # is read (a filter, not a condition: Polars reads every line's cells under a when/then)
    split = pl.col("line").str.contains_any(["\t", "  ", "|"])
    lines = collected(lines.with_row_index("order"))  # read by both branches below
    lines = (
        pl.concat(
            [
                lines.filter(split).with_columns(header=is_header),
                lines.filter(~split).with_columns(header=pl.lit(False)),
            ]
        )
        .sort("order")
        .drop("order")
    )
    rows = blocks(lines, pl.col("header")).with_columns(
        values=values,
        names=named,
        labels=row.list.eval(pl.element().filter(~is_value(pl.element()) & (pl.element() != ""))),
    )
    k, h = pl.col("values").list.len(), pl.col("names").list.len()
    rows = rows.with_columns(names=pl.col("names").list.slice(h - k, k))
    # the cells under the count columns are whole numbers ("1.2", "45%" are sums or shares), but on the row of shares
    counted = pl.col("values").list.gather(
        pl.col("names").list.eval(pl.int_range(pl.len()).filter(pl.element() != ""))
    )
    counts = counted.list.eval(is_count(pl.element())).list.all() | pl.col(
        "labels"
    ).list.first().str.contains(SHARE_ROW)
    rows = rows.with_columns(
        is_row=(k >= 2)
        & (h >= k)
        & (pl.col("labels").list.len() == 1)
        & (pl.col("names").list.eval(pl.element() != "").list.any())
        & counts.fill_null(False)
    )
    # a row's label wrapped over two lines: a line of that label alone, then the row indented further or going on
    # in lower case ("Organisational" over "  resilience  5  2  1"), or, between two rows with no gap, the row's
    # label going on at the same indent ("Safe and Connected" over "Neighbourhoods  2  1  0" under a row)
    keys = ["document_id", "block"]
    label = pl.col("labels").list.first()
    indent = pl.col("line").str.extract(r"^( *)", 1).str.len_chars()
    between = (
        pl.col("is_row").shift(1).over(keys)
        & (pl.col("line_no").shift(1).over(keys) == pl.col("line_no") - 1)
        & (indent.shift(-1).over(keys) == indent)
        & label.str.contains(r"^\p{L}[^:]*$")  # words, not a rule under the rows nor a "Note:"
    )
    wraps = (
        (pl.col("labels").list.len() == 1)
        & (k == 0)
        & pl.col("is_row").shift(-1).over(keys)
        & (pl.col("line_no").shift(-1).over(keys) == pl.col("line_no") + 1)
        & (
            (indent.shift(-1).over(keys) > indent)
            | label.shift(-1).over(keys).str.contains(r"^[a-z]")
            | between
        )
    ).fill_null(False)
    # ... or its label's end on the line under the row, indented further and in lower case ("WBO1 All children get
    # the best  4  2  1" over "     start in life"; not a note under the table, "  Source: KPI system")
    tails = (
        (pl.col("labels").list.len() == 1)
        & (k == 0)
        & ~wraps
        & pl.col("is_row").shift(1).over(keys)
        & (pl.col("line_no").shift(1).over(keys) == pl.col("line_no") - 1)
        & (indent > indent.shift(1).over(keys))
        & label.str.contains(r"^[a-z]")
    ).fill_null(False)
    rows = rows.with_columns(wraps=wraps, tails=tails).with_columns(
        head=pl.when(pl.col("wraps").shift(1).over(keys)).then(label.shift(1).over(keys)),
        tail=pl.when(pl.col("tails").shift(-1).over(keys)).then(label.shift(-1).over(keys)),
    )
    breaker = (
        ~pl.col("is_row") & ~pl.col("wraps") & ~pl.col("tails") & ~pl.col("line").str.contains(SEPARATOR_ROW)
    )
    return rows.filter(pl.col("is_row") & (breaker.cast(pl.Int32).cum_sum().over(*keys) == 0)).with_columns(
        segment=pl.concat_str("head", label, "tail", separator=" ", ignore_nulls=True)
    )


def _summary_table(docs: pl.LazyFrame) -> pl.LazyFrame:
    rows = collected(_summary_rows(docs))  # read by the counts, the join and `_merge_tables`' two branches
    counts = (
        rows.select("document_id", "line_no", "values", "names")
        .explode("values", "names")
        .group_by("document_id", "line_no")
        .agg(**{c: to_count(pl.col("values")).filter(pl.col("names") == c).first() for c in COUNTS})
    )
    # the total row and the row of shares are the table's `Totals` and `As Percentage` rows however they are
    # printed ("Total", "Overall", "All indicators"; "%", "Percentage", "% of total")
    kind = (
        pl.when(pl.col("segment").str.contains(SHARE_ROW))
        .then(pl.lit("percentage"))
        .when(pl.col("segment").str.contains(TOTAL_ROW))
        .then(pl.lit("total"))
        .otherwise(pl.lit("segment"))
    )
    return _merge_tables(
        rows.join(counts, on=["document_id", "line_no"], maintain_order="left")
        .with_columns(row_kind=kind)
        .with_columns(
            segment=pl.col("row_kind").replace_strict(ROW_NAMES, default=None).fill_null(pl.col("segment")),
            quote=pl.col("line").str.strip_chars(),
        )
        .select("document_id", "source_file", "segment", "row_kind", *COUNTS, "char_offset", "quote")
    )


def _merge_tables(rows: pl.LazyFrame) -> pl.LazyFrame:
    """A segment's row of colours and its row of directions of travel, printed in two tables (one of colours, one
    of directions), made one row: where the segment has exactly one row giving colours only and one giving
    directions only (the first row's place and quote kept)."""
    keys = ["document_id", "segment"]
    has_rag = pl.any_horizontal(pl.col(c).is_not_null() for c in RAG_COLUMNS)
    has_direction = pl.any_horizontal(pl.col(c).is_not_null() for c in COUNTS[3:])
    rag_only, direction_only = has_rag & ~has_direction, has_direction & ~has_rag
    pair = (
        (rag_only | direction_only)
        & (rag_only.sum().over(keys) == 1)
        & (direction_only.sum().over(keys) == 1)
    )
    merged = (
        rows.filter(pair)
        .group_by(keys, maintain_order=True)
        .agg(
            pl.col("source_file", "row_kind", "char_offset", "quote").first(),
            *[pl.col(c).drop_nulls().first() for c in COUNTS],
        )
    )
    return pl.concat([merged, rows.filter(~pair)], how="diagonal_relaxed").sort(
        "document_id", "char_offset", maintain_order=True
    )


def _one_row_per_segment(prose: pl.LazyFrame) -> pl.LazyFrame:
    """Prose rows of one segment made one row where they never disagree: a report's colours in one sentence and
    its directions of travel in the next ("30 are green, 8 amber and 4 red" ... "19 indicators have improved"),
    or a count restated ("the four red indicators"); so too a sentence's shares of colours and the next one's
    shares of directions (`As Percentage`). Rows giving a column two different counts stay apart, and so do rows
    whose segment no noun named (their name is only the fallback)."""
    keys = ["document_id", "segment"]
    mergeable = pl.col("row_kind").is_in(["segment", "percentage"]) & ~pl.col("unnamed")
    clash = pl.any_horizontal(
        pl.col(c).filter(mergeable).drop_nulls().n_unique().over(keys) > 1 for c in COUNTS
    )
    one = (
        prose.filter(mergeable & ~clash)
        .group_by(keys, maintain_order=True)
        .agg(
            pl.col("source_file", "row_kind", "char_offset", "quote").first(),
            *[pl.col(c).drop_nulls().first() for c in COUNTS],
        )
    )
    apart = prose.filter(~mergeable | clash).drop("unnamed")
    return (
        pl.concat([one, apart], how="diagonal_relaxed")
        .select(apart.collect_schema().names())
        .sort("document_id", "char_offset", maintain_order=True)
    )


def _table_totals(docs: pl.LazyFrame, table: pl.LazyFrame, columns: list[pl.Expr]) -> pl.LazyFrame:
    """The `Totals` row that the prose gives for a summary table printing none (`table_totals_in_prose`), read
    with counts against target as colours ("22 met target, 9 were within tolerance and 9 missed"); only the
    reports whose table prints no total are read again."""
    untotalled = table.group_by("document_id").agg(
        has_total=(pl.col("row_kind") == "total").any(), parts=(pl.col("row_kind") == "segment").sum()
    )
    untotalled = untotalled.filter(~pl.col("has_total") & (pl.col("parts") >= 2)).select("document_id")
    prose = collected(  # read twice by `_one_row_per_segment`
        prose_counts(docs.join(untotalled, on="document_id", how="semi"), target_words=True).select(
            *columns, "unnamed"
        )
    )
    return table_totals_in_prose(table, _one_row_per_segment(prose)).select(columns)


def parse_performance_summary(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse summary tables: segments with Green/Amber/Red (and Up/Stable/Down), Totals, As Percentage.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_SUMMARY` schema.
    """
    columns = [
        pl.col(c).cast(PERFORMANCE_SUMMARY[c])
        for c in ["document_id", "source_file", "segment", "row_kind", *COUNTS, "char_offset", "quote"]
    ]
    table = (
        pl.concat(
            [
                _summary_table(join_pipe_cells(docs)).select(columns),
                transposed_counts(docs).select(columns),
                count_line_rows(docs).select(columns),
            ]
        )
        .sort("document_id", "char_offset", maintain_order=True)
        .pipe(collected)  # read by three branches below
    )
    # A report's summary table is its summary: prose counts only stand in for what it does not give (its
    # colours, or its directions of travel).
    gives = pl.any_horizontal(pl.col(c).is_not_null() for c in COUNTS[3:])
    given = table.group_by("document_id").agg(rag=pl.lit(True), direction=gives.any())
    prose = collected(  # read twice by `_one_row_per_segment`
        pl.concat(
            [
                prose_counts(docs).select(*columns, "unnamed"),
                pair_counts(docs).select(*columns, unnamed=pl.lit(False)),
            ]
        )
        .join(given, on="document_id", how="left", maintain_order="left")
        .filter(
            pl.col("rag").is_null()
            | (~pl.col("direction") & ~pl.any_horizontal(pl.col(RAG_COLUMNS).is_not_null()))
        )
        .select(*columns, "unnamed")
    )
    return (
        pl.concat(
            [
                table.select(columns),
                _table_totals(docs, table.select(columns), columns),
                prose_totals(_one_row_per_segment(prose)),
            ]
        )
        .with_columns(row_number=pl.int_range(1, pl.len() + 1).over("document_id").cast(pl.Int32))
        .select([pl.col(c).cast(t) for c, t in PERFORMANCE_SUMMARY.items()])
    )


def parse_performance_rag(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse RAG grids: one row per objective and period with a G/A/R status.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        Frame with the `PERFORMANCE_RAG` schema; look-alike letters read as A are flagged `is_repaired`.
    """
    columns = [pl.col(c).cast(t) for c, t in PERFORMANCE_RAG.items()]
    blocks = measure_blocks(docs)
    grid = pl.concat(
        [
            grid_cells(docs)
            .with_columns(
                raw_status=pl.col("cells"),
                is_repaired=pl.col("cells").str.contains(LOOKALIKE_A),
            )
            .select(columns),
            bullet_rag(docs).select(columns),
            block_rag(blocks).select(columns),
            status_line_rag(docs, blocks).select(columns),
            pair_line_rag(docs).select(columns),
            leader_line_rag(docs).select(columns),
            symbol_line_rag(docs).select(columns),
            bracket_line_rag(docs).select(columns),
        ]
    )
    # objectives listed in prose stand in only where a report has no grid (nor bullets or blocks of statuses)
    prose = (
        prose_rag(docs)
        .select(columns)
        .join(grid.select("document_id").unique(), on="document_id", how="anti", maintain_order="left")
    )
    return pl.concat([grid, prose])
