"""A report's reporting period: the quarter, months or financial year it covers, up to the day it reports to."""

from __future__ import annotations

from typing import Any

import polars as pl

from ingest.parse.councils import title_zone
from ingest.parse.dates import (
    DASH,
    FISCAL_YEAR,
    LONG_DATE,
    MONTHS,
    ORD,
    QUARTER,
    QUARTER_NUMBER,
    VISIT,
    date_range,
    make_date,
    month_number,
)
from ingest.parse.lines import DOT


def _month_end(month: pl.Expr, year: pl.Expr) -> pl.Expr:
    return make_date(pl.lit("1"), month, year).dt.month_end()


def _calendar_year(first_year: pl.Expr, month: pl.Expr) -> pl.Expr:
    """The calendar year of a month (1-12) of the financial year beginning in April of `first_year`."""
    return first_year + (month < 4).cast(pl.Int32)


def _counted_from_april(number: pl.Expr) -> pl.Expr:
    """The month (1-12) that is a financial year's month `number`, counted from April (month 1)."""
    return (number + 2) % 12 + 1


def _financial_month_end(first_year: pl.Expr, month: pl.Expr) -> pl.Expr:
    """The last day of a month (1-12) of the financial year beginning in April of `first_year`."""
    return pl.date(_calendar_year(first_year, month), month, 1).dt.month_end()


def _day_or_month_end(found: Any) -> pl.Expr:
    """The date a match's groups 1-3 (day, month, year) print, else its month's last day where no day is printed."""
    return pl.coalesce(
        make_date(*(found.field(g) for g in "123")), _month_end(found.field("2"), found.field("3"))
    )


def _same_quarter(found: Any, number: pl.Expr, first_year: pl.Expr) -> pl.Expr:
    """Whether a later mention of a quarter (groups 1-3 its number, 5 its financial year) names the same one."""
    later = pl.coalesce(found.field("1"), found.field("2"), found.field("3")).str.to_lowercase()
    return (later.replace(QUARTER_NUMBER) == number.replace(QUARTER_NUMBER)) & (
        found.field("5").str.slice(0, 4).cast(pl.Int32, strict=False) == first_year
    )


