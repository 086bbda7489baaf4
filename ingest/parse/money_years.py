"""Fiscal years of money figures: written ("2019/20", "2019-2020"), relative ("next year") or by list order
("and then £3m and £2m in the subsequent two years")."""

from __future__ import annotations

import polars as pl

YEAR = r"((?:19|20)[0-9]{2}|[0-9]{2})\s?[/\-–—]\s?((?:19|20)?[0-9]{2})(?-u:\b)"
# ... or in words, whole years only ("2023 to 2024", as GOV.UK writes it; not "from 10 to 11")
YEAR_IN_WORDS = r"(?:19|20)[0-9]{2}\s+to\s+(?:19|20)[0-9]{2}(?-u:\b)"
# a figure that sums the ones before it: "for a total of £19.9m", "£5m in total"
TOTAL = r"(?i)\b(?:a total of|in total|totall?ing|altogether)\s*$"


# the words that make a figure a part of the one before it ("£11.9m for 2018/19 of which £8.8m")
PART_WORDS = r"(?:of which|of this|including)"
# a figure that is what is left of one before it: "the balance of £0.9m", "the remaining £450,000"
REMAINDER = r"(?i)(?:^|[\s,;(])(?:the (?:balance|remainder|rest) of|the remaining)\s*$"
# a sentence that goes on with the sentence before it: "Of these, £7.9m ...", "By the end of December, £34.6m
# had been delivered", "To date £2m ...", "This included £1m ..." (figures with no year of their own take the
# one year the sentence before names)
GOES_ON = (
    r"(?i)^\W*(?:of (?:this|these|that|those|which)|this|these|they|it|by the end of|at the end of|to date|so far"
    # "Of the undelivered £0.4m, ...", "Of the remaining £1.1m"
    r"|of the (?:undelivered|unachieved|remaining|outstanding|balance of)"
    # "The undelivered £1.5m was replaced with one-off measures"
    r"|the (?:undelivered|unachieved|unmet|outstanding)"
    # "At Quarter 2, £3.1m has been achieved", "By month 6 ..."
    r"|(?:at|by) (?:the end of )?(?:quarter|q|month|period|p) ?[0-9]{1,2}"
    # "By the second quarter this had improved to £5.9m", "Most of the pressure was in ..."
    r"|(?:at|by) [^,.;£]{3,30}?,? (?:this|that|it|these|they)"
    r"|(?:most|much|the bulk|the majority|half|part|some) of (?:the|this|that|these|those)"
    r"|the (?:balance|remainder|rest)|the remaining)\b"
)
# a sentence that names the budget, plan or gap of the sentence before it: "The net budget for 2024/25 is £210m. Savings
# of £9m were built into that budget", "a shortfall of £0.8m against that target", "proposals worth £1.2m against that
# gap" (its figures with no year of their own take the one year that sentence names)
BACK_REFERENCE = (
    r"(?i)\b(?:that|the same) (?:year's |years' )?"
    r"(?:budget|plan|savings (?:plan|programme|target)|programme|settlement|target|(?:budget |funding )?(?:gap|shortfall))\b"
)
# a sentence that measures proposals against the gap or requirement the sentence before states ("The plan shows a gap
# of £8.6m for 2026/27. Proposals totalling £5.1m have been identified, leaving £3.5m to be found", "... requires
# savings of £1.2m in 2026/27. Proposals worth £0.7m ..."): its undated figures take the one year that sentence names
AGAINST_GAP = (
    r"(?i)\b(?:leaving|to be (?:found|identified)|still to (?:find|identify)|left to (?:find|identify))\b"
)
GAP = r"(?i)\b(?:gap|shortfall|requirement|requires|required|needs|target)\b"
# a year a figure is moved to is not the figure's: "£0.9m was not achieved and has been carried into the 2025/26
# budget", "£2.2m ... has been reprofiled into 2026/27", "slippage of £4m carried forward to 2026/27", "now
# expected to deliver in 2026/27"
DESTINATION = (
    r"(?i)\b(?:carried|carry|reprofiled|re-profiled|rolled|slipped|slip|slipping|moved|deferred|transferred|pushed)"
    rf"(?: forward| over| back)? (?:in)?to\s+(?:the\s+)?{YEAR}"
    # "... the procurement review, which is now expected to deliver in 2026/27"
    rf"|\b(?:now|instead) expected to (?:be )?(?:deliver|delivered|achieved|realised)(?: in full)? in\s+{YEAR}"
)
# ... or says what is left of a figure the sentence before states ("The gap for 2026/27 is £14m. Proposals of £9m
# have been drawn up; the remaining £5m is still to be found")
REMAINS = r"(?i)\bthe (?:remaining|balance of|remainder of|rest of) £"
# the year a span of years ends in ("over the four years to 2026/27", "the period ending 2027/28"): no figure's year
SPAN_END = rf"(?i)\b(?:years?|period) (?:to|until|ending(?: in)?)\s+{YEAR}"
# ... and any year that bounds a span ("a gap of £6.5m by 2027/28", "since 2017/18"): a figure's year where the
# figure is dated by it, but not the one year a sentence names for the sentences after it
SPAN_BOUND = rf"(?i)\b(?:by|since|until|to|from) {YEAR}"
# ... such a year right after the figure before ("a gap of £4.6m by 2028/29, and only £1.1m"): that figure's
BOUND_OF_PREVIOUS = rf"(?i)^[\s,)]*(?:by|until|to) {YEAR}"
# the clause after a figure's own: ", with the balance ...", "; the rest ..."
LATER_CLAUSE = r"(?i)(?:,\s+(?:with|and|but|while|whereas|although|though)\b|;).*$"
# a part of what the words before name: "£610k of this was achieved"
PART_AFTER = r"(?i)^\s*(?:\)\s*)?of (?:this|these|that|it)\b"
# ... or "Proposals worth £6.2m have been identified so far"
GOES_ON_AFTER = rf"{PART_AFTER}|^[^£.;]{{0,40}}\b(?:so far|to date)\b"


