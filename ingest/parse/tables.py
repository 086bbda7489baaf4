"""Readable reports -> every raw table, with Polars over all documents at once; collected in one place."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import polars as pl

from ingest.parse.budget import ParseBudget, over_budget, parse_within_budget
from ingest.parse.documents import DOCUMENT_FIELDS, parse_documents
from ingest.parse.engine import collect
from ingest.parse.money import parse_money_mentions
from ingest.parse.partnerships import parse_partnership_mentions
from ingest.parse.peer_team import parse_peer_team
from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from ingest.parse.recommendations import parse_recommendations
from ingest.parse.relations import parse_figure_relations
from ingest.raw import schemas
from ingest.read.inbox import KnownFile, ReadResult, quarantine_row
from ingest.read.report import PAGE_SEPARATOR

FACT_PARSERS = {
    "recommendations": parse_recommendations,
    "peer_team": parse_peer_team,
    "money_mentions": parse_money_mentions,
    "partnership_mentions": parse_partnership_mentions,
    "performance_summary": parse_performance_summary,
    "performance_rag": parse_performance_rag,
}
# the fact parsers that read only each document's text, not its type or reference date
TEXT_PARSERS = ("recommendations", "peer_team", "partnership_mentions")


def _conform(frame: pl.LazyFrame, schema: dict[str, pl.DataType]) -> pl.LazyFrame:
    return frame.select([pl.col(name).cast(dtype) for name, dtype in schema.items()])


def files_frame(read: ReadResult, ingested_at: datetime) -> pl.DataFrame:
    """One row per distinct document (content hash), with its file facts and page texts.

    The same content under two names is one document; its names are kept in `file_names`.
    """
    frame = pl.DataFrame(
        {
            "document_id": [r.content_hash for r in read.reports],
            "source_file": [r.source_file for r in read.reports],
            "file_path": [r.file_path for r in read.reports],
            "format": [r.format for r in read.reports],
            "size_bytes": [r.size_bytes for r in read.reports],
            "page_texts": [r.pages for r in read.reports],
            "read_warnings": [r.warnings for r in read.reports],
            "parser_version": [schemas.document_parser_version(r.extractor) for r in read.reports],
        },
        schema={
            "document_id": pl.String,
            "source_file": pl.String,
            "file_path": pl.String,
            "format": pl.String,
            "size_bytes": pl.Int64,
            "page_texts": pl.List(pl.String),
            "read_warnings": pl.List(pl.String),
            "parser_version": pl.String,
        },
    )
    return _one_row_per_document(frame).with_columns(
        pages=pl.col("page_texts").list.len().cast(pl.Int32),
        ingested_at=pl.lit(ingested_at, dtype=pl.Datetime("us", "UTC")),
    )


def _one_row_per_document(frame: pl.DataFrame) -> pl.DataFrame:
    """The first file (by name) of each document, with every name its content arrived under."""
    return (
        frame.sort("source_file")
        .with_columns(
            file_names=pl.col("source_file").implode().over("document_id").list.unique().list.sort()
        )
        .unique("document_id", keep="first", maintain_order=True)
    )


def document_texts(files: pl.DataFrame) -> pl.DataFrame:
    """Each document's text: its pages joined by a blank line, or by two spaces where a paragraph runs on
    over the page break (same length, so page spans stay exact)."""
    pages = (
        files.select("document_id", pl.col("page_texts").alias("page"))
        .explode("page")
        .with_columns(next_page=pl.col("page").shift(-1).over("document_id"))
    )
    runs_on = pl.col("page").str.contains(r"[A-Za-z,;–-]\s*$") & pl.col("next_page").str.contains(
        r"^\s*[a-z(£0-9]"
    )
    separator = (
        pl.when(pl.col("next_page").is_null())
        .then(pl.lit(""))
        .when(runs_on)
        .then(pl.lit(" " * len(PAGE_SEPARATOR)))
        .otherwise(pl.lit(PAGE_SEPARATOR))
    )
    return pages.group_by("document_id", maintain_order=True).agg(
        text=(pl.col("page") + separator).str.join("")
    )


def pages_frame(files: pl.DataFrame) -> pl.LazyFrame:
    """One row per page, with the page's character span inside the document text."""
    sep = len(PAGE_SEPARATOR)
    return (
        files.lazy()
        .select("document_id", "source_file", pl.col("page_texts").alias("text"))
        .explode("text")
        .with_columns(
            page_number=pl.int_range(1, pl.len() + 1).over("document_id").cast(pl.Int32),
            length=pl.col("text").str.len_chars().cast(pl.Int64),
        )
        .with_columns(
            char_start=(pl.col("length") + sep).cum_sum().over("document_id") - pl.col("length") - sep
        )
        .with_columns(char_end=pl.col("char_start") + pl.col("length"))
    )