def _quarter_period(head: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """A quarter of a financial year ("the second quarter of the 2019/20 financial year", "Q2 2024/25",
    "2018/19 - Quarter Two", "2024-25: Projected Outturn at Quarter 2", "2024/25 Budget Monitoring: Quarter 2",
    "Quarter 2 (July to September) of 2015/16", "Quarter 3 2023/24 (October to December 2023)", "2025-26: Quarter
    1 (April to June 2025)") -> (start if its months are printed, end). The months may be printed at a later
    mention of the same quarter ("Quarter 4 2024-25" in the title, "the fourth quarter of 2024-25 (January to March
    2025)", "..., covering January to March 2025" below it)."""
    months = rf"\(({MONTHS})\s*(?:to|-|–|—)\s*(?:{MONTHS})(?:,?\s+[0-9]{{4}})?\)"
    before = head.str.extract_groups(
        rf"(?i){QUARTER}\)?(?: {months})?,? (?:of )?(?:the )?{FISCAL_YEAR}(?:[ \t]*{months})?"
    ).struct
    after = head.str.extract_groups(
        rf"(?i){FISCAL_YEAR}(?:[^\n.]{{0,20}}?|[^\n.]{{0,40}}?(?:(?-u:\b)(?:at|for|to)\s+|[:–—-]\s*))(?-u:\b){QUARTER}"
        rf"(?: {months})?"
    ).struct
    printed = head.str.extract_groups(
        rf"(?i){QUARTER}\)?(?: {months})?,? (?:of )?(?:the )?{FISCAL_YEAR}"
        rf"(?:[ \t]*{months}|,?[ \t]+covering[ \t]+({MONTHS})\s*(?:to|-|–|—)\s*{MONTHS})"
    ).struct
    # ... or before the year at that later mention ("Q4 2017/18" in the title, "Quarter 4 (January to March) of
    # 2017/18" below it)
    printed_first = head.str.extract_groups(
        rf"(?i){QUARTER}\)? {months},? (?:of )?(?:the )?{FISCAL_YEAR}"
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
    same = _same_quarter(printed, number, first_year)
    start_month = pl.coalesce(
        before.field("4"),
        before.field("6"),
        # months printed after a quarter name that quarter only where no quarter before them gave the year
        pl.when(before.field("1").is_null() & before.field("2").is_null() & before.field("3").is_null()).then(
            after.field("5")
        ),
        pl.when(same).then(pl.coalesce(printed.field("6"), printed.field("7"))),
        pl.when(_same_quarter(printed_first, number, first_year)).then(printed_first.field("4")),
    )
    start = make_date(
        pl.lit("1"), start_month, _calendar_year(first_year, month_number(start_month)).cast(pl.String)
    )
    return start, end


# A year's accounts cover that financial year: "Statement of Accounts 2023/24", "Unaudited Annual Accounts 2024/25".
ACCOUNTS_YEAR = (
    rf"(?i)(?-u:\b)(?:statement of accounts|annual accounts)(?: for)?(?: the)?(?: (?:financial )?year)?"
    rf"[ \t]*[-–—:]?[ \t]*{FISCAL_YEAR}"
)
# A whole financial year printed as its days: "the financial year 1 April 2023 to 31 March 2024".
# ... "from 1 April 2024 until 31 March 2025"
# (group 3 a forecast or plan's word right after the days: "Capital spending from 1 April 2025 to 31 March 2026 is
# forecast at £12m" is a year's forecast in a monitoring report, not its period)
FORECAST_AFTER = (
    r"(\s+(?:(?:is|are)\s+(?:now\s+)?)?"
    r"(?:forecast|projected|planned|budgeted|estimated|expected|will)(?-u:\b))?"
)
WHOLE_YEAR = (
    rf"(?i)(?-u:\b)1{ORD}\s+April,?\s+([0-9]{{4}}){DASH}31{ORD}\s+March,?\s+([0-9]{{4}})" + FORECAST_AFTER
)


# The months a report covers: "covering the six months from April to September 2024", "from April to June 2025";
# "for the period April to June 2024"; a monitoring month with its name: "Month 6 (September 2024)".
# ... a label's "Reporting period: October – December 2024"; a title's "(APRIL TO DECEMBER 2022)"
# ... "Period covered: Quarter 2, July to September 2024" (a quarter named before its months), a title's "Performance
# Update - July to September 2023"; in brackets the year perhaps in two digits ("Quarter 1 (Apr - June 18)")
MONTH_RANGE = (
    r"(?i)(?:(?-u:\b)(?:from|covering|the\s+period(?:\s+from)?|(?:reporting\s+)?period(?:\s+covered)?\s*:)\s+"
    r"|(?-u:\b)(?:update|report|monitoring)\s*[-–—:]\s*"
    r"|(?-u:\b)(?:Q[1-4]|Quarter\s+(?:[1-4]|One|Two|Three|Four))\s*[,:–—-]\s*|\(\s*)"
    rf"({MONTHS})\s*(?:to|-|–|—)\s*({MONTHS}),?\s+([0-9]{{4}}|[0-9]{{2}}[ \t]*\))"
)
# ... or the months alone on a line under the title ("*October to December 2024*")
MONTHS_LINE = (
    rf"(?im)^[ \t]*[*_]{{0,3}}({MONTHS})\s*(?:to|-|–|—)\s*({MONTHS}),?\s+([0-9]{{4}})[*_]{{0,3}}[ \t]*$"
)
# ... also up to its last day: "Month 6 (to 30 September 2025)"; a monitoring period's number the same way ("the
# end of period 6 (30 September 2024)", "Period 9 (December 2024)")
# (a day printed is the period's end: a four-weekly period's "Period 7 (to 17 October 2025)"; else the month's)
MONTH_NUMBER = (
    rf"(?i)(?-u:\b)(?:month|period)\s+[0-9]{{1,2}}\s*(?:\(|[-–—,:]\s*)(?:(?:to|ending|ended)\s+)?"
    rf"(?:([0-9]{{1,2}}){ORD}\s+)?({MONTHS}),?\s+([0-9]{{4}})"
)
# The days a report covers: "Covering the period 1 April to 30 June 2025", "for the period 1 July to 30 September
# 2024"; the months counted before them ("for the six months from 1 April to 30 September 2025")
PERIOD_DAYS = (
    r"(?i)(?-u:\b)(?:covering|for|over)\s+the\s+(?:period|(?:[a-z0-9]+\s+)?months)\s+(?:from\s+)?"
    rf"{VISIT}"
)
# ... or the spending counted between them: "general fund expenditure from the 1 April 2025 to the 26 July 2025"
# (groups as VISIT's; group 7 a forecast or plan's word right after the range: "expenditure from 1 April 2025 to
# 30 September 2025 is projected at £4m" counts no spending to date)
SPENT_DAYS = (
    rf"(?i)(?-u:\b)(?:expenditure|spend|spending)\s+from\s+(?:the\s+)?([0-9]{{1,2}}){ORD}\s+({MONTHS})"
    rf"(?:,?\s+([0-9]{{4}}))?\s+(?:to|until)\s+(?:the\s+)?{LONG_DATE}" + FORECAST_AFTER
)
MAX_PERIOD_DAYS = 366  # a financial year, in a leap year


# The months of a financial year a monitoring report covers, up to their last day: "4 months to 31 July 2024",
# "the six months ended 30 September 2024", "four months to 31 July" (the year from the financial year named).
MONTH_COUNT = {
    w: str(n) for n, w in enumerate("one two three four five six seven eight nine ten eleven".split(), 1)
}
MONTHS_TO = (
    rf"(?i)(?-u:\b)([0-9]{{1,2}}|{'|'.join(MONTH_COUNT)})\s+months\s+(?:to|ended|ending)\s+(?:the\s+)?"
    rf"([0-9]{{1,2}}){ORD}\s+({MONTHS})(?:,?\s+([0-9]{{4}}))?"
)


# A monitoring month or period counted from April, with the financial year named elsewhere in the text: "the
# budget monitoring position for 2025/26 ... as at Month 4" (July 2025), "the forecast outturn for 2025/26 as at
# period 8" (November 2025); a thirteenth four-weekly period is no month
# (in the sentence that names the year after a monitoring word: "the financial position as at Period 4" alone says
# no year, and "the 2025/26 budget was noted; the lease runs to period 3 of the contract" is no monitoring period)
MONTH_COUNTED = (
    r"(?i)(?-u:\b)(?:position|monitoring|forecast|outturn|spending|expenditure)(?-u:\b)[^.\n]{0,60}?"
    rf"{FISCAL_YEAR}[^.\n]{{0,250}}?(?-u:\b)(?:as\s+at|at|to|for|end\s+of)\s+(?:the\s+end\s+of\s+)?"
    r"(?:month|period)\s+([0-9]{1,2})(?-u:\b)(\s+of(?-u:\b))?(?:[^/0-9]|$)"
)
# A monitoring report's month in a financial year: "Budget Monitoring Report - June 2025-26", "the budget
# monitoring position for July 2025/26"
MONTH_OF_YEAR = (
    rf"(?i)(?-u:\b)(?:monitoring|position|report)(?:\s+report)?\s*(?:[-–—:]|for)\s*({MONTHS})\s+{FISCAL_YEAR}"
)
# ... a monitoring month with its name and no year ("Financial Monitoring: Month 6 (September)"), in the one financial
# year the text names (its number and its name the same month, counted from April)
MONTH_NAMED = rf"(?i)(?-u:\b)monitoring\W{{0,5}}(?:month|period)\s+([0-9]{{1,2}})\s*\(\s*({MONTHS})\s*\)"
# A year's outturn in a sentence: "the provisional revenue outturn position for 2025/26", "the provisional outturn
# position on the General Fund (revenue and capital) for 2025/26", "the 2025/26 financial outturn position" (not "in
# the light of the outturn of the council for 2025/26": a later plan's starting point); not a
# forecast of it ("the forecast outturn for 2025/26", "Forecast Draft Outturn 2025/26", "the projected year-end
# outturn for 2025/26", "the 2025/26 outturn forecast": the year is not over), nor a year only compared with ("£1m
# higher than the 2024/25 outturn")
FORECAST_WORDS = r"forecast|projected|predicted|draft|anticipated|estimated|expected|likely"
NOT_THE_YEARS = rf"{FORECAST_WORDS}|than|against|from|compared\s+(?:with|to)"
AFTER_OUTTURN = r"(\s+(?:forecasts?|projections?|estimates?|predictions?))?"
OUTTURN_FOR = (
    rf"(?i)(?:(?-u:\b)({NOT_THE_YEARS})\s+)?(?-u:\b)(?:(?:provisional|final|unaudited|audited)\s+)?"
    r"(?:(?:revenue|financial|general\s+fund|budget|year[- ]end)\s+)*outturn"
    rf"{AFTER_OUTTURN}(?:\s+(?:position|report|statement|figures)"
    rf"(?:\s+(?:on|of)\s+(?:the\s+)?[^.\n]{{0,60}}?)?)?\s+for\s+(?:the\s+)?(?:financial\s+year\s+)?{FISCAL_YEAR}"
)
YEAR_OUTTURN = (
    rf"(?i)(?:(?-u:\b)({NOT_THE_YEARS})\s+)?(?:the\s+)?{FISCAL_YEAR}\s+(?:(?:revenue|financial|general\s+fund)\s+)*"
    rf"outturn(?-u:\b){AFTER_OUTTURN}"
)


# A forecast over- or underspend "as at" a day or month: "is projecting a General Fund overspend of £7.5m (was
# £9m) as at 30 September 2016", "the estimated revenue overspend was £4.6m as at July 2014" (the month's end)
FORECAST_AS_AT = (
    rf"(?i)(?-u:\b)(?:projecting|projected|forecasting|forecast|estimated)\s(?:[^.\n]|\.[0-9]){{0,80}}?(?-u:\b)"
    # (only the figure between, and an earlier figure in brackets: not "an overspend of £2.1m, which would reduce
    # the balance as at 31 March 2026", nor "the forecast outturn variance as at 31 March 2026 is ...")
    r"(?:overspend|underspend|variance|outturn)(?:\s+(?:of|is|was|now|stood\s+at|stands\s+at))?"
    rf"\s+£\s?[0-9][0-9,.{DOT}]*\s*(?:m|k|bn|million)?(?:\s*\([^)\n]{{0,30}}\))?\s+as\s+at\s+"
    rf"(?:([0-9]{{1,2}}){ORD}\s+)?({MONTHS}),?\s+([0-9]{{4}})"
)


def _counted_month(head: pl.Expr, dated: pl.Expr) -> pl.Expr:
    """The last day of a monitoring month counted from April ("as at Month 4") or named in a financial year
    ("Budget Monitoring Report - June 2025-26"), in the financial year the text names."""
    found = head.str.extract_groups(MONTH_COUNTED).struct
    number = found.field("2").cast(pl.Int32, strict=False)
    number = pl.when(number.is_between(1, 12) & found.field("3").is_null()).then(number)
    fiscal = found.field("1").str.slice(0, 4).cast(pl.Int32, strict=False)
    counted = _financial_month_end(fiscal, _counted_from_april(number))
    named = head.str.extract_groups(MONTH_OF_YEAR).struct
    named_end = _financial_month_end(
        named.field("2").str.slice(0, 4).cast(pl.Int32, strict=False), month_number(named.field("1"))
    )
    return pl.coalesce(named_end, counted, _named_month(head, dated))


def _named_month(head: pl.Expr, dated: pl.Expr) -> pl.Expr:
    """The last day of a monitoring month printed with its name and no year, in the one financial year the text names;
    none where that day falls after the text's own date `dated` (the year named is a later one: "the draft budget
    proposals for 2026/27" in a report of December 2025)."""
    found = head.str.extract_groups(MONTH_NAMED).struct
    month = month_number(found.field("2"))
    years = head.str.extract_all(FISCAL_YEAR).list.eval(pl.element().str.slice(0, 4)).list.unique()
    first = pl.when(years.list.len() == 1).then(years.list.first().cast(pl.Int32, strict=False))
    counted = _counted_from_april(found.field("1").cast(pl.Int32, strict=False))
    end = _financial_month_end(first, month)
    return pl.when((counted == month) & ~(end > dated).fill_null(False)).then(end)


# ... an outturn's title line with the year in two digits: "Revenue Outturn report 21/22" (the second the next year)
# (group 1 the line, 2 and 3 the years)
SHORT_OUTTURN = (
    r"(?im)^([^\n]{0,60}(?-u:\b)outturn(?-u:\b)[^\n]{0,40}?(?-u:\b)([0-9]{2})\s*/\s*([0-9]{2})"
    r"(?:[^/0-9\n][^\n]{0,40})?)$"
)


def _short_outturn_year(head: pl.Expr) -> pl.Expr:
    """The first year (four digits, this century) of a financial year an outturn's title prints in two digits."""
    found = title_zone(head).str.extract_groups(SHORT_OUTTURN).struct
    first, second = (found.field(g).cast(pl.Int32, strict=False) for g in "23")
    # (a title line, not a table's heading of a forecast column nor a page footer: "Forecast Outturn 25/26",
    # "Revenue outturn summary   Page 12/13")
    title = ~found.field("1").str.contains(r"(?i)forecast|projected|(?-u:\b)page(?-u:\b)")
    return pl.when((second == (first + 1) % 100) & title).then((first + 2000).cast(pl.String))


def _outturn_in_prose(head: pl.Expr) -> pl.Expr:
    """The financial year whose outturn a sentence reports (its first year), unless a forecast of it."""
    years = []
    for pattern, year, after in ((OUTTURN_FOR, "3", "2"), (YEAR_OUTTURN, "2", "3")):
        found = head.str.extract_groups(pattern).struct
        years.append(
            pl.when(found.field("1").is_null() & found.field(after).is_null()).then(found.field(year))
        )
    return pl.coalesce(years).str.slice(0, 4).cast(pl.Int32, strict=False)


# The months a report or update covers, each with its year, on its title line: "Performance Update - October
# 2023 to December 2023" (or right after its title, ending the line: "Service Indicators Report April 2024 – March
# 2025"; not a sentence's "Collection performance in April 2024 to March 2025 was 97.1%"); and a report of one
# month: "Improvement Plan Exception Report (May 2009)"
TITLE_WORD = r"(?im)^[^\n]{0,80}(?-u:\b)(?:report|update|monitoring|performance)(?-u:\b)[^\n]{0,20}?"
MONTH_SPAN = rf"({MONTHS})\s+([0-9]{{4}})\s*(?:to|-|–|—)\s*({MONTHS}),?\s+([0-9]{{4}})"
TITLED_MONTHS = rf"{TITLE_WORD}(?:[-–—:(]|for)\s*{MONTH_SPAN}"
TITLED_MONTHS_AFTER = rf"{TITLE_WORD}\s{MONTH_SPAN}[ \t]*$"
TITLED_MONTH = rf"(?im)^[^\n]{{0,80}}(?-u:\b)(?:report|update)(?-u:\b)\s*(?:\(\s*|for\s+)({MONTHS})\s+([0-9]{{4}})\s*\)?[ \t]*$"


def _titled_months(head: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(first day, last day) of the months a title line gives its report, a year or less ("October 2023 to
    December 2023"; one month: "(May 2009)")."""
    found = head.str.extract_groups(TITLED_MONTHS).struct
    after = head.str.extract_groups(TITLED_MONTHS_AFTER).struct
    first = pl.coalesce(
        make_date(pl.lit("1"), found.field("1"), found.field("2")),
        make_date(pl.lit("1"), after.field("1"), after.field("2")),
    )
    last = pl.coalesce(
        _month_end(found.field("3"), found.field("4")), _month_end(after.field("3"), after.field("4"))
    )
    within = (first <= last) & ((last - first).dt.total_days() <= MAX_PERIOD_DAYS)
    one = head.str.extract_groups(TITLED_MONTH).struct
    month_first = make_date(pl.lit("1"), one.field("1"), one.field("2"))
    return (
        pl.coalesce(pl.when(within).then(first), month_first),
        pl.coalesce(pl.when(within).then(last), month_first.dt.month_end()),
    )


def _months_to(head: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(first day, last day) of "<n> months to <day> <month> [<year>]"; a year left out is the financial
    year's named in the text (its first year for April to December, else the next)."""
    found = head.str.extract_groups(MONTHS_TO).struct
    count = found.field("1").str.to_lowercase().replace(MONTH_COUNT).cast(pl.Int32, strict=False)
    fiscal = head.str.extract(FISCAL_YEAR, 1).str.slice(0, 4).cast(pl.Int32, strict=False)
    year = pl.coalesce(
        found.field("4"), _calendar_year(fiscal, month_number(found.field("3"))).cast(pl.String)
    )
    end = make_date(found.field("2"), found.field("3"), year)
    months = end.dt.year() * 12 + end.dt.month() - count  # the month before the first, counted from year 0
    start = pl.date(months // 12, months % 12 + 1, 1)
    return pl.when(end.is_not_null()).then(start), end


def _month_range(head: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """(first day, last day) of the months a report says it covers; the start a year back where its month comes
    later in the year than the end's ("from October to March 2025")."""
    found = head.str.extract_groups(MONTH_RANGE).struct
    alone = head.str.extract_groups(MONTHS_LINE).struct
    field = {g: pl.coalesce(found.field(g), alone.field(g)) for g in "123"}
    year = field["3"].str.extract("([0-9]+)", 1)
    field["3"] = pl.when(year.str.len_chars() == 2).then(pl.concat_str(pl.lit("20"), year)).otherwise(year)
    end = _month_end(field["2"], field["3"])
    first = make_date(pl.lit("1"), field["1"], field["3"])
    return pl.when(first > end).then(first.dt.offset_by("-1y")).otherwise(first), end


def _within_year(span: tuple[pl.Expr, pl.Expr]) -> tuple[pl.Expr, pl.Expr]:
    """A span of days of at most a year; a longer one is a plan's, no report's period ("for the period 1 April 2024
    to 31 March 2028": a medium-term plan's years)."""
    within_year = (span[1] - span[0]).dt.total_days() <= MAX_PERIOD_DAYS
    return pl.when(within_year).then(span[0]), pl.when(within_year).then(span[1])


def _spent_to_date(head: pl.Expr, dated: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The days of spending counted to date (`SPENT_DAYS`): none where a forecast or plan's word follows the range
    or it ends after the text's own date `dated` (a year's planned spending, not the spending so far)."""
    found = head.str.extract_groups(SPENT_DAYS)
    start, end = _within_year(date_range(found))
    to_date = found.struct.field("7").is_null() & ~(end > dated).fill_null(False)
    return pl.when(to_date).then(start), pl.when(to_date).then(end)


def reporting_period(head: pl.Expr, is_performance: pl.Expr, dated: pl.Expr) -> tuple[pl.Expr, pl.Expr]:
    """The period a monitoring, outturn, accounts or performance report covers: "as at the end of <Month>
    <year>", a quarter of a financial year, a report "as at 31 December 2024" (or a monitoring report titled with a
    month's last day: "Budget Monitoring Report - 30 November 2025"), "expenditure to 31 December 2024"
    ("position to", "the period to", "2024/25, to 31 December 2024"), a financial
    year's outturn, year-end report or accounts ("Statement of Accounts 2023/24", "1 April 2023 to 31 March 2024",
    "Savings Delivery 2024/25 - Year-End Report"), (for a
    performance report) the financial year it names, else "the year ended 31 March 2025"; a monitoring month
    ("Month 6 (September 2024)") or the months covered ("from April to September 2024"). The start only where
    it is printed: the quarter's months, a whole financial year's first day, or a date range or months covered
    ending on the period's end ("1 October to 31 December 2019"). A monitoring month named without its year ends no
    later than the text's own date `dated`."""
    ranged = date_range(head.str.extract_groups(VISIT))
    # a range in brackets under the title, in capitals too: "(1 JULY TO 30 SEPTEMBER 2024)"
    bracketed = date_range(head.str.extract_groups(rf"(?i)\(\s*{VISIT}\s*\)"))
    covered = _within_year(date_range(head.str.extract_groups(PERIOD_DAYS)))
    spent_days = _spent_to_date(head, dated)
    as_at = head.str.extract_groups(
        rf"(?i)(?:up (?:un)?till? |(?:results|position|spend(?:ing)?|expenditure|performance|figures|data) up to |(?:as )?at the end of |to the end of )(?:([0-9]{{1,2}}){ORD}\s+)?({MONTHS}),?\s+([0-9]{{4}})"
    ).struct
    as_at_end = _day_or_month_end(as_at)
    # ... a review at a month's end: "REVENUE BUDGET 2025/26 - END OF OCTOBER 2025 REVIEW"
    # on its title line, ending it (not "The forecast end of March 2026 position is an overspend of £1.2m")
    review_end = _month_end(
        *(
            head.str.extract(
                rf"(?im)^[^\n]{{0,80}}(?-u:\b)end\s+of\s+({MONTHS}),?\s+([0-9]{{4}})\s+"
                r"(?:review|monitoring|position)[ \t]*$",
                g,
            )
            for g in (1, 2)
        )
    )
    forecast_end = _day_or_month_end(head.str.extract_groups(FORECAST_AS_AT).struct)
    quarter_start, quarter_end = _quarter_period(head)
    months_start, months_end = _month_range(head)
    counted_start, counted_end = _months_to(head)
    titled_months_start, titled_months_end = _titled_months(head)
    month = head.str.extract_groups(MONTH_NUMBER).struct
    whole = head.str.extract_groups(WHOLE_YEAR).struct
    first, last = (whole.field(g).cast(pl.Int32, strict=False) for g in ("1", "2"))
    whole_year = pl.when((last == first + 1) & whole.field("3").is_null()).then(first)
    outturn_year = (
        pl.coalesce(
            # a year's outturn, or its year-end report ("Savings Delivery 2024/25 - Year-End Report")
            head.str.extract(
                rf"(?im)^[^\n]{{0,60}}{FISCAL_YEAR}[^\n]{{0,40}}(?-u:\b)year[- ]end\s+(?:report|review|summary|results)"
                rf"(?-u:\b)[^\n]{{0,40}}$",
                1,
            ),
            head.str.extract(
                rf"(?im)^[^\n]{{0,60}}(?-u:\b)outturn(?-u:\b)[^\n]{{0,40}}?{FISCAL_YEAR}[^\n]{{0,40}}$", 1
            ),
            head.str.extract(
                rf"(?im)^[^\n]{{0,40}}?{FISCAL_YEAR}[^\n]{{0,40}}(?-u:\b)outturn(?-u:\b)[^\n]{{0,40}}$", 1
            ),
            _short_outturn_year(head),
            head.str.extract(rf"(?i)(?-u:\b)ended (?:the )?{FISCAL_YEAR}", 1),
            _outturn_in_prose(head).cast(pl.String),
            # ... a year's end ("Progress at Year End 2021/22", "performance at year-end 2021/22") or its annual
            # report ("Annual Performance Report 2022/23")
            head.str.extract(rf"(?i)(?-u:\b)at\s+(?:the\s+)?year[- ]end\s+(?:of\s+)?{FISCAL_YEAR}", 1),
            head.str.extract(
                rf"(?im)^[^\n]{{0,40}}(?-u:\b)annual\s+[^\n]{{0,40}}?report[ \t:–—-]*{FISCAL_YEAR}", 1
            ),
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
    # ... "the forecast revenue outturn for 2025/26 as at 30 September 2025" (the year between)
    # ... "Financial Management Report - as at 30 June 2025" (a dash, colon or comma before "as at")
    report_as_at = head.str.extract_groups(
        rf"(?i)(?-u:\b)(?:(?:forecast|overview|position|monitoring|report|update|performance|outturn)"
        rf"(?:\s+for\s+(?:the\s+)?(?:financial\s+year\s+)?{FISCAL_YEAR})?(?:\s+[-–—]|:|,)?\s+as|position)\s+at\s+(?:the\s+)?"
        rf"{LONG_DATE}"
    ).struct
    # ... a monitoring report's title ending in the month's last day ("BUDGETARY MONITORING REPORT - 30 NOVEMBER
    # 2025"; another day there is its meeting's)
    titled = head.str.extract_groups(
        rf"(?im)^[^\n]{{0,60}}(?-u:\b)monitoring\s+report[ \t]*[-–—:][ \t]*{LONG_DATE}[ \t]*$"
    ).struct
    titled_end = make_date(*(titled.field(g) for g in "123"))
    titled_end = pl.when(titled_end == titled_end.dt.month_end()).then(titled_end)
    # ... "based on expenditure and income to 30 September 2025" (income after the spending); a performance or
    # monitoring report's "Quarter 2 Performance Report to 30th September 2025"
    spent = head.str.extract_groups(
        r"(?i)(?-u:\b)(?:expenditure(?:\s+and\s+income)?|spend|spending|position"
        rf"|the\s+period|(?:performance|monitoring)\s+report)\s+to\s+{LONG_DATE}"
    ).struct
    # ... a financial year up to a day of it ("the first nine months of 2025/26, to 31 December 2025")
    year_to = head.str.extract_groups(rf"(?i){FISCAL_YEAR},?\s+to\s+{LONG_DATE}").struct
    end = pl.coalesce(
        as_at_end,
        quarter_end,
        review_end,
        covered[1],
        make_date(*(report_as_at.field(g) for g in "234")),  # (group 1: the year between)
        titled_end,
        make_date(*(spent.field(g) for g in "123")),
        make_date(*(year_to.field(g) for g in "234")),  # (group 1: the financial year)
        _day_or_month_end(month),
        months_end,
        titled_months_end,
        # (a monitoring month or the months covered say the period before a figure's "as at" does)
        forecast_end,
        _counted_month(head, dated),
        counted_end,
        spent_days[1],
        year_end,
        make_date(*(ended.field(g) for g in "123")),
        bracketed[1],
    )
    start = (
        pl.when(ranged[1] == end)
        .then(ranged[0])
        .when(bracketed[1] == end)
        .then(bracketed[0])
        .when(covered[1] == end)
        .then(covered[0])
        .when(spent_days[1] == end)
        .then(spent_days[0])
        .when(months_end == end)
        .then(months_start)
        .when(counted_end == end)
        .then(counted_start)
        .when(titled_months_end == end)
        .then(titled_months_start)
        .when(pl.date(whole_year + 1, 3, 31) == end)
        .then(pl.date(whole_year, 4, 1))
        .otherwise(quarter_start)
    )
    return start, end