def _fiscal(start: pl.Expr, end: pl.Expr) -> pl.Expr:
    """'2019', '20' -> '2019/20'; '19', '20' -> '2019/20'; '2020', '2021' -> '2020/21'; null where the years
    do not follow each other ('2025', '2029': a span of years, not a financial year)."""
    first = pl.when(start.str.len_chars() == 2).then(pl.lit("20") + start).otherwise(start)
    follows = (first.cast(pl.Int32, strict=False) + 1) % 100 == end.str.slice(-2).cast(pl.Int32, strict=False)
    return pl.when(follows).then(pl.concat_str([first, end.str.slice(-2)], separator="/"))


def _year_from_date(date: pl.Expr, shift: int) -> pl.Expr:
    """The UK financial year (April to March) holding `date`, shifted by whole years."""
    start = date.dt.year() - (date.dt.month() < 4).cast(pl.Int32) + shift
    return pl.concat_str([start.cast(pl.String), (start + 1).cast(pl.String).str.slice(-2)], separator="/")


def _shift(year: pl.Expr, shift: int | pl.Expr) -> pl.Expr:
    """'2019/20' shifted by whole years."""
    start = year.str.slice(0, 4).cast(pl.Int32, strict=False) + shift
    return pl.concat_str([start.cast(pl.String), (start + 1).cast(pl.String).str.slice(-2)], separator="/")


def _relative_year(text: pl.Expr, base: pl.Expr) -> pl.Expr:
    """'this year' against the report's date; 'the previous/next year' and 'that year' against `base` (the
    year the sentence names, else the report's year)."""
    # "next year (2024/25)": the written year says it, not the relative one
    lower = text.str.to_lowercase().str.replace_all(rf"[a-z]+ (?:financial )?year\s*\(\s*{YEAR}", "")
    # ... and a year the figure is only compared with is not its year ("less than in the previous year")
    lower = lower.str.replace_all(
        r"(?:than|compared (?:with|to)|against)(?: in| for)? (?:the )?(?:previous|prior|last) (?:financial )?year",
        "",
    )
    return (
        pl.when(lower.str.contains(r"(?:in )?(?:that|the same) (?:financial )?year"))
        .then(base)
        .when(lower.str.contains(r"(?:the )?(?:previous|prior|last) (?:financial )?year"))
        .then(_shift(base, -1))
        .when(lower.str.contains(r"(?:next|forthcoming|coming|following) (?:financial )?year"))
        .then(_shift(base, 1))
        .when(lower.str.contains(r"this (?:financial )?year|current (?:financial )?year|in-year"))
        .then(_year_from_date(pl.col("reference_date"), 0))
    )


