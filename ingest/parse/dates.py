"""Dates a report prints: the words and numbers dates are written in, and a peer team's visit. A report's reporting
period is read in `report_periods`, its own or its meeting's date in `meeting_dates`."""

from __future__ import annotations

import polars as pl

# Month names, whole or shortened ("Sept", "Dec."); dates are read from their first three letters.
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?-u:\b)\.?"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# an ordinal's letters, also set apart by a space ("15 th to 18th January": a superscript flattened) or in <sup> tags
ORD = r"(?:st|nd|rd|th|[ \t](?:st|nd|rd|th)(?-u:\b))?(?:\s*</?sup>\s*(?:st|nd|rd|th)?\s*</?sup>)?"
# ... "13 to 16 May", "13 until 16 May"
DASH = r"(?:\s*(?:-|–|—|to)\s*|\s+until\s+)"
LONG_DATE = rf"([0-9]{{1,2}}){ORD}\s+({MONTHS}),?\s+([0-9]{{4}})"
# One visit-date range: "12 -15 March 2018", "3rd-6th June 2019", "30 November – 2 December 2019", "Tuesday 3 to
# Friday 6 October 2023".
VISIT = rf"([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?(?:\s+([0-9]{{4}}))?{DASH}(?:{WEEKDAY},?\s+)?([0-9]{{1,2}}){ORD}\s+({MONTHS}),?\s+([0-9]{{4}})"
# The same with "and": "between 29th and 31st October 2024", "Wednesday 24 and Thursday 25 September 2025", "on 4
# and 5 May 2025".
VISIT_AND = (
    rf"(?:(?:between|on) (?:the )?(?:{WEEKDAY},? )?|{WEEKDAY},? )([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?(?:\s+([0-9]{{4}}))?\s+and\s+"
    rf"(?:{WEEKDAY},? )?([0-9]{{1,2}}){ORD}\s+({MONTHS}),?\s+([0-9]{{4}})"
)
# A list of days: "14th, 15th and 16th May 2024", "3, 4 and 5 June 2025" (the first and last days).
VISIT_LIST = (
    rf"([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?(?:\s+([0-9]{{4}}))?,\s+(?:[0-9]{{1,2}}{ORD},\s+)*[0-9]{{1,2}}{ORD},?\s+and\s+"
    rf"([0-9]{{1,2}}){ORD}\s+({MONTHS}),?\s+([0-9]{{4}})"
)
# A report's header: "Feedback report: 18 – 20 July 2023", "Feedback: 9th July 2024", "Feedback: 24 and 25 September 2025";
# a header field on a line of its own naming the visit: "Dates on site: 4–6 May 2024", "Visit: 8 and 9 June 2025",
# "On-site dates: ...", "Date of visit: ...".
VISIT_LABEL = (
    r"(?m:^)[ \t]*(?:dates? (?:on[- ]?site|of (?:the )?(?:visit|challenge|review))|on[- ]?site(?: dates?)?"
    r"|(?:review |challenge )?visit(?: dates?)?)"
)
HEADER = (
    rf"(?i)(?:feedback(?: report)?|{VISIT_LABEL})\s*:\s*(?:{WEEKDAY},? )?([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?(?:\s+([0-9]{{4}}))?"
    rf"(?:(?:{DASH}|\s+and\s+)(?:{WEEKDAY},? )?([0-9]{{1,2}}){ORD})?\s+({MONTHS}),?\s+([0-9]{{4}})"
)
# ... and the same field with numeric dates: "Dates of visit: 09/09/2024 – 12/09/2024" (day first).
NUMERIC_HEADER = rf"(?i){VISIT_LABEL}\s*:\s*([0-9]{{1,2}})/([0-9]{{1,2}})/([0-9]{{4}}){DASH}([0-9]{{1,2}})/([0-9]{{1,2}})/([0-9]{{4}})"
TOOK_PLACE_ON = rf"(?i)(?:took place|was held|completed)(?: \(?on-?site\)?| in person| virtually)? on (?:the )?(?:{WEEKDAY},? )?{LONG_DATE}"
# ... not a meeting's day ("A meeting of the Executive was held on Wednesday 12 November 2025": a minute's own
# date, no visit's), its words taken out before the day is looked for
MEETING_HELD = r"(?i)(?-u:\b)meeting(?-u:\b)[^.!?\n]{0,80}?(?-u:\b)(?:was|were) held"
# ... or a review, challenge or visit "carried out (on site) on <date>" ("The review had been carried out on site
# on 7 June 2023 by ...", "the peers' visit, conducted in person on 4 May 2024").
CARRIED_OUT_ON = (
    r"(?i)(?-u:\b)(?:review|challenge|visit|peers?)(?-u:\b)[^.!?\n]{0,60}?(?:carried out|conducted|undertaken)"
    rf"(?: \(?on[- ]?site\)?| in person| virtually)? on (?:the )?(?:{WEEKDAY},? )?{LONG_DATE}"
)
# A progress review's one day named with it ("Progress Review, 5 March 2024", "progress visit on 3rd May 2022").
PROGRESS_DAY = rf"(?i)progress (?:review|visit)(?-u:\b)[^\n.]{{0,40}}?(?:{WEEKDAY},? )?{LONG_DATE}"
# ... or named before it ("welcoming us back on Wednesday 2 July 2025 for the progress review"), only in a text
# whose subject is that return visit (a peer challenge report's "we will return on <day> for a follow-up
# conversation" names no visit of its own).
DAY_FOR_PROGRESS = (
    rf"(?i)(?-u:\b)on (?:{WEEKDAY},? )?{LONG_DATE}\s+for\s+(?:the|a|our|this|your)\s+(?:[\w-]+\s+){{0,2}}?"
    r"(?:progress (?:review|visit)|follow[- ]up visit|return visit)"
)
# A range without a year ("between the 30th June - 2nd July", "between 6 and 9 February", "(14 to 17 March)"); the
# year comes from the month named with one ("In June 2021").
YEARLESS = (
    rf"(?i)(?:(?:between|took place on|on|from)\s+|\()(?:the )?(?:{WEEKDAY},? )?([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?"
    rf"\s*(?:-|–|—|(?-u:\b)to(?-u:\b)|(?-u:\b)and(?-u:\b))\s*(?:{WEEKDAY},? )?([0-9]{{1,2}}){ORD}\s+({MONTHS})(?-u:\b)(?:\.?\s+[^0-9\s]|\.?\s*$|[),.;:])"
)
# Words that put a date range on the peer team's visit (not, say, a consultation's).
# ... or the days a team spent with the council ("From 4 to 6 May 2024 a team from other councils spent three days")
VISIT_CONTEXT = r"(?:(?-u:\b)spent (?:[0-9]|[a-z]+) (?:full )?days(?-u:\b)|(?-u:\b)peers?(?-u:\b)|(?-u:\b)visit|(?-u:\b)on[- ]?site(?-u:\b)|(?-u:\b)onsite(?-u:\b)|(?-u:\b)challenge(?-u:\b)|(?-u:\b)CPC(?-u:\b)|(?-u:\b)peer review(?-u:\b))"
# A financial year: a year and the next ("2018/19", "2017-18", "2009/2010", "2019 to 2020"; not "2018-2022").
FISCAL_YEAR = (
    "((?:"
    + "|".join(rf"{y}\s*(?:/|-|–|to)\s*(?:{y + 1}|{(y + 1) % 100:02d})" for y in range(1990, 2060))
    + r"))(?-u:\b)"
)
QUARTER = r"(?:Q([1-4])|Quarter ([1-4]|One|Two|Three|Four)|(first|second|third|fourth|final|1st|2nd|3rd|4th) quarter)"
QUARTER_NUMBER = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "first": "1",
    "second": "2",
    "third": "3",
}
QUARTER_NUMBER |= {"fourth": "4", "final": "4", "1st": "1", "2nd": "2", "3rd": "3", "4th": "4"}


