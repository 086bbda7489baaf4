"""The raw-layer contract: one Polars schema per `raw.<table>`.

Every parser returns a frame with exactly one of these schemas; `ingest.raw.load` creates the
DuckDB tables from them and dbt's sources describe the same columns. Offsets are character
offsets into the document's normalised text (`DOCUMENT_TEXT`); dbt maps them to pages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import polars as pl

PARSER_RELEASE = "0.3"


def _parser_version() -> str:
    """The release plus a digest of the parsing code, so that any change to a parser invalidates the rows
    reused from earlier runs (see `ingest.state.reuse`)."""
    ingest = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    parsing = [*(ingest / "parse").glob("*.py"), *(ingest / "parse").glob("vocabularies/*.csv")]
    parsing += [*(ingest / "parse").glob("data/*.csv")]
    for path in sorted([*parsing, ingest / "raw" / "schemas.py"]):
        digest.update(path.read_bytes())
    return f"{PARSER_RELEASE}+{digest.hexdigest()[:10]}"


PARSER_VERSION = _parser_version()


def document_parser_version(extractor: str) -> str:
    """The version recorded on a document: the parsers' version and what read its text (PDF engine or plain
    decoding, with the extraction code's version); rows are reused only under the same one."""
    return f"{PARSER_VERSION}+{extractor}"


# The frame every parser receives: one row per document.
DOCUMENT_TEXT = {
    "document_id": pl.String,  # sha256 of the file's bytes (hex)
    "source_file": pl.String,  # the file's name, e.g. "report.pdf"
    "text": pl.String,  # normalised full text (NFKC, \n line ends, pages joined by "\n\n")
    "doc_type": pl.String,  # from parse_documents; null before it has run
    "reference_date": pl.Date,  # the report's own date (document_date, else period_end); may be null
}

DOCUMENTS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "file_names": pl.List(pl.String),  # every file name this content arrived under
    "file_path": pl.String,
    "format": pl.String,  # pdf | txt | md
    "size_bytes": pl.Int64,
    "pages": pl.Int32,
    "parser_version": pl.String,
    "ingested_at": pl.Datetime("us", "UTC"),
    "title": pl.String,
    "doc_type": pl.String,  # peer_challenge | progress_review | finance_peer_challenge | performance_report | other
    "council": pl.String,
    "council_gss_code": pl.String,  # ONS GSS code of the council (register: ingest/parse/data/councils.csv)
    "council_source": pl.String,  # text | file_name | folder | text_mention
    "period_start": pl.Date,
    "period_end": pl.Date,
    "document_date": pl.Date,
    "previous_challenge": pl.String,  # YYYY-MM
    "people": pl.Int32,
    "meetings": pl.Int32,
    "hours": pl.Int32,
    "weeks_equivalent": pl.Int32,
    "is_removed": pl.Boolean,  # no longer in the inbox (the record stays as history)
    "removed_at": pl.Datetime("us", "UTC"),
}

PAGES = {
    "document_id": pl.String,
    "source_file": pl.String,
    "page_number": pl.Int32,  # 1-based; a text file is one page
    "char_start": pl.Int64,  # offset of the page's first character in DOCUMENT_TEXT.text
    "char_end": pl.Int64,  # exclusive
    "text": pl.String,
}

RECOMMENDATIONS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "number": pl.Int32,
    "title": pl.String,  # lead sentence, markup removed
    "body": pl.String,  # the whole recommendation text including its bullets
    "sub_actions": pl.Int32,
    "char_offset": pl.Int64,
    "quote": pl.String,
}

PEER_TEAM = {
    "document_id": pl.String,
    "source_file": pl.String,
    "name": pl.String,
    "honorific": pl.String,
    "role": pl.String,
    "organisation": pl.String,
    "char_offset": pl.Int64,
    "quote": pl.String,
}

