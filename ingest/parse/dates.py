"""Dates a report prints: a peer team's visit, a reporting period, the report's or meeting's own date."""

from __future__ import annotations

from typing import Any

import polars as pl

# Month names, whole or shortened ("Sept", "Dec."); dates are read from their first three letters.
MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?-u:\b)\.?"
)
WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
ORD = r"(?:st|nd|rd|th)?(?:\s*</?sup>\s*(?:st|nd|rd|th)?\s*</?sup>)?"
DASH = r"\s*(?:-|–|—|to)\s*"
LONG_DATE = rf"([0-9]{{1,2}}){ORD}\s+({MONTHS}),?\s+([0-9]{{4}})"
# One visit-date range: "12 -15 March 2018", "3rd-6th June 2019", "30 November – 2 December 2019", "Tuesday 3 to
# Friday 6 October 2023".
VISIT = rf"([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?(?:\s+([0-9]{{4}}))?{DASH}(?:{WEEKDAY},?\s+)?([0-9]{{1,2}}){ORD}\s+({MONTHS}),?\s+([0-9]{{4}})"
# The same with "and": "between 29th and 31st October 2024", "Wednesday 24 and Thursday 25 September 2025".
VISIT_AND = (
    rf"(?:between (?:the )?(?:{WEEKDAY},? )?|{WEEKDAY},? )([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?(?:\s+([0-9]{{4}}))?\s+and\s+"
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
# ... or a review, challenge or visit "carried out (on site) on <date>" ("The review had been carried out on site
# on 7 June 2023 by ...", "the peers' visit, conducted in person on 4 May 2024").
CARRIED_OUT_ON = (
    r"(?i)(?-u:\b)(?:review|challenge|visit|peers?)(?-u:\b)[^.!?\n]{0,60}?(?:carried out|conducted|undertaken)"
    rf"(?: \(?on[- ]?site\)?| in person| virtually)? on (?:the )?(?:{WEEKDAY},? )?{LONG_DATE}"
)
# A progress review's one day named with it ("Progress Review, 5 March 2024", "progress visit on 3rd May 2022").
PROGRESS_DAY = rf"(?i)progress (?:review|visit)(?-u:\b)[^\n.]{{0,40}}?(?:{WEEKDAY},? )?{LONG_DATE}"
# A range without a year ("between the 30th June - 2nd July", "between 6 and 9 February", "(14 to 17 March)"); the
# year comes from the month named with one ("In June 2021").
YEARLESS = (
    rf"(?i)(?:(?:between|took place on|on|from)\s+|\()(?:the )?(?:{WEEKDAY},? )?([0-9]{{1,2}}){ORD}(?:\s+({MONTHS}))?"
    rf"\s*(?:-|–|—|(?-u:\b)to(?-u:\b)|(?-u:\b)and(?-u:\b))\s*(?:{WEEKDAY},? )?([0-9]{{1,2}}){ORD}\s+({MONTHS})(?-u:\b)(?:\.?\s+[^0-9\s]|\.?\s*$|[),.;:])"
)
# Words that put a date range on the peer team's visit (not, say, a consultation's).
# ... or the days a team spent with the council ("From 4 to 6 May 2024 a team from other councils spent three days")
VISIT_CONTEXT = r"(?:(?-u:\b)spent (?:[0-9]|[a-z]+) (?:full )?days(?-u:\b)|(?-u:\b)peers?(?-u:\b)|(?-u:\b)visit|(?-u:\b)on-?site(?-u:\b)|(?-u:\b)onsite(?-u:\b)|(?-u:\b)challenge(?-u:\b)|(?-u:\b)CPC(?-u:\b)|(?-u:\b)peer review(?-u:\b))"
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


def _range(found: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
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


def visit_period(head: pl.Expr, dated: pl.Expr, is_peer_report: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The peer team's visit: the report header's dates, else "took place on <date>", else a progress review's
    day named with it, else a date range in a sentence about the visit, else (in a peer report) the first
    printed date range, else a range without a year dated by the first "in <Month> <year>" outside a sentence
    about an earlier challenge, else by the document's date (`dated`: the visit is the last such month before
    it)."""
    header = _range(head.str.extract_groups(HEADER))
    numeric = head.str.extract_groups(NUMERIC_HEADER).struct
    numeric_start, numeric_end = (
        pl.date(*(numeric.field(str(g)).cast(pl.Int32, strict=False) for g in groups))
        for groups in ((3, 2, 1), (6, 5, 4))
    )
    single = head.str.extract_groups(TOOK_PLACE_ON).struct
    carried = head.str.extract_groups(CARRIED_OUT_ON).struct
    on_day = pl.coalesce(
        make_date(single.field("1"), single.field("2"), single.field("3")),
        make_date(carried.field("1"), carried.field("2"), carried.field("3")),
    )
    progress = head.str.extract_groups(PROGRESS_DAY).struct
    progress_day = make_date(progress.field("1"), progress.field("2"), progress.field("3"))
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
    ranges = [_range(head.str.extract_groups(p)) for p in patterns]
    ranges += [_range(loose.str.extract_groups(p)) for p in (VISIT, VISIT_AND, VISIT_LIST)]
    yearless = head.str.extract_groups(YEARLESS).struct
    month = make_date(pl.lit("1"), yearless.field("4"), pl.lit("2000")).dt.month()
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


def _month_end(month: pl.Expr, year: pl.Expr) -> pl.Expr:
    return make_date(pl.lit("1"), month, year).dt.month_end()


def _quarter_period(head: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """A quarter of a financial year ("the second quarter of the 2019/20 financial year", "Q2 2024/25",
    "2018/19 - Quarter Two", "2024-25: Projected Outturn at Quarter 2", "Quarter 2 (July to September) of 2015/16", "Quarter 3 2023/24 (October to
    December 2023)", "2025-26: Quarter 1 (April to June 2025)") -> (start if its months are printed, end). The
    months may be printed at a later mention of the same quarter ("Quarter 4 2024-25" in the title, "the fourth
    quarter of 2024-25 (January to March 2025)", "..., covering January to March 2025" below it)."""
    months = rf"\(({MONTHS})\s*(?:to|-|–|—)\s*(?:{MONTHS})(?:,?\s+[0-9]{{4}})?\)"
    before = head.str.extract_groups(
        rf"(?i){QUARTER}\)?(?: {months})?,? (?:of )?(?:the )?{FISCAL_YEAR}(?:[ \t]*{months})?"
    ).struct
    after = head.str.extract_groups(
        rf"(?i){FISCAL_YEAR}(?:[^\n.]{{0,20}}?|[^\n.]{{0,40}}?(?-u:\b)(?:at|for|to)\s+)(?-u:\b){QUARTER}(?: {months})?"
    ).struct
    printed = head.str.extract_groups(
        rf"(?i){QUARTER}\)?(?: {months})?,? (?:of )?(?:the )?{FISCAL_YEAR}"
        rf"(?:[ \t]*{months}|,?[ \t]+covering[ \t]+({MONTHS})\s*(?:to|-|–|—)\s*{MONTHS})"
    ).struct
    number = pl.coalesce(
        before.field("1"),
        before.field("2"),
        before.field("3"),
        after.field("2"),
        after.field("3"),
        after.field("4"),
    ).str.to_lowercase()
    quarter = number.replace(QUARTER_NUMBER).cast(pl.Int32, strict=False)
    first_year = (
        pl.coalesce(
            pl.when(
                before.field("1").is_not_null()
                | before.field("2").is_not_null()
                | before.field("3").is_not_null()
            ).then(before.field("5")),
            after.field("1"),
        )
        .str.slice(0, 4)
        .cast(pl.Int32, strict=False)
    )
    end_month = (quarter * 3 + 3 - 1) % 12 + 1
    end_year = first_year + (quarter == 4).cast(pl.Int32)
    end = pl.date(end_year, end_month, 1).dt.month_end()
    later = pl.coalesce(printed.field("1"), printed.field("2"), printed.field("3")).str.to_lowercase()
    same = (later.replace(QUARTER_NUMBER) == number.replace(QUARTER_NUMBER)) & (
        printed.field("5").str.slice(0, 4).cast(pl.Int32, strict=False) == first_year
    )
    start_month = pl.coalesce(
        before.field("4"),
        before.field("6"),
        # months printed after a quarter name that quarter only where no quarter before them gave the year
        pl.when(before.field("1").is_null() & before.field("2").is_null() & before.field("3").is_null()).then(
            after.field("5")
        ),
        pl.when(same).then(pl.coalesce(printed.field("6"), printed.field("7"))),
    )
    start_number = make_date(pl.lit("1"), start_month, pl.lit("2000")).dt.month()
    start = make_date(
        pl.lit("1"), start_month, (first_year + (start_number < 4).cast(pl.Int32)).cast(pl.String)
    )
    return start, end


# A year's accounts cover that financial year: "Statement of Accounts 2023/24", "Unaudited Annual Accounts 2024/25".
ACCOUNTS_YEAR = (
    rf"(?i)(?-u:\b)(?:statement of accounts|annual accounts)(?: for)?(?: the)?(?: (?:financial )?year)?"
    rf"[ \t]*[-–—:]?[ \t]*{FISCAL_YEAR}"
)
# A whole financial year printed as its days: "the financial year 1 April 2023 to 31 March 2024".
# ... "from 1 April 2024 until 31 March 2025"
WHOLE_YEAR = (
    rf"(?i)(?-u:\b)1{ORD}\s+April,?\s+([0-9]{{4}})(?:{DASH}|\s+until\s+)31{ORD}\s+March,?\s+([0-9]{{4}})"
)


# The months a report covers: "covering the six months from April to September 2024", "from April to June 2025";
# "for the period April to June 2024"; a monitoring month with its name: "Month 6 (September 2024)".
# ... a label's "Reporting period: October – December 2024"; a title's "(APRIL TO DECEMBER 2022)"
MONTH_RANGE = (
    r"(?i)(?:(?-u:\b)(?:from|covering|the\s+period(?:\s+from)?|(?:reporting\s+)?period\s*:)\s+|\(\s*)"
    rf"({MONTHS})\s*(?:to|-|–|—)\s*({MONTHS}),?\s+([0-9]{{4}})"
)
MONTH_NUMBER = rf"(?i)(?-u:\b)month\s+[0-9]{{1,2}}\s*(?:\(|[-–—,:]\s*)({MONTHS}),?\s+([0-9]{{4}})"


# The months of a financial year a monitoring report covers, up to their last day: "4 months to 31 July 2024",
# "the six months ended 30 September 2024", "four months to 31 July" (the year from the financial year named).
MONTH_COUNT = {
    w: str(n) for n, w in enumerate("one two three four five six seven eight nine ten eleven".split(), 1)
}
MONTHS_TO = (
    rf"(?i)(?-u:\b)([0-9]{{1,2}}|{'|'.join(MONTH_COUNT)})\s+months\s+(?:to|ended|ending)\s+(?:the\s+)?"
    rf"([0-9]{{1,2}}){ORD}\s+({MONTHS})(?:,?\s+([0-9]{{4}}))?"
)


def _months_to(head: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(first day, last day) of "<n> months to <day> <month> [<year>]"; a year left out is the financial
    year's named in the text (its first year for April to December, else the next)."""
    found = head.str.extract_groups(MONTHS_TO).struct
    count = found.field("1").str.to_lowercase().replace(MONTH_COUNT).cast(pl.Int32, strict=False)
    month = make_date(pl.lit("1"), found.field("3"), pl.lit("2000")).dt.month()
    fiscal = head.str.extract(FISCAL_YEAR, 1).str.slice(0, 4).cast(pl.Int32, strict=False)
    year = pl.coalesce(found.field("4"), (fiscal + (month < 4).cast(pl.Int32)).cast(pl.String))
    end = make_date(found.field("2"), found.field("3"), year)
    months = end.dt.year() * 12 + end.dt.month() - count  # the month before the first, counted from year 0
    start = pl.date(months // 12, months % 12 + 1, 1)
    return pl.when(end.is_not_null()).then(start), end


def _month_range(head: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(first day, last day) of the months a report says it covers; the start a year back where its month comes
    later in the year than the end's ("from October to March 2025")."""
    found = head.str.extract_groups(MONTH_RANGE).struct
    end = _month_end(found.field("2"), found.field("3"))
    first = make_date(pl.lit("1"), found.field("1"), found.field("3"))
    return pl.when(first > end).then(first.dt.offset_by("-1y")).otherwise(first), end


def reporting_period(head: pl.Expr, is_performance: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The period a monitoring, outturn, accounts or performance report covers: "as at the end of <Month>
    <year>", a quarter of a financial year, a report "as at 31 December 2024", "expenditure to 31 December 2024"
    ("position to"), a financial
    year's outturn or accounts ("Statement of Accounts 2023/24", "1 April 2023 to 31 March 2024"), (for a
    performance report) the financial year it names, else "the year ended 31 March 2025"; a monitoring month
    ("Month 6 (September 2024)") or the months covered ("from April to September 2024"). The start only where
    it is printed: the quarter's months, a whole financial year's first day, or a date range or months covered
    ending on the period's end ("1 October to 31 December 2019")."""
    ranged = _range(head.str.extract_groups(VISIT))
    # a range in brackets under the title, in capitals too: "(1 JULY TO 30 SEPTEMBER 2024)"
    bracketed = _range(head.str.extract_groups(rf"(?i)\(\s*{VISIT}\s*\)"))
    as_at = head.str.extract_groups(
        rf"(?i)(?:up (?:un)?till? |(?:as )?at the end of |to the end of )(?:([0-9]{{1,2}}){ORD}\s+)?({MONTHS}),?\s+([0-9]{{4}})"
    ).struct
    as_at_end = pl.coalesce(
        make_date(as_at.field("1"), as_at.field("2"), as_at.field("3")),
        _month_end(as_at.field("2"), as_at.field("3")),
    )
    quarter_start, quarter_end = _quarter_period(head)
    months_start, months_end = _month_range(head)
    counted_start, counted_end = _months_to(head)
    month = head.str.extract_groups(MONTH_NUMBER).struct
    whole = head.str.extract_groups(WHOLE_YEAR).struct
    first, last = (whole.field(g).cast(pl.Int32, strict=False) for g in ("1", "2"))
    whole_year = pl.when(last == first + 1).then(first)
    outturn_year = (
        pl.coalesce(
            head.str.extract(
                rf"(?im)^[^\n]{{0,60}}(?-u:\b)outturn(?-u:\b)[^\n]{{0,40}}?{FISCAL_YEAR}[^\n]{{0,40}}$", 1
            ),
            head.str.extract(
                rf"(?im)^[^\n]{{0,40}}?{FISCAL_YEAR}[^\n]{{0,40}}(?-u:\b)outturn(?-u:\b)[^\n]{{0,40}}$", 1
            ),
            head.str.extract(rf"(?i)(?-u:\b)ended (?:the )?{FISCAL_YEAR}", 1),
            head.str.extract(ACCOUNTS_YEAR, 1),
            pl.when(whole_year.is_not_null()).then(whole_year.cast(pl.String)),
            pl.when(is_performance).then(head.str.extract(FISCAL_YEAR, 1)),
        )
        .str.slice(0, 4)
        .cast(pl.Int32, strict=False)
    )
    year_end = pl.date(outturn_year + 1, 3, 31)
    ended = head.str.extract_groups(rf"(?i)(?-u:\b)year end(?:ed|ing)(?: on)?\s+{LONG_DATE}").struct
    # "Financial Overview and Forecast as at 31st December 2023", "Revenue Budget Monitoring: Position at 30 June 2024"
    report_as_at = head.str.extract_groups(
        rf"(?i)(?-u:\b)(?:(?:forecast|overview|position|monitoring|report|update|performance)\s+as|position)\s+at\s+"
        rf"(?:the\s+)?{LONG_DATE}"
    ).struct
    spent = head.str.extract_groups(
        rf"(?i)(?-u:\b)(?:expenditure|spend|spending|position)\s+to\s+{LONG_DATE}"
    ).struct
    end = pl.coalesce(
        as_at_end,
        quarter_end,
        make_date(*(report_as_at.field(g) for g in "123")),
        make_date(*(spent.field(g) for g in "123")),
        _month_end(month.field("1"), month.field("2")),
        months_end,
        counted_end,
        year_end,
        make_date(*(ended.field(g) for g in "123")),
        bracketed[1],
    )
    start = (
        pl.when(ranged[1] == end)
        .then(ranged[0])
        .when(bracketed[1] == end)
        .then(bracketed[0])
        .when(months_end == end)
        .then(months_start)
        .when(counted_end == end)
        .then(counted_start)
        .when(pl.date(whole_year + 1, 3, 31) == end)
        .then(pl.date(whole_year, 4, 1))
        .otherwise(quarter_start)
    )
    return start, end


# A label and its value on one line: "Date of meeting: 12 May 2023", or a table's cells ("Date of meeting<TAB>12 May
# 2023", two or more spaces, a markdown table's "| Date of meeting | 12 May 2023 |").
LABEL_SEP = r"(?:[ \t]*:[ \t]*|[ \t]*\t[ \t]*| {2,}|[ \t]*\|[ \t]*)"
DATE_LABEL = r"(?:date of (?:the )?meeting|meeting date|date of decision|decision date|date)"
# A meeting body that heads a report with its date ("Cabinet, 14 May 2024", "Report to Cabinet – 9 July 2024").
BODY = r"(?:cabinet|council|committee|executive|board|panel|scrutiny|commission|assembly)"
# What may follow the meeting's date on its header line: "– Agenda item 8", "(Item 12)", "at 6.30 pm".
AFTER_DATE = (
    r"(?:[ \t]*[-–—,|]?[ \t]*(?:\(?(?:agenda )?item(?: no\.?)?[ \t]*[0-9][0-9a-z.]*\)?"
    r"|at [0-9]{1,2}(?:[.:][0-9]{2})?[ \t]*(?:[ap]\.?m\.?)?))?"
)
# Who reports to the meeting body, before it: "Report of the Cabinet Member for Finance, Assets and Property to the"
# (then "Scrutiny Panel – 4 June 2024").
REPORT_OF_TO = r"report (?:of|by|from) [^\n]{1,150}? to[ \t]+"
# A header line's markdown ("## Cabinet – 12 March 2024", "**Tuesday 4 July 2023, 6.30pm, Town Hall**").
MARKUP = r"(?:#+[ \t]*)?(?:\*\*|__)?"
MARKUP_END = r"(?:\*\*|__)?"
# A meeting's time (and place) after its date on a line of its own: ", 6.30pm, Council Chamber".
AT_TIME = r"(?:,?[ \t]*(?:at[ \t]+)?[0-9]{1,2}(?:[.:][0-9]{2})?[ \t]*[ap]\.?m\.?(?:,[^\n*]{0,80})?)?"
# A signature block's role line ("Director of Finance (Section 151 Officer)", "Chief Executive"): a statement of
# accounts or letter signed at its end, its date alone on the next line.
SIGNATORY = (
    r"(?:director|chief executive|chief financ(?:e|ial) officer|section 151 officer|s151 officer|treasurer|"
    r"head of finance)"
)


# "Published: 3 December 2024", "Last updated 9 May 2024": a page's own date, a peer report's too.
PUBLISHED = (
    r"(?im)^[ \t]*(?:\|[ \t]*)?(?:(?:(?:report|document|letter|feedback)[ \t]+)?(?:first |last )?"
    r"(?:published|posted|updated|issued|date published|date of (?:issue|publication))"
    # ... a header table's "| Report date | 14 May 2025 |"
    r"|(?:report|document|letter|feedback)[ \t]+date)(?: on)?[ \t]*[:|]?[ \t]*"
    rf"(?:{WEEKDAY},?\s+)?{LONG_DATE}"
)


def document_date(head: pl.Expr, opening: pl.Expr, end: pl.Expr, is_peer_report: pl.Expr) -> pl.Expr:
    """The date a meeting record, council report, news page or letter prints as its own: "Meeting: 18/12/2019 -
    Cabinet", "Date of decision: 13/11/2025", "Date of meeting: 12 November 2019" (or a table's "Date of
    meeting<TAB>12 November 2019"), a decision line "13/07/2020 - <item>", "Meeting of Cabinet, Wednesday, 26th
    March, 2025", "meeting of Cabinet held on Wednesday 19 March 2025" (or "held in <place> on ..."), a header line naming the meeting body
    ("Cabinet, 14 November 2024", "Report to: Cabinet – 18 July 2024", "Cabinet, 3 June 2025 – Agenda item 8"),
    "Published: 3 December 2024" (posted, updated, issued), a date on its own line ("- Tuesday 05 December 2017";
    without its weekday only near the top), a letter's date (before "Dear", or heading the letter's address
    block), or else the date under a signatory's role line in the text's `end` (a statement of accounts signed
    "Director of Finance (Section 151 Officer)" then "28 June 2024").
    The numeric forms are looked for in the longer `opening` (a decision record lists them after its text).
    A peer report's only own dates are its letter date and a printed publication date ("Published 9 May 2024"):
    a date heading it is the visit. A header line's body and date may be apart in columns ("Cabinet    12 May
    2025"), or stand in the right-hand column of the report's running header ("Wyvern Council      Cabinet, 12
    May 2025")."""
    numeric = [
        rf"(?i)(?:^|\n)[ \t]*(?:meeting|date of decision|decided at meeting|decision date|date of meeting|date){LABEL_SEP}([0-9]{{1,2}})/([0-9]{{1,2}})/([0-9]{{4}})",
        r"(?:^|\n)[ \t]*([0-9]{1,2})/([0-9]{1,2})/([0-9]{4}) [-–] ",
    ]
    written = [
        rf"(?i)meeting of [^,\n]{{1,60}},\s*{WEEKDAY},?\s+{LONG_DATE}",
        # "... held on 19 March 2025", "... held in the Council Chamber, Town Hall on Tuesday 4 March 2025"
        rf"(?i)meeting of [^,\n]{{1,60}}? held (?:[^\n]{{0,150}}? )?on (?:{WEEKDAY},?\s+)?(?:the\s+)?{LONG_DATE}",
        # a minute's line "HELD ON Thursday, 23rd January 2025 at 7.30 pm" under its "MINUTES OF THE CABINET"
        rf"(?i)(?:^|\n)[ \t]*{MARKUP}minutes of [^\n]{{1,80}}\n(?:[ \t]*\n)*[ \t]*held on (?:{WEEKDAY},?\s+)?"
        rf"(?:the\s+)?{LONG_DATE}",
        # a minute's heading line "Minutes of the meeting held on Thursday 14 March 2024 at the Town Hall"
        rf"(?im)^[ \t]*{MARKUP}minutes of (?:the |a )?meeting held (?:[^\n]{{0,150}}? )?on (?:{WEEKDAY},?\s+)?"
        rf"(?:the\s+)?{LONG_DATE}",
        rf"(?im)^[ \t]*(?:\|[ \t]*)?{DATE_LABEL}{LABEL_SEP}(?:{WEEKDAY},?\s+)?{LONG_DATE}",
        rf"(?:^|\n)[ \t]*{MARKUP}(?:[-•][ \t]*)?{WEEKDAY},?\s+{LONG_DATE}{AT_TIME}{MARKUP_END}[ \t]*(?:\n|$)",
        rf"(?im)^[ \t]*{MARKUP}(?:report to[ \t]*:?[ \t]*|{REPORT_OF_TO}|meeting of |meeting[ \t]*:[ \t]*)?(?:the )?(?:[a-z][a-z &'-]{{0,40}}?(?-u:\b))?"
        rf"{BODY}(?: meeting)?(?:[ \t]*(?:,|:|[-–—]|(?-u:\b)on(?-u:\b))[ \t]*|[ \t]*\t[ \t]*| {{2,}})(?:{WEEKDAY},?\s+)?"
        rf"{LONG_DATE}{AFTER_DATE}"
        rf"{MARKUP_END}[ \t]*$",
        PUBLISHED,
        # "Report to    Cabinet" with its date on the line below, in the same column ("            12 May 2025")
        rf"(?im)^[ \t]*report to\b[^\n]{{0,120}}\n[ \t]*(?:{WEEKDAY},?\s+)?{LONG_DATE}(?:[ \t]{{2,}}[^\n]{{0,40}})?[ \t]*$",
    ]
    dates = [_numeric_date(opening.str.extract_groups(p).struct) for p in numeric]
    dates += [_written_date(head.str.extract_groups(p).struct) for p in written]
    top = head.str.slice(0, 600)  # a date alone on its line near the top: the page's or report's date
    alone = rf"(?i)(?:^|\n)[ \t]*{LONG_DATE}[ \t]*(?:\n|$)"  # in capitals too: "5 NOVEMBER 2024"
    dates.append(_written_date(top.str.extract_groups(alone).struct))
    # a running header's right-hand column: "Wyvern District Council          Cabinet – 12 May 2025"
    right = (
        rf"(?im)^[ \t]*[^\n]{{1,80}}?[ \t]{{3,}}{MARKUP}(?:the )?{BODY}(?: meeting)?[ \t]*(?:,|:|[-–—])[ \t]*"
        rf"(?:{WEEKDAY},?\s+)?{LONG_DATE}{AFTER_DATE}{MARKUP_END}[ \t]*$"
    )
    dates.append(_written_date(top.str.extract_groups(right).struct))
    letter = pl.coalesce(
        _written_date(head.str.extract_groups(rf"(?:^|\n|\s){LONG_DATE}\s*Dear\s").struct),
        # the date heading a letter's address block: "29 May 2024\n\nCllr Jo Bloggs\nLeader\n...\n\nDear Jo"
        _written_date(
            head.str.extract_groups(
                rf"(?:^|\n)[ \t]*{LONG_DATE}[ \t]*\n(?:[^\n]{{0,80}}\n){{1,12}}?[ \t]*Dear\s"
            ).struct
        ),
    )
    signed = end.str.extract_groups(
        rf"(?im)^[^\n]{{0,80}}{SIGNATORY}[^\n]{{0,80}}\n[ \t]*(?:{WEEKDAY},?\s+)?{LONG_DATE}[ \t]*$"
    )
    return (
        pl.when(is_peer_report)
        .then(pl.coalesce(letter, _written_date(head.str.extract_groups(PUBLISHED).struct)))
        .otherwise(pl.coalesce(*dates, letter, _written_date(signed.struct)))
    )


def _numeric_date(found: Any) -> pl.Expr:
    """dd/mm/yyyy from groups 1-3."""
    return pl.date(*(found.field(g).cast(pl.Int32, strict=False) for g in ("3", "2", "1")))


def _written_date(found: Any) -> pl.Expr:
    return make_date(found.field("1"), found.field("2"), found.field("3"))
