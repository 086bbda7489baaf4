"""Red/amber/green counts written in prose ("41 (56%) were rated green", "six green, one amber and two red
indicators", "33% were rated 'green', 31% 'amber'") as summary rows, one per counted segment.

Each sentence's segment is named by `performance_segments`.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.doc_types import PEER_KINDS, cue_patterns
from ingest.parse.engine import collected
from ingest.parse.lines import explode_lines
from ingest.parse.performance_grid import grid_cells
from ingest.parse.performance_segments import segment_names
from ingest.parse.performance_tables import cells, count_column, is_value, status
from ingest.parse.performance_words import (
    COLOUR,
    NUMBER,
    PERCENT,
    direction,
    direction_after,
    direction_first,
    none_as_zero,
    stand_in_status,
    status_first,
    target_status,
    to_number,
)
from ingest.parse.vocabulary import alternation

VOCABULARY = "performance"
SENTENCE_END = r"([.!?])\s+"  # where a line is cut into sentences (the stop kept, the white space not)
# the words a count's share in brackets may follow: a noun ("two projects (17%)"), or the total it is counted from
# (masked by BASE: "27 of the 45 measures (60%)")
BEFORE_SHARE = r"(?:\s+[a-z]+|\s+(?:out\s+)?of\s+(?:[a-z'’]+\s+){0,3}#(?:\s+[a-z]+)?)"
TOKEN = rf"(?i)(?-u:\b)(?:{PERCENT}|{NUMBER}(?-u:\b)(?:{BEFORE_SHARE}?\s*\(\s*{PERCENT}\s*\))?)"
SHARE = rf"(?i)^{NUMBER}(?-u:\b){BEFORE_SHARE}?\s*\(\s*({PERCENT})\s*\)"  # a count's share in brackets
NAMED_STATUS = r"(?-u:\b)(?:Green|Amber|Red)['’]?\s+[A-Z][a-z]"  # Green Book, Red Cross: names, not statuses
# dates, fiscal years ("2023/24", "2023-24") and money are never counts, nor is a sum's share in brackets after it
# ("£4.1m (62%) are on track": a share of money, not of measures), and a rating between two colours ("Amber/Red",
# "red/amber/green"), or a count of two colours together ("the six indicators which are Red or Amber"), is no one
# colour
MASK = r"\d+(?:[/:]\d+)+|(?-u:\b)(?:19|20)\d{2}\s*[-–]\s*\d{2}(?:\d{2})?(?-u:\b)|£\s?[\d,.]+\w*(?:\s*\(\s*[\d.]+\s*(?:%|per ?cent)\s*\))?|(?i:(?-u:\b)(?:green|amber|red)(?:(?:\s*[/-]\s*|\s+(?:or|and/or)\s+)(?:green|amber|red)(?-u:\b))+)"
# a span of time ("one month behind (amber)", "within 12 weeks", "answered within 30 seconds", "within 20 secs",
# glued to its figure: "within 24hrs", "picked up in 20s") counts nothing
TIME_UNIT = r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
DURATION = rf"(?i)(?-u:\b)(?:{NUMBER}\s+(?:working\s+)?{TIME_UNIT}|\d{{1,3}}(?:{TIME_UNIT}|s|h))(?-u:\b)"
# a reporting period's number ("At Quarter 2, £8.4m ...", "in period 6 the ...", "the Quarter 2 performance
# position") counts nothing: the number after quarter, period or month, unless a counted noun follows it ("month 6
# measures"; those are kept by PERIOD_COUNT, marked with KEPT, before PERIOD_NO masks the rest)
PERIOD_NO = r"(?i)((?-u:\b)(?:quarter|qtr|period|month)\s+)\d{1,2}(?-u:\b)"
PERIOD_COUNT = (
    rf"(?i)((?-u:\b)(?:quarter|qtr|period|month)\s+)(\d{{1,2}}\s+{alternation(VOCABULARY, 'head')}(?-u:\b))"
)
KEPT = "\x01"
# a paragraph's number ("1.2  Status key: ...", "4.3.1 The Council ...") counts nothing
PARAGRAPH_NO = r"^(\s*)\d{1,2}(?:\.\d{1,2})+\.?(\s+[A-Z(])"
# "of the 60 actions", "7 of these 17": the number counted from is a total, not a status count
BASE = rf"(?i)(?-u:\b)((?:out\s+)?of\s+(?:(?:the|its|our|their|these|those|all|[a-z]+['’]s)\s+)*){NUMBER}(\s+[a-z])"
# "three of the amber indicators relate to ...": a part of a colour's measures, not that colour's count
PART_OF_COLOUR = rf"(?i)(?-u:\b){NUMBER}(\s+of\s+(?:the|these|those)\s+['‘’\"]?(?:green|amber|red)(?-u:\b))"
SKIPPED_TYPES = list(PEER_KINDS)
OPENING_CHARS = 1500  # the opening a document's type is read from (`parse_documents`)
COLUMNS = ["green", "amber", "red", "up", "stable", "down"]


def prose_documents(docs: pl.LazyFrame) -> pl.LazyFrame:
    """The documents whose prose may report performance: not peer challenges and their reviews, nor a meeting
    record or council page about one (an `other` document whose opening names a peer challenge or its review:
    the RAG counts of its action plan are the peer challenge's follow-up, not a performance summary)."""
    cues = cue_patterns()
    about_peer = (
        pl.col("text").str.slice(0, OPENING_CHARS).str.contains("|".join(cues[kind] for kind in PEER_KINDS))
    )
    return docs.filter(
        pl.col("doc_type").is_null()
        | (~pl.col("doc_type").is_in(SKIPPED_TYPES) & ~((pl.col("doc_type") == "other") & about_peer))
    )


def prose_sentences(docs: pl.LazyFrame) -> pl.LazyFrame:
    """One row per sentence of each line, with its offset and segment name."""
    lines = explode_lines(prose_documents(docs)).filter(pl.col("line").str.contains(r"\S"))
    # a sentence's offset from the lengths of the sentences and the white space before it (the k-th gap is
    # the k-th match of the splitting pattern): looking each sentence up in its line would copy the line for
    # each sentence, a line's length times its sentences
    gaps = pl.col("line").str.extract_all(SENTENCE_END).list.eval(pl.element().str.len_chars() - 1)
    step = pl.col("sentence").str.len_chars().cast(pl.Int64) + pl.col("gap")
    sentences = (
        lines.with_columns(
            sentence=pl.col("line").str.replace_all(SENTENCE_END, "${1}\n").str.split("\n"),
            gap=pl.concat_list(gaps.cast(pl.List(pl.Int64)), pl.lit(0, dtype=pl.Int64)),
        )
        .explode("sentence", "gap")
        .with_columns(sent_no=pl.int_range(pl.len()).over("document_id", "line_no"))
        .with_columns(
            char_offset=pl.col("char_offset") + step.cum_sum().over("document_id", "line_no") - step
        )
        .drop("gap")
    )
    return segment_names(sentences)


def _clauses(sentences: pl.LazyFrame, *, target_words: bool) -> pl.LazyFrame:
    """Each count or percentage of a sentence with the words up to the next one, and the column it counts: its
    colour, else a plain-English status where the sentence gives two or more and no colour, else its direction
    of travel where the sentence gives two or more directions and the clause no status."""
    sentence = status_first(
        pl.col("sentence")
        .str.replace(PARAGRAPH_NO, "${1}#${2}")
        .str.replace_all(MASK, "#")
        .str.replace_all(DURATION, "#")
        .str.replace_all(PERIOD_COUNT, f"${{1}}{KEPT}${{2}}")
        .str.replace_all(PERIOD_NO, "${1}#")
        .str.replace_all(KEPT, "", literal=True)
        .str.replace_all(BASE, "${1}#${2}")
        .str.replace_all(PART_OF_COLOUR, "#${1}")
    )
    sentence = none_as_zero(direction_first(sentence))
    sentence_keys = ["document_id", "line_no", "sent_no"]
    return (
        sentences.with_columns(
            clause=sentence.str.replace_all(TOKEN, "\x00${0}").str.split("\x00").list.slice(1)
        )
        .explode("clause")
        .drop_nulls("clause")
        .filter(~pl.col("clause").str.contains(NAMED_STATUS))
        .with_columns(
            percent=pl.col("clause").str.extract(rf"(?i)^({PERCENT})", 1).str.extract(r"^([\d.]+)", 1),
            count=to_number(pl.col("clause").str.extract(rf"(?i)^({NUMBER})(?-u:\b)", 1)),
            share=pl.col("clause").str.extract(SHARE, 1).str.extract(r"^([\d.]+)", 1),
            colour=pl.col("clause").str.extract(COLOUR, 1).str.to_lowercase(),
            stand_in=pl.coalesce(stand_in_status(pl.col("clause")), target_status(pl.col("clause")))
            if target_words
            else stand_in_status(pl.col("clause")),
            direction=pl.coalesce(direction(pl.col("clause")), direction_after(pl.col("clause"))),
        )
        .with_columns(
            stand_in=pl.when(
                pl.col("colour").is_null().all().over(sentence_keys)
                & (pl.col("stand_in").drop_nulls().n_unique().over(sentence_keys) >= 2)
            ).then(pl.col("stand_in"))
        )
        .with_columns(status=pl.coalesce("colour", "stand_in"))
        .with_columns(
            direction=pl.when(
                pl.col("status").is_null()
                & (
                    pl.col("direction")
                    .filter(pl.col("status").is_null())
                    .drop_nulls()
                    .n_unique()
                    .over(sentence_keys)
                    >= 2
                )
            ).then(pl.col("direction"))
        )
        .with_columns(column=pl.coalesce("status", "direction"))
        .with_columns(column=pl.coalesce("column", _share_columns(sentence_keys)))
        .filter(pl.col("column").is_not_null())
    )


def _share_columns(keys: list[str]) -> pl.Expr:
    """For the shares a sentence lists after its counts, as many as the counts ("15 are green, 6 amber and 4 red -
    60%, 24% and 16% respectively", "11 improved, 10 were unchanged and 4 declined (44%, 40% and 16%)"), the
    column of the count in the same place; null for other clauses."""
    counted = pl.col("percent").is_null() & pl.col("column").is_not_null()
    clause_no = pl.int_range(pl.len()).over(keys)
    after = pl.col("percent").is_not_null() & pl.col("column").is_null()
    trailing = after & (clause_no > clause_no.filter(counted).max().over(keys))
    counts, shares = counted.sum().over(keys), trailing.sum().over(keys)
    place = trailing.cast(pl.Int32).cum_sum().over(keys) - 1
    columns = pl.col("column").filter(counted).implode().over(keys, mapping_strategy="join")
    return pl.when(trailing & (counts >= 2) & (shares == counts)).then(
        columns.list.get(place, null_on_oob=True)
    )


def _pivot(rows: pl.LazyFrame, value: str, keys: list[str]) -> pl.LazyFrame:
    return rows.group_by(keys, maintain_order=True).agg(
        char_offset=pl.col("char_offset").min(),
        quote=pl.col("sentence").first().str.strip_chars(),
        named=pl.col("column").drop_nulls().n_unique(),
        clauses=pl.len(),
        **{c: pl.col(value).filter(pl.col("column") == c).first() for c in COLUMNS},
    )


def prose_counts(docs: pl.LazyFrame, *, target_words: bool = False) -> pl.LazyFrame:
    """Summary rows from prose counts: per segment, and `As Percentage` for shares of two or more columns.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.
        target_words: whether counts against target ("22 met target") count as colours (`target_status`).

    Returns:
        Frame with document_id, source_file, segment, row_kind, the six count columns, char_offset, quote, and
        `unnamed` where no noun named the segment (its name is the fallback; a lone count of one column so
        named is kept only in performance reports, or where the type is not known); a segment's shares in
        brackets beside its counts are a row of kind `bracketed` (`prose_totals` keeps a total's).
    """
    # the clauses cut first (a sentence's clauses are its own): the grid and table rows below are looked for only
    # in the documents and on the lines that hold a clause
    clauses = collected(_clauses(prose_sentences(docs), target_words=target_words))
    read = clauses.select("document_id", "line_no").unique()
    # a RAG grid's row gives its objective's statuses, not counts ("Cases closed within 28 days | Amber"), and
    # so does any table row with a status cell and no cell of a figure alone (a list of exceptions whose
    # header names no period: "| Bins emptied within 24 hours | Amber |")
    # (each line read once, before it is cut into sentences: reading it on each sentence's row would copy a long
    # line once per sentence, its length times its sentences)
    read_docs = docs.join(read.select("document_id").unique(), on="document_id", how="semi")
    grid_rows = grid_cells(read_docs).select("document_id", "line_no").unique()
    row = cells(pl.col("line"))
    # ... and a table row whose first cell names something other than a status or a count column: its status
    # cell grades that row ("| Finance | 6,215 | 75 | Amber |"), a figure in another cell counts nothing
    label = row.list.eval(pl.element().filter(pl.element() != "")).list.first()
    status_row = (
        pl.col("line").str.contains(r"\t|\|")
        & row.list.eval(status(pl.element()).is_not_null()).list.any()
        & (
            ~row.list.eval(is_value(pl.element()) & pl.element().str.contains(r"\d")).list.any()
            | (label.str.contains(r"[A-Za-z]") & status(label).is_null() & count_column(label).is_null())
        )
    )
    status_rows = (
        explode_lines(read_docs)
        .join(read, on=["document_id", "line_no"], how="semi")
        .with_columns(status_row=status_row)  # on those lines only: a filter would be pushed below the join
        .filter("status_row")
        .select("document_id", "line_no")
    )
    clauses = collected(  # read by the three branches below
        clauses.join(grid_rows, on=["document_id", "line_no"], how="anti").join(
            status_rows, on=["document_id", "line_no"], how="anti"
        )
    )
    keys = ["document_id", "source_file", "line_no", "sent_no", "segment", "unnamed"]
    counts = _pivot(clauses.filter(pl.col("percent").is_null()), "count", keys).with_columns(
        row_kind=pl.lit("segment")
    )
    shares = (
        _pivot(clauses.filter(pl.col("percent").is_not_null()), "percent", keys)
        .filter((pl.col("named") >= 2) & (pl.col("named") == pl.col("clauses")))
        .with_columns(
            *[pl.col(c).cast(pl.Float64).round(0) for c in COLUMNS],
            segment=pl.lit("As Percentage"),
            row_kind=pl.lit("percentage"),
            unnamed=pl.lit(False),
        )
    )
    # the shares in brackets beside two or more counts ("12 (27%) amber and 6 (13%) red"): kept for
    # `prose_totals`, which makes them the `As Percentage` row where the counts are the `Totals` row
    bracketed = (
        _pivot(clauses.filter(pl.col("percent").is_null() & pl.col("share").is_not_null()), "share", keys)
        .filter((pl.col("named") >= 2) & (pl.col("named") == pl.col("clauses")))
        .with_columns(*[pl.col(c).cast(pl.Float64).round(0) for c in COLUMNS], row_kind=pl.lit("bracketed"))
    )
    # a lone count no noun names is a performance report's (one of its indicators' colours); in another document
    # ("the two red items" of a savings plan's table) it counts something else (a minute's counts of two or more
    # colours stay: "21 were green, 6 amber and 3 red")
    kinds = docs.select("document_id", "doc_type")
    counts = (
        counts.join(kinds, on="document_id", how="left", maintain_order="left")
        .filter(
            ~pl.col("unnamed")
            | (pl.col("named") >= 2)
            | pl.col("doc_type").is_null()
            | (pl.col("doc_type") == "performance_report")
        )
        .drop("doc_type")
    )
    return pl.concat([counts, shares, bracketed], how="diagonal_relaxed")