def build_raw_tables(
    read: ReadResult,
    ingested_at: datetime | None = None,
    reused: set[str] | None = None,
    budget: ParseBudget | None = None,
    previous: pl.DataFrame | None = None,
) -> dict[str, pl.DataFrame]:
    """Parse the readable reports into the raw tables of `ingest.raw.schemas.RAW_TABLES`.

    A document the parsers raise on, or beyond the parse budget, is quarantined with the reason; the
    others are parsed as usual.

    Args:
        read: the readable reports and the quarantined files of this refresh.
        ingested_at: the time stamp recorded on the documents (default: now).
        reused: documents whose fact rows are copied from the previous warehouse instead of re-parsed.
        budget: what one document may cost to parse (default: `ParseBudget()`).
        previous: the previous warehouse's `raw.documents`: a reused document under the same file name and
            path keeps its document-level facts from there instead of being parsed again (the same text,
            parser version, name and path give the same facts), so a refresh parses only what changed.

    Returns:
        raw table name -> frame with exactly that table's schema; `documents` holds this inbox's documents
        only (the history of earlier ones is `ingest.state.reuse.with_history`'s); `quarantine` holds the
        unreadable files and the documents quarantined here. The documents of `read.known` (read without
        their text) have `documents` rows (from `previous`) but no pages or warnings rows.
    """
    budget = budget or ParseBudget()
    ingested_at = ingested_at or datetime.now(UTC)
    files = files_frame(read, ingested_at)
    files = files.join(document_texts(files), on="document_id", how="left", maintain_order="left")
    known = known_facts(files, reused or set(), previous)
    known_ids = known["document_id"].to_list()
    # a document whose facts are reused is held to the same length limit as one parsed now
    reasons = over_budget(files.filter(pl.col("document_id").is_in(known_ids)), budget)
    reasons |= {f.content_hash: budget.too_long(f.chars) for f in read.known if f.chars > budget.max_chars}
    todo = files.filter(~pl.col("document_id").is_in(known_ids))
    parsed, parse_reasons = parse_within_budget(todo, parse_batch, sorted(reused or ()), budget)
    reasons |= parse_reasons
    parsed.append({"facts": known.filter(~pl.col("document_id").is_in(list(reasons)))})
    kept = files.filter(~pl.col("document_id").is_in(list(reasons)))
    # each part to this process's schemas: a part parsed alone comes from a child process
    collected = {
        name: pl.concat(
            [_conform(p[name].lazy(), schemas.RAW_TABLES[name]) for p in parsed if name in p]
        ).pipe(collect)
        for name in [*FACT_PARSERS, "figure_relations"]
    }
    facts = pl.concat([p["facts"] for p in parsed], how="diagonal_relaxed")
    collected["pages"] = collect(_conform(pages_frame(kept), schemas.PAGES))
    collected["documents"] = pl.concat(
        [documents_frame(kept, facts), kept_documents(read.known, previous, ingested_at, reasons)]
    )
    collected["warnings"] = warnings_frame(kept)
    collected["quarantine"] = quarantine_frame(read, reasons)
    return {name: collected[name] for name in schemas.RAW_TABLES}


def known_facts(files: pl.DataFrame, reused: set[str], previous: pl.DataFrame | None) -> pl.DataFrame:
    """The document-level facts (`parse_documents`' columns) of the reused documents whose file name and path
    are those of their `previous` row; empty without `previous`."""
    columns = list(DOCUMENT_FIELDS)
    if previous is None or not reused:
        return pl.DataFrame(schema=DOCUMENT_FIELDS)
    same = previous.filter(
        pl.col("document_id").is_in(sorted(reused)) & ~pl.col("is_removed").fill_null(False)
    ).join(
        files.select("document_id", "source_file", "file_path"),
        on=["document_id", "source_file", "file_path"],
        how="semi",
    )
    return same.select(columns).cast(DOCUMENT_FIELDS).unique("document_id", keep="first", maintain_order=True)


def kept_documents(
    known: list[KnownFile], previous: pl.DataFrame | None, ingested_at: datetime, reasons: dict[str, str]
) -> pl.DataFrame:
    """`raw.documents` rows of the documents read without their text: the published row (the same text,
    parser version, file name and path give the same facts) with this inbox's file facts."""
    if not known or previous is None:
        return pl.DataFrame(schema=schemas.DOCUMENTS)
    files = pl.DataFrame(
        {
            "document_id": [f.content_hash for f in known],
            "source_file": [f.source_file for f in known],
            "file_path": [f.file_path for f in known],
            "size_bytes": [f.size_bytes for f in known],
        },
        schema={
            "document_id": pl.String,
            "source_file": pl.String,
            "file_path": pl.String,
            "size_bytes": pl.Int64,
        },
    )
    published = previous.filter(~pl.col("is_removed").fill_null(False)).unique("document_id", keep="first")
    current = (
        _one_row_per_document(files)
        .filter(~pl.col("document_id").is_in(list(reasons)))
        .join(
            published.drop(*files.columns[1:], "file_names", "ingested_at"),
            on="document_id",
            maintain_order="left",
        )
        .with_columns(
            ingested_at=pl.lit(ingested_at, dtype=pl.Datetime("us", "UTC")),
            is_removed=pl.lit(False),
            removed_at=pl.lit(None, dtype=pl.Datetime("us", "UTC")),
        )
    )
    return collect(_conform(current.lazy(), schemas.DOCUMENTS))