def make_date(day: pl.Expr, month: pl.Expr, year: pl.Expr) -> pl.Expr:
    """A date from day, month-name (whole or shortened) and year string expressions (null when any part is
    missing)."""
    return pl.concat_str([year, month.str.slice(0, 3), day.str.zfill(2)], separator=" ").str.strptime(
        pl.Date, "%Y %b %d", strict=False
    )


def month_number(month: pl.Expr) -> pl.Expr:
    """The number (1-12) of a month-name (whole or shortened) expression; null when it is no month."""
    return make_date(pl.lit("1"), month, pl.lit("2000")).dt.month()


def date_range(found: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(start, end) of a range extracted with the groups of `VISIT`; a single date when the start day is
    missing from group 4."""
    f = found.struct
    end_day = pl.coalesce(f.field("4"), f.field("1"))
    end = make_date(end_day, f.field("5"), f.field("6"))
    start = make_date(
        f.field("1"), pl.coalesce(f.field("2"), f.field("5")), pl.coalesce(f.field("3"), f.field("6"))
    )
    return start, end


# A sentence about an earlier peer challenge ("The previous corporate peer challenge took place in June 2017"):
# its month and year are not the visit's.
EARLIER_CHALLENGE = (
    r"(?i)[^.!?\n]*(?-u:\b)(?:previous|last|prior|earlier) (?:LGA )?(?:corporate )?(?:peer challenge|peer review|CPC)"
    r"[^.!?\n]*"
)


def visit_period(
    head: pl.Expr, dated: pl.Expr, is_peer_report: pl.Expr, is_progress: pl.Expr
) -> tuple[pl.Expr, pl.Expr]:
    """The peer team's visit: the report header's dates, else "took place on <date>", else a progress review's
    day named with it (named before it only where the text is about the return visit: `is_progress`), else a date range in a sentence about the visit, else (in a peer report) the first
    printed date range, else a range without a year dated by the first "in <Month> <year>" outside a sentence
    about an earlier challenge, else by the document's date (`dated`: the visit is the last such month before
    it)."""
    header = date_range(head.str.extract_groups(HEADER))
    numeric = head.str.extract_groups(NUMERIC_HEADER).struct
    numeric_start, numeric_end = (
        pl.date(*(numeric.field(str(g)).cast(pl.Int32, strict=False) for g in groups))
        for groups in ((3, 2, 1), (6, 5, 4))
    )
    single = head.str.replace_all(MEETING_HELD, "meeting").str.extract_groups(TOOK_PLACE_ON).struct
    carried = head.str.extract_groups(CARRIED_OUT_ON).struct
    on_day = pl.coalesce(
        make_date(single.field("1"), single.field("2"), single.field("3")),
        make_date(carried.field("1"), carried.field("2"), carried.field("3")),
    )
    progress_day = pl.coalesce(
        make_date(*(found.field(g) for g in ("1", "2", "3")))
        for found in (
            head.str.extract_groups(PROGRESS_DAY).struct,
            pl.when(is_progress).then(head).str.extract_groups(DAY_FOR_PROGRESS).struct,
        )
    )
    # a range in a sentence about the visit (the words before it, else after it) first, then the first printed
    patterns = [
        _with_context(p, VISIT_CONTEXT, after)
        for after in (False, True)
        for p in (VISIT, VISIT_AND, VISIT_LIST)
    ]
    # ... or one that "took place" ("It took place from Monday 12 to Thursday 15 June"); a range with no such words
    # near it only in the peer report itself (a council's report has other ranges: a consultation's)
    patterns += [rf"(?i)(?:took place|was held)[^.!?\n]{{0,40}}?{p}" for p in (VISIT, VISIT_AND)]
    loose = pl.when(is_peer_report).then(head)
    ranges = [date_range(head.str.extract_groups(p)) for p in patterns]
    ranges += [date_range(loose.str.extract_groups(p)) for p in (VISIT, VISIT_AND, VISIT_LIST)]
    yearless = head.str.extract_groups(YEARLESS).struct
    month = month_number(yearless.field("4"))
    year = pl.coalesce(
        head.str.replace_all(EARLIER_CHALLENGE, " ").str.extract(
            rf"(?i)(?-u:\b)(?:in|during) (?:{MONTHS}) ([0-9]{{4}})", 1
        ),
        (dated.dt.year() - (month > dated.dt.month()).cast(pl.Int32)).cast(pl.String),
    )
    loose_start = make_date(yearless.field("1"), pl.coalesce(yearless.field("2"), yearless.field("4")), year)
    loose_end = make_date(yearless.field("3"), yearless.field("4"), year)
    return (
        pl.coalesce(header[0], numeric_start, on_day, progress_day, *(r[0] for r in ranges), loose_start),
        pl.coalesce(header[1], numeric_end, on_day, progress_day, *(r[1] for r in ranges), loose_end),
    )


def _with_context(pattern: str, context: str, after: bool = False) -> str:
    """`pattern` (its groups kept) in one sentence with `context` before it (or `after` it)."""
    # the rest of the sentence: a wrapped line goes on, a blank line or a bullet ends it
    between = r"(?:[^.!?\n]|\n[ \t]*[^\s.!?•*\-–]){0,200}?"
    if after:
        return rf"(?i){pattern}{between}{context}"
    return rf"(?i){context}{between}[ \t]*\n?[ \t]*{pattern}"