def _explicit_year(text: pl.Expr, last: bool = False) -> pl.Expr:
    """The first (or last) fiscal year written in `text` ("2019/20", "2019-2020", "2019 to 2020"), normalised
    to YYYY/YY; the ends of a span ("the 2025/26 to 2028/29 strategy") are not a figure's year."""
    found = text.str.replace_all(rf"{YEAR}\s*(?:to|until|–|-)\s*{YEAR}", "").str.extract_all(
        rf"{YEAR}|{YEAR_IN_WORDS}"
    )
    one = (
        (found.list.last() if last else found.list.first())
        .str.replace(r"\s+to\s+", "/")
        .str.extract_groups(YEAR)
    )
    return _fiscal(one.struct.field("1"), one.struct.field("2"))


def _in_place_by_april(text: pl.Expr) -> pl.Expr:
    """'in place by April 2023': the financial year that April starts (2023/24); '... before the budget is set in
    February 2025': the year that budget is for (2025/26)."""
    start = pl.coalesce(
        text.str.extract(r"(?i)^[^£]{0,40}?\bby (?:the start of )?april ((?:19|20)[0-9]{2})\b", 1),
        text.str.extract(
            r"(?i)^[^£]{0,60}?\bbudget (?:is |will be |has been |was |being )?(?:set|agreed|approved|finalised) "
            r"(?:in|by) (?:january|february|march) ((?:19|20)[0-9]{2})\b",
            1,
        ),
    )
    return _fiscal(start, (start.cast(pl.Int32, strict=False) + 1).cast(pl.String))