def with_document_facts(text: pl.LazyFrame, facts: pl.DataFrame) -> pl.LazyFrame:
    """The fact parsers' input: each document's text with its type and the date relative years resolve
    against (document date, else the end or start of its period), from `parse_documents`' facts."""
    return text.drop("doc_type", "reference_date").join(
        facts.lazy().select(
            "document_id",
            "doc_type",
            reference_date=pl.coalesce("document_date", "period_end", "period_start"),
        ),
        on="document_id",
        how="left",
        maintain_order="left",
    )


def parse_batch(files: pl.DataFrame, reused: list[str]) -> dict[str, pl.DataFrame]:
    """Run every parser over all `files` at once: `facts` (parse_documents) and each fact table but pages."""
    text = files.lazy().select(
        "document_id",
        "source_file",
        "text",
        doc_type=pl.lit(None, dtype=pl.String),
        reference_date=pl.lit(None, dtype=pl.Date),
    )
    new_text = text.filter(~pl.col("document_id").is_in(reused))
    # the parsers in threads, each built (Python, holding the interpreter lock) and worked out (Polars, which
    # releases it) in its own, as many at once as Polars has threads: one parser's query is built while
    # another's runs, and the parsers that read the text alone run while the document facts are parsed;
    # a one-document parse costs about a third less. A parser that fails cancels those not yet started (the
    # batch is then bisected: `parse_within_budget`). No parser calls Python from Polars' threads
    # (`map_elements`): that needs the interpreter lock, which a thread building its query holds.
    pool = ThreadPoolExecutor(max_workers=pl.thread_pool_size(), thread_name_prefix="parse")
    try:
        facts_parsed = pool.submit(
            lambda: parse_documents(
                text.join(
                    files.lazy().select("document_id", "file_path"), on="document_id", maintain_order="left"
                )
            ).pipe(collect)
        )
        # without the facts' columns, so that one of these parsers reading them fails rather than reads nulls
        alone = {
            name: pool.submit(_parsed, name, new_text.drop("doc_type", "reference_date"))
            for name in TEXT_PARSERS
        }
        facts = facts_parsed.result()
        new_docs = with_document_facts(new_text, facts)
        futures = alone | {
            name: pool.submit(_parsed, name, new_docs) for name in FACT_PARSERS if name not in alone
        }
        tables = {name: futures[name].result() for name in FACT_PARSERS}
    finally:
        pool.shutdown(cancel_futures=True)
    tables["figure_relations"] = collect(
        _conform(parse_figure_relations(tables["money_mentions"].lazy()), schemas.FIGURE_RELATIONS)
    )
    return {"facts": facts, **tables}


def _parsed(name: str, docs: pl.LazyFrame) -> pl.DataFrame:
    return collect(_conform(FACT_PARSERS[name](docs), schemas.RAW_TABLES[name]))


def quarantine_frame(read: ReadResult, reasons: dict[str, str]) -> pl.DataFrame:
    """The files that could not be read, and every file of a document quarantined while parsing."""
    rows = read.quarantine + [
        quarantine_row(r.path, r.content_hash, reasons[r.content_hash])
        for r in [*read.reports, *read.known]
        if r.content_hash in reasons
    ]
    return pl.DataFrame(rows, schema=schemas.QUARANTINE)


def documents_frame(files: pl.DataFrame, facts: pl.DataFrame) -> pl.DataFrame:
    """One row per document of this inbox: its file facts and the document-level facts parsed from it."""
    current = files.join(
        facts.drop("source_file"), on="document_id", how="left", maintain_order="left"
    ).with_columns(
        is_removed=pl.lit(False),
        removed_at=pl.lit(None, dtype=pl.Datetime("us", "UTC")),
    )
    return collect(_conform(current.lazy(), schemas.DOCUMENTS))


def warnings_frame(files: pl.DataFrame) -> pl.DataFrame:
    """Warnings raised while reading files (e.g. decoding). Malformed figures and repaired characters
    are flagged on their own rows (`is_malformed`, `is_repaired`) and gathered by dbt into marts.warnings."""
    return (
        files.select("document_id", "source_file", pl.col("read_warnings").alias("detail"))
        .explode("detail")
        .drop_nulls("detail")
        .with_columns(
            kind=pl.col("detail").str.extract(r"^([a-z_]+):", 1).fill_null("reading"),
            char_offset=pl.lit(None, dtype=pl.Int64),
        )
        .select(list(schemas.WARNINGS))
        .cast(schemas.WARNINGS)
    )
