"""Document-level facts: doc type, council, visit or reporting period, report date, engagement."""

from __future__ import annotations

import polars as pl

DOCUMENT_FIELDS = {
    "document_id": pl.String,
    "source_file": pl.String,
    "title": pl.String,
    "doc_type": pl.String,
    "council": pl.String,
    "period_start": pl.Date,
    "period_end": pl.Date,
    "document_date": pl.Date,
    "previous_challenge": pl.String,
    "people": pl.Int32,
    "meetings": pl.Int32,
    "hours": pl.Int32,
    "weeks_equivalent": pl.Int32,
}
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
ORD = r"(?:st|nd|rd|th)?(?:\s*</?sup>\s*(?:st|nd|rd|th)?\s*</?sup>)?"
DASH = r"\s*(?:-|–|—|to)\s*"
COUNCIL = (
    r"((?:(?:London|Royal) Borough of|City of|Borough of|Council of the Isles of) [A-Z][\w'’-]*(?: (?:and|upon|on|in|[A-Z][\w'’-]*))*"
    r"|[A-Z][\w'’-]*(?: (?:and|upon|on|in|[A-Z][\w'’-]*))*? (?:Metropolitan Borough|Metropolitan District|County Borough|County|City|"
    r"District|Borough|Town|Unitary)? ?Council)"
)
COUNCIL_STRICT = (
    r"(?:(?:London|Royal) Borough of [A-Z][\w'’-]*(?: (?:and|upon|on|[A-Z][\w'’-]*))*"
    r"|[A-Z][\w'’-]*(?: (?:and|upon|on|[A-Z][\w'’-]*))*? (?:Metropolitan Borough|Metropolitan District|County Borough|"
    r"County|City|District|Borough) Council)"
)
# One visit-date range: "12 -15 March 2018", "3rd-6th June 2019", "30 November – 2 December 2019", "4th September – 7th September 2018".
VISIT = rf"([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?(?:\s+([0-9]{{4}}))?{DASH}([0-9]{{1,2}}){ORD}\s+({MONTHS}),?\s+([0-9]{{4}})"
TITLE_WORDS = r"^(?:(?:LGA|Local Government Association|Corporate|Finance|Financial|Peer|Challenge|Review|Progress|Feedback|Report|Performance|Follow[- ]up|Visit|The|Draft|Final)\s+)+"
LONG_DATE = rf"([0-9]{{1,2}}){ORD}\s+({MONTHS}),?\s+([0-9]{{4}})"


def _date(day: pl.Expr, month: pl.Expr, year: pl.Expr) -> pl.Expr:
    """A date from day, month-name and year string expressions (null when any part is missing)."""
    return pl.concat_str([year, month, day.str.zfill(2)], separator=" ").str.strptime(
        pl.Date, "%Y %B %d", strict=False
    )


def _int(pattern: str) -> pl.Expr:
    return pl.col("plain").str.extract(pattern, 1).str.replace_all(",", "").cast(pl.Int32, strict=False)


def _doc_type(head: pl.Expr) -> pl.Expr:
    lower = head.str.to_lowercase()
    return (
        pl.when(lower.str.contains(r"performance (?:monitoring )?report|corporate performance"))
        .then(pl.lit("performance_report"))
        .when(lower.str.contains(r"finance peer (?:challenge|review)|financial (?:peer )?review"))
        .then(pl.lit("finance_peer_challenge"))
        .when(lower.str.contains(r"progress review|follow[- ]up|progress report|check[- ]in"))
        .then(pl.lit("progress_review"))
        .when(lower.str.contains(r"peer challenge|peer review"))
        .then(pl.lit("peer_challenge"))
        .otherwise(pl.lit("other"))
    )


def parse_documents(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Parse the document-level facts of each report.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns.

    Returns:
        One row per document with the `DOCUMENT_FIELDS` columns.
    """
    head = pl.col("text").str.slice(0, 1500)
    visit = pl.col("text").str.slice(0, 4000).str.extract_groups(VISIT)
    perf_end = pl.col("text").str.extract_groups(rf"(?i)up (?:un)?til(?:l)? {LONG_DATE}")
    meeting = head.str.extract_groups(
        rf"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+{LONG_DATE}"
    )
    previous = pl.col("text").str.extract_groups(
        rf"(?i)(?:last|previous|original) (?:corporate )?peer (?:challenge|review)[^.]{{0,80}}?(?:in|of) ({MONTHS}) ([0-9]{{4}})"
    )
    frame = docs.with_columns(plain=pl.col("text").str.replace_all(r"\*+|_{2,}", "")).with_columns(
        title=pl.col("text")
        .str.strip_chars()
        .str.extract(r"^([^\n]+)", 1)
        .str.replace_all(r"[*#]", "")
        .str.strip_chars(),
        doc_type=_doc_type(head),
        council=pl.coalesce(
            head.str.extract(COUNCIL, 1).str.replace(TITLE_WORDS, ""),
            pl.col("plain")
            .str.extract_all(COUNCIL_STRICT)
            .list.eval(pl.element().str.replace(TITLE_WORDS, ""))
            .list.first(),
        ),
        visit=visit,
        perf_end=perf_end,
        meeting=meeting,
        previous=previous,
    )
    v = pl.col("visit").struct
    end = _date(v.field("4"), v.field("5"), v.field("6"))
    start = _date(
        v.field("1"), pl.coalesce(v.field("2"), v.field("5")), pl.coalesce(v.field("3"), v.field("6"))
    )
    perf = _date(
        pl.col("perf_end").struct.field("1"),
        pl.col("perf_end").struct.field("2"),
        pl.col("perf_end").struct.field("3"),
    )
    is_perf = pl.col("doc_type") == "performance_report"
    m = pl.col("meeting").struct
    p = pl.col("previous").struct
    return frame.select(
        "document_id",
        "source_file",
        "title",
        "doc_type",
        "council",
        period_start=pl.when(is_perf).then(pl.lit(None, dtype=pl.Date)).otherwise(start),
        period_end=pl.when(is_perf).then(perf).otherwise(end),
        document_date=pl.when(is_perf).then(_date(m.field("1"), m.field("2"), m.field("3"))),
        previous_challenge=pl.concat_str(
            [p.field("2"), p.field("1").str.to_datetime("%B", strict=False).dt.strftime("%m")], separator="-"
        ),
        people=_int(r"(?i)spoke to (?:more than |over |around |approximately |some )?([0-9][0-9,]*) people"),
        meetings=_int(r"(?i)(?:more than |over |around |approximately )?([0-9][0-9,]*) meetings"),
        hours=_int(r"(?i)(?:more than |over |around |approximately )?([0-9][0-9,]*) hours"),
        weeks_equivalent=_int(
            r"(?i)equivalent (?:to |of )(?:one person spending )?(?:more than |over |around )?([0-9]+) weeks"
        ),
    ).select([pl.col(c).cast(t) for c, t in DOCUMENT_FIELDS.items()])