MONEY_MENTIONS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "mention_id": pl.Int32,  # order of the mention within the document
    "char_offset": pl.Int64,
    "raw_figure": pl.String,  # as printed: "£14.5m", "65%"
    "unit": pl.String,  # gbp | percent
    "amount_gbp": pl.Float64,  # null for percent
    "percent": pl.Float64,  # null for gbp
    "qualifier": pl.String,  # approximately, circa, in excess of, ... or null
    "fiscal_year": pl.String,  # YYYY/YY resolved, or null
    "period": pl.String,  # words for a multi-year span, or null
    "is_malformed": pl.Boolean,  # e.g. "£41.m": kept, with a warning
    "continues_previous": pl.Boolean,  # "£4.5m in 2015/16 and £3.7m in 2016/17": £3.7m continues £4.5m
    "is_share_of_previous": pl.Boolean,  # "£30k or 0.02% of the net budget": 0.02% restates £30k
    "column_label": pl.String,  # a plain-number table cell's column headings ("Variance £m"), else null
    "table_start": pl.Int64,  # a table cell's table: the line its heading rows start at, else null
    "row_heading": pl.String,  # a table cell's heading over its rows' names ("Directorate"), else null
    "is_negative": pl.Boolean,  # printed in brackets or with a minus ("(0.450)", "-412")
    "sentence": pl.String,  # the sentence holding the figure
    "context_before": pl.String,  # the clause before the figure, within the sentence
    "context_after": pl.String,  # the clause after the figure, within the sentence
    "paragraph": pl.String,  # the paragraph (line) holding the sentence; of a line > 2,000 chars, its block
    "heading": pl.String,  # the last heading line at or before the sentence ("Savings we have made"), or null
    "quote": pl.String,
}

FIGURE_RELATIONS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "relation_id": pl.Int32,
    "relation": pl.String,  # sum (the parts add up to the total) | part_of (each part is at most the total)
    "total_gbp": pl.Float64,
    "total_raw": pl.String,  # as printed, e.g. "£15.6m" (its precision sets the rounding tolerance)
    "parts_gbp": pl.List(pl.Float64),
    "parts_raw": pl.List(pl.String),
    "char_offset": pl.Int64,
    "quote": pl.String,
}

PARTNERSHIP_MENTIONS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "name": pl.String,  # as printed, expanded where an acronym is expanded
    "acronym": pl.String,  # another name printed beside it: an acronym (LEP) or a former name; or null
    "kind": pl.String,  # partnership | partner | shared_service
    "char_offset": pl.Int64,
    "quote": pl.String,
}

PERFORMANCE_SUMMARY = {
    "document_id": pl.String,
    "source_file": pl.String,
    "row_number": pl.Int32,  # order within the table
    "segment": pl.String,
    "row_kind": pl.String,  # segment | total | percentage
    "green": pl.Int32,
    "amber": pl.Int32,
    "red": pl.Int32,
    "up": pl.Int32,
    "stable": pl.Int32,
    "down": pl.Int32,
    "char_offset": pl.Int64,
    "quote": pl.String,
}

PERFORMANCE_RAG = {
    "document_id": pl.String,
    "source_file": pl.String,
    "segment": pl.String,
    "objective": pl.String,
    "period": pl.String,
    "period_order": pl.Int32,  # the period's column position in the grid (1 = first)
    "status": pl.String,  # G | A | R
    "raw_status": pl.String,  # as printed (may be a Greek or Cyrillic look-alike)
    "is_repaired": pl.Boolean,
    "char_offset": pl.Int64,
    "quote": pl.String,
}

WARNINGS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "kind": pl.String,  # malformed_figure | repaired_character | decoding | ...
    "detail": pl.String,
    "char_offset": pl.Int64,
}

QUARANTINE = {
    "source_file": pl.String,
    "file_path": pl.String,
    "content_hash": pl.String,
    "reason": pl.String,
    "quarantined_at": pl.Datetime("us", "UTC"),
}

# raw table name -> schema; the order is the load order.
RAW_TABLES: dict[str, dict[str, pl.DataType]] = {
    "documents": DOCUMENTS,
    "pages": PAGES,
    "recommendations": RECOMMENDATIONS,
    "peer_team": PEER_TEAM,
    "money_mentions": MONEY_MENTIONS,
    "figure_relations": FIGURE_RELATIONS,
    "partnership_mentions": PARTNERSHIP_MENTIONS,
    "performance_summary": PERFORMANCE_SUMMARY,
    "performance_rag": PERFORMANCE_RAG,
    "warnings": WARNINGS,
    "quarantine": QUARANTINE,
}


def empty_frame(schema: dict[str, pl.DataType]) -> pl.DataFrame:
    """Return an empty frame with the given raw schema."""
    return pl.DataFrame(schema=schema)