def sentence_years(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """`sentences` (from `split_sentences`, every sentence of a line in order) with the fiscal years read once
    per sentence, not per figure: its first and last (`_sentence_year`, `_sentence_last_year`), those of the
    line a list item or table row hangs from (`_lead_in_year`, `_lead_in_last_year`), of its heading
    (`_heading_year`, `_heading_last_year`), and `previous_year`: the
    one year the sentence before it in the same paragraph names (null where it names none or several, or only
    as the end or start of a span)."""
    # (nor is the end of a span of years: "a gap of £33.6m over the four years to 2026/27")
    moved = pl.col("sentence").str.replace_all(DESTINATION, "").str.replace_all(SPAN_END, "")
    first, last = _explicit_year(moved), _explicit_year(moved, last=True)
    dated = moved.str.replace_all(SPAN_BOUND, "")
    one_year = pl.when(_explicit_year(dated) == _explicit_year(dated, last=True)).then(_explicit_year(dated))
    previous_sentence = (
        pl.col("sentence").shift(1).over("document_id", "line_no")
    )  # (one expression, read twice)
    return sentences.with_columns(
        _sentence_year=first,
        _sentence_last_year=last,
        _lead_in_year=_explicit_year(pl.col("lead_in")),
        _lead_in_last_year=_explicit_year(pl.col("lead_in"), last=True),
        _heading_year=_explicit_year(pl.col("heading")),
        _heading_last_year=_explicit_year(pl.col("heading"), last=True),
        previous_year=one_year.shift(1).over("document_id", "line_no"),
        # a sentence a semicolon joins to the one before goes on with it ("The 2025/26 budget needs £1.2m of
        # savings; £0.3m are still to be found")
        _after_semicolon=previous_sentence.str.ends_with(";"),
        _after_gap=previous_sentence.str.contains(GAP),
        # the fiscal year over each column of a table ("| | 2025/26 | 2026/27 |"), in order
        _column_years=pl.col("column_head")
        .str.extract_all(YEAR)
        .list.eval(_fiscal(pl.element().str.extract(YEAR, 1), pl.element().str.extract(YEAR, 2))),
    )


def resolve_fiscal_years(frame: pl.LazyFrame) -> pl.LazyFrame:
    """Resolve each figure's fiscal year(s) from the words nearest to it (the sentence's years: see
    `sentence_years`)."""
    base = pl.coalesce(
        _explicit_year(pl.col("before"), last=True), _year_from_date(pl.col("reference_date"), 0)
    )
    chain = ["document_id", "line_no", "sentence_no", "chain"]
    subsequent = (
        pl.col("near_after")
        .str.extract(
            r"(?i)^[^£]{0,20}?(?:in|over|for) the (?:subsequent|following|next) (two|three|four|2|3|4) years",
            1,
        )
        .replace_strict({"two": "2", "three": "3", "four": "4"}, default=pl.first())
        .cast(pl.Int32, strict=False)
    )
    return (
        frame.with_columns(
            chain=(~pl.col("continues_previous")).cum_sum().over("document_id", "line_no", "sentence_no"),
        )
        .with_columns(
            from_end=pl.int_range(pl.len(), 0, -1).over(chain),
            n_subsequent=subsequent.last().over(chain),
            own_year=pl.coalesce(
                # a table cell is its column's year when the row holds one figure under each year heading
                pl.when(pl.col("_column_years").list.len() == pl.col("figures_in_sentence")).then(
                    pl.col("_column_years").list.get(pl.col("figure_no"), null_on_oob=True)
                ),
                # ... or the one year the words over its own column name ("2025-26" over "33.1", beside a "Total")
                pl.when(
                    _explicit_year(pl.col("column_label"))
                    == _explicit_year(pl.col("column_label"), last=True)
                ).then(_explicit_year(pl.col("column_label"))),
                _explicit_year(pl.col("near_after").str.extract(r"^(.{0,40})", 1)),
                # ... in its own clause ("£0.9m is on course to be 78% achieved, with the balance expected to slip
                # into next year": next year is the balance's)
                _relative_year(pl.col("near_after").str.slice(0, 60).str.replace(LATER_CLAUSE, ""), base),
                _in_place_by_april(pl.col("near_after")),
                # only the clause's last words: "later in the current year ... had delivered £36k" is not dated
                _relative_year(pl.col("clause").str.slice(-80), base),
                # "£9.3m in 22/23, for a total of £19.9m": the year right after the figure before is its own
                pl.when(~pl.col("continues_previous")).then(
                    _explicit_year(
                        pl.when(pl.col("clause").str.contains(TOTAL))
                        .then(pl.col("clause").str.replace(rf"^[\s,]*(?:in|for|during) {YEAR}", ""))
                        .otherwise(pl.col("clause"))
                        # (not a year that bounds the figure before: "a gap of £4.6m by 2028/29, and only £1.1m")
                        .str.replace_all(SPAN_END, "")
                        .str.replace(BOUND_OF_PREVIOUS, ""),
                        last=True,
                    )
                ),
                # "In 2023/24 it delivered £14.8m of its £17.5m plan, or 85 per cent": a year in the sentence's
                # opening words is its undated figures' (a period near a figure still makes it multi-year)
                # (not the end of a span they open with: "Over the four years to 2029/30 the requirement is £4.6m")
                _explicit_year(
                    pl.col("before").str.extract(r"^([^£]{0,40})", 1).str.replace_all(SPAN_END, "")
                ),
                # ... or a year they name relative to the report's ("So far this year we have banked £0.9m of the
                # £1.7m target")
                _relative_year(pl.col("before").str.extract(r"^([^£]{0,40})", 1), base),
                # the one fiscal year a sentence names is its undated figures' ("The council delivered £21.3m of
                # savings in 2023/24, 87% of its £24.5m plan, leaving a £3.2m shortfall")
                # (not one that bounds the figure before it: "a gap of £4.6m by 2028/29, and only £1.1m of savings
                # has been identified against it")
                pl.when(
                    (pl.col("_sentence_year") == pl.col("_sentence_last_year"))
                    & ~pl.col("clause").str.contains(BOUND_OF_PREVIOUS)
                ).then(pl.col("_sentence_year")),
                # a sentence naming no year that goes on with the one before ("The savings target for 2023/24
                # was £650k. Of this, £610k was achieved") takes the one year that sentence names
                pl.when(
                    pl.col("_sentence_year").is_null()
                    # "This year the council forecasts ...": the year its opening words name is its own
                    & _relative_year(pl.col("sentence").str.extract(r"^([^£]{0,80})", 1), base).is_null()
                    & (
                        pl.col("sentence").str.contains(GOES_ON)
                        | pl.col("sentence").str.contains(BACK_REFERENCE)
                        | pl.col("sentence").str.contains(REMAINS)
                        | pl.col("_after_semicolon").fill_null(value=False)
                        | pl.col("near_after").str.contains(GOES_ON_AFTER)
                        | (
                            pl.col("_after_gap").fill_null(value=False)
                            & pl.col("sentence").str.contains(AGAINST_GAP)
                        )
                    )
                ).then(pl.col("previous_year")),
                # a list item or table row naming no year takes the one year of the line it hangs from ("Savings
                # of £9.6m were approved for 2024/25. Delivery is tracked below." then "Achieved   £6.2m")
                pl.when(
                    pl.col("_sentence_year").is_null()
                    & (pl.col("_lead_in_year") == pl.col("_lead_in_last_year"))
                ).then(pl.col("_lead_in_year")),
                # ... and a table's cell naming no year, the one year of its section's heading ("4. Savings tracker
                # 2025/26" over "| S01 | Waste round review | 420 | 300 |")
                pl.when(
                    pl.col("_sentence_year").is_null()
                    & pl.col("table_scale").is_not_null()
                    & (pl.col("_heading_year") == pl.col("_heading_last_year"))
                ).then(pl.col("_heading_year")),
            ),
            part_of_previous=pl.col("clause").str.contains(rf"^[\s,(]*{PART_WORDS}[\s,]*$"),
        )
        .with_columns(
            # "£11.9m for 2018/19 of which £8.8m", "£6.1m for 2016/17, down from £15m": the part or the next
            # member of a list shares the year of the figure before it
            own_year=pl.when(
                (pl.col("part_of_previous") | pl.col("continues_previous") | pl.col("is_share_of_previous"))
                & pl.col("own_year").is_null()
            )
            .then(pl.col("own_year").shift(1).over("document_id", "line_no", "sentence_no"))
            # "of the £9m approved for 2024/25, £7m was achieved and the balance of £2m was not": what is left
            # of a dated figure earlier in the sentence shares its year
            .when(pl.col("clause").str.contains(REMAINDER) & pl.col("own_year").is_null())
            .then(pl.col("own_year").shift(1).forward_fill().over("document_id", "line_no", "sentence_no"))
            .otherwise(pl.col("own_year")),
            each_years=pl.col("near_after").str.extract_groups(
                rf"(?i)^\s*\)?\s*in each of {YEAR} and {YEAR}"
            ),
        )
        .with_columns(
            list_base=pl.col("own_year")
            .filter(pl.col("from_end") == pl.col("n_subsequent") + 1)
            .first()
            .over(chain)
        )
        .with_columns(
            fiscal_year=pl.when(pl.col("each_years").struct.field("4").is_not_null())
            .then(
                pl.concat_list(
                    _fiscal(pl.col("each_years").struct.field("1"), pl.col("each_years").struct.field("2")),
                    _fiscal(pl.col("each_years").struct.field("3"), pl.col("each_years").struct.field("4")),
                )
            )
            .when((pl.col("from_end") <= pl.col("n_subsequent")) & pl.col("list_base").is_not_null())
            .then(
                pl.concat_list(_shift(pl.col("list_base"), pl.col("n_subsequent") - pl.col("from_end") + 1))
            )
            .otherwise(pl.concat_list(pl.col("own_year")))
        )
    )
