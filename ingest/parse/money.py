"""Money mentions: every £ figure and money percentage, with its sentence, qualifier, fiscal year and period.

Capture only: which mart a figure belongs to (savings, overspends, other financial figures) is decided
in dbt (`int_money_mentions_classified`) from keyword seeds.
"""

from __future__ import annotations

import polars as pl

from ingest.parse.column_blocks import rebuild_column_blocks
from ingest.parse.engine import collected
from ingest.parse.lines import DOT, char_position, text_around
from ingest.parse.money_tables import (
    FAVOURABLE,
    cells_to_the_right,
    left_label,
    rows_heading,
    spaced_label,
    table_figures,
)
from ingest.parse.money_units import MONEY, PERCENT, QUALIFIER, QUALIFIER_WORDS, UNIT, amount_of, unit_scale
from ingest.parse.money_years import PART_AFTER, PART_WORDS, YEAR, resolve_fiscal_years, sentence_years
from ingest.parse.sentences import LIST_MARK, split_sentences
from ingest.parse.stacked_cells import join_stacked_cells
from ingest.parse.table_heads import FOOTNOTE_MARK
from ingest.raw.schemas import MONEY_MENTIONS

PERIOD = (
    r"(?i)((?:over|in|during) the (?:last|past|next|previous|coming|following) (?:[a-z]+ )?(?:[a-z]+ )?years"
    # "over the three years to 2027/28", "across the four-year period"
    r"|(?:over|across|during|for) the (?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9])[ -]years?\b"
    # "a five-year savings programme of £4.0m", "a multi-year savings plan"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9]|multi)[ -]year (?:savings |efficiency |transformation )?"
    r"(?:programme|plan|target|strategy)\b"
    # "a £2.1m programme spread over three years"
    r"|(?:spread|phased) (?:over|across) (?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-9]) years\b"
    r"|year on year|over the medium term|for the remaining term of the [A-Za-z ]+|over the (?:life|period) of the [A-Z]+"
    # "over the MTFS period", "across the plan period"
    r"|(?:over|across|during) the (?:MTFS|MTFP|medium[- ]term|plan|strategy|programme) period"
    r"|from (?:19|20)[0-9]{2}/[0-9]{2}|(?:between )?(?:19|20)[0-9]{2}/[0-9]{2} (?:and|to) (?:19|20)[0-9]{2}/[0-9]{2}"
    # a start or an end only: "since 2011-12", "by 2026/27" (a cumulative total, not one year's)
    r"|since (?:19|20)[0-9]{2}(?:[/\-–—](?:19|20)?[0-9]{2})?|by (?:19|20)[0-9]{2}[/\-–—](?:19|20)?[0-9]{2})"
)
# a year written right after a figure ("£2.5m for 2026/27", "£3m are delivered in 2026/27")
SENTENCE = ["document_id", "line_no", "sentence_no"]
OWN_YEAR_AFTER = (
    rf"(?i)^[^£.;,]{{0,25}}?\b(?:in|for|during)\s+(?:the\s+)?{YEAR}"
    # ... or the year it names relative to the report's ("94% of the savings approved for the current year")
    r"|(?i)^[^£.;,]{0,30}?\b(?:in|for|during)\s+(?:the\s+)?(?:current|present|this|next|coming)\s+(?:financial\s+)?year\b"
)
# ... not the year of its prices ("£80m of savings in 2012/13 prices")
IN_PRICES = rf"(?i)^[^£.;,]{{0,25}}?\b(?:in|at)\s+{YEAR}\s+(?:prices|terms)"
# between an amount and the percentage that restates it: "£30k or 0.02% of", "£8.9m (46%)", "£2m, (roughly 9%",
# "£1.3m net underspend (0.5% of", "£4m at the end of the year, which represents 3% of",
# "£1.25m, which was 96% of"
SHARE = (
    rf"(?i)^[\s,]*(?:[a-z0-9]+,?\s+){{0,6}}"
    rf"(?:\(|or|i{DOT}e{DOT}?|which (?:is|was|represents|represented)|represent(?:s|ing)|equivalent to|equat(?:es|ing) to)\s*"
    rf"(?:{QUALIFIER_WORDS})?\s*$"
    # the next column of a row set out with spaces ("Delivered ........ £9.8m   56%")
    r"|^[ \t]{2,}$"
    # ... or a comma alone ("reserves of £11.6m, 3.5% of the net budget")
    rf"|^\s*,\s*(?:{QUALIFIER_WORDS})?\s*$"
)
# the next member of a list: "£4.5m in 2015/16 and £3.7m", "£7.7m on children's and £4.1m on adults"
LIST = (
    rf"^[\s,]*(?:(?:in|for|during|on|within) (?:{YEAR}|[^£,;.]{{1,40}}?)[\s,]*)?(?:and|or|,)?(?:\s+then)?[\s,]*$"
    # the next cell of a table row ("| Cumulative budget gap | £21.4m | £31.9m |", cells a tab apart in a PDF)
    r"|^ *(?:\||\t+) *$"
    # ... or the same sum's other measure: "a budget of £568.4m (gross) £213.8m (net)"
    r"|^\s*\(\s*(?i:gross|net)\s*\)[\s,]*(?:and\s*)?$"
)
# a list item that is only a name and a figure, under a lead-in that holds a figure and ends in a colon ("relied on
# £21.3m of savings, spread as follows:" then "- Adult social care: £9.2m"): a share of the lead-in's figure
SHARE_ITEM = rf"^\s*{LIST_MARK}\s+[A-Za-z][^£:;.]{{0,60}}?(?::|\s[–—-]|\s\()\s*$"
SHARE_ITEM_END = r"^[^A-Za-z£]*(?:(?:and|or|per cent)[^A-Za-z£]*)?$"
# a paragraph's number before its words: "3.1 ", "12. "
PARAGRAPH_NUMBER = rf"[0-9]{{1,2}}(?:[.{DOT}][0-9]{{1,2}})*[.{DOT}]?\s+"
# a day's date: "1 April 2025", "31st March 2026"
DAY_DATE = r"[0-9]{1,2}(?:st|nd|rd|th)? [A-Za-z]+ (?:19|20)[0-9]{2}"
# a point in the year: "at Quarter 1", "at the end of month 6", "by period 9"
AT_POINT = r"(?:at|in|by) (?:the end of )?(?:quarter|q|month|period|p) ?[0-9]{1,2}"
# a figure the one before it moves to or from: "down from £15m", "rose from £1.4m to £1.5m", "will reduce to £2m"
CHANGE = (
    # "in 2026/27, rising to £3.5m", "from £6.0m at 1 April 2025 to £0.7m at 31 March 2026", "from £5.9m at
    # Quarter 1 to £4.32m"
    rf"(?i)^[\s,]*(?:(?:in|for|during|by) {YEAR}[\s,]*|(?:at|on|as at) {DAY_DATE}[\s,]*|{AT_POINT}[\s,]*)?"
    r"(?:(?:and|but)\s+)?"
    r"(?:[a-z ,]{0,50}\s)?"
    r"(?:(?:down|up|risen|fallen|increased|decreased|reduced)\s+)?"
    r"(?:reduc|fall|drop|decreas|ris|increas|grow|mov|chang|climb)?(?:e|es|s|ing)?\s*(?:from|to)"
    # "rising to a cumulative £38.5m"
    r"(?:\s+an?)?(?:\s+(?:cumulative|total|combined|estimated))?\s*$"
    # "from £263.9m in 2021/22 to £294.3m"
    rf"|^[\s,]*(?:in|for|during) {YEAR}\s+to\s*$"
    # the same figure as it stood before: "an overspend of £4.16m, compared with £3.2m at Quarter 1"
    r"|^[\s,]*(?:(?:in|for|during) [^£,;]{1,20}?[\s,]*)?compared (?:with|to)(?: an?)?(?: forecast)?(?: of)?\s*$"
    # "an overspend of £8.8m, an improvement on the £11.2m reported at Quarter 1", "a deterioration from £2.1m",
    # "... an improvement on the q1 forecast of £7.9m" (the earlier point named before the figure)
    r"|^[\s,]*(?:(?:and|which is|this is)\s+)?an?\s+(?:improvement|deterioration|worsening)\s+(?:on|from|of)(?:\s+the)?"
    r"(?:\s+(?:q ?[1-4]|quarter (?:[1-4]|one|two|three|four)|period [0-9]{1,2}|month [0-9]{1,2}|previous|last|earlier"
    r"|prior|(?:first|second|third) quarter(?:'s|’s)?)\s+(?:forecast|position|projection|figure)(?:\s+of)?)?\s*$"
    # "... in line with the position reported in July, when it stood at £10.3m"
    r"|,\s*when (?:it|this|the (?:gap|position|deficit|overspend|shortfall)) (?:stood at|was)\s*$"
    # ... or in brackets after it: "an overspend of £7.5m (was £9.1m)", "(previously £9.1m)"
    r"|^\s*\(\s*(?:was|previously|formerly|last (?:month|quarter)|prior (?:month|quarter))\s*:?\s*$"
)
# a part of the figure before: "£3.4m, of which £2.6m", "£9.7m, driven by SEND services (£4.1m) and adults (£5m)"
PART = (
    rf"(?i)(?:^|,)\s*{PART_WORDS}\s*$"
    r"|^[\s,)]*(?:and\s+)?[a-z](?:[^£;.()]|\([^£()]*\)){2,100}\(\s*$"
    # "£11.3m, of which adult social care accounts for £6.7m and home to school transport for £2.8m"
    r"|(?:^|,)\s*(?:of which|of this)\s[^£;.]{1,60}$|^[\s,]*and\s+[^£;.]{1,60}?\sfor\s*$"
    # "an underspend of £108m, which consisted of £89m on the General Fund and £19m on the HRA"
    r"|,\s*(?:which\s+)?(?:consist(?:s|ed)? of|comprise[sd]?|(?:is|was|are|were) made up of)\s*$"
    # "of which £3.9m is in children's social care and £2.2m is in the high needs block", "£2.1m relates to
    # placements and £0.6m to transport"
    r"|^\s*(?:(?:is|are|was|were)\s+(?:in|on|for|within|across|due to|attributable to)|relates? to|related to"
    r"|arises?\s+(?:from|in)|comes?\s+from)\s[^£;.]{1,60}?,?\s+and\s*$"
)
# ... or a part named after it: "£9.2m for the year, with £6.4m of that in children's services"
WITH_PART = r"(?i)^[^£;.]{0,40}\b(?:with|including)\s*$"
# "£000" on its own is a table column's unit ("| Service | £000 |", "£000²" read as "£0002"), not an amount
UNIT_HEADING = rf"^£\s?000{FOOTNOTE_MARK}$"
MONEY_WORDS = (
    r"(?i)saving|budget|spend|reserve|fund|cost|financ|income|grant|debt|deficit|gap|overspen|council tax|business rates"
    # the government's settlement ("the provisional settlement increase from Welsh Government ... of 8.1%"); which
    # of its figures is a grant the money rules say
    r"|government settlement|settlement (increase|rise|uplift|from)"
)


def _windows(sentences: pl.LazyFrame) -> pl.LazyFrame:
    """One row per figure with the text around it, its own clause, and whether it continues a list."""
    before, after = text_around(pl.col("sentence"), pl.col("raw"))
    clause = pl.col("before").str.replace(rf"^.*£[0-9][0-9,{DOT}.]*\s?{UNIT}?", "")
    sentences = sentences.with_columns(
        # the heading rows of a table with a unit are part of its rows' section ("Savings 2023-24 | £'000 | %"
        # over "Delivered | 9,140 | 68%")
        heading=pl.when(pl.col("table_unit").is_not_null())
        .then(
            pl.concat_str(
                [pl.col("heading"), pl.col("column_heads").str.replace_all(r"\s+", " ")],
                separator=" | ",
                ignore_nulls=True,
            )
        )
        .otherwise(pl.col("heading"))
    ).pipe(collected)  # read twice below: for the figures of its prose and of its tables with a unit
    figures = (
        sentences.filter(pl.col("table_unit").is_null())
        .with_columns(
            raw=pl.col("sentence")
            .str.extract_all(f"{MONEY}|{PERCENT}")
            .list.eval(pl.element().str.strip_chars())
        )
        .explode("raw")
        .drop_nulls("raw")
        .filter(~pl.col("raw").str.contains(UNIT_HEADING))
        .with_columns(
            pos=char_position(pl.col("sentence"), pl.col("raw")),
            before=before,
            after=after,
            unit=pl.when(pl.col("raw").str.starts_with("£")).then(pl.lit("gbp")).otherwise(pl.lit("percent")),
            table_scale=pl.lit(None, pl.Float64),
        )
        .with_columns(
            # a £ figure in a row of a table is what its column's heading says ("| Service | Forecast overspend |"
            # over "| Home to school transport | £2.4m |", or a row typed with spaces under its headings), negative
            # in brackets or after a minus ("(£0.6m)")
            column_label=pl.when(pl.col("column_heads").is_not_null() & pl.col("unit").eq("gbp")).then(
                pl.coalesce(left_label(pl.col("before")), spaced_label(cells_to_the_right()))
            ),
            # ... or with its direction after it, in a table ("Loan charges   £0.4m under")
            is_negative=pl.col("before").str.contains(r"[(\-–−]\s*$")
            | pl.col("raw").str.contains(r"^£\s?\(")
            | pl.col("after").str.contains(FAVOURABLE),
            # in the order printed (a figure printed twice has its first copy's `pos`)
            order=pl.int_range(pl.len()).over("document_id", "line_no", "sentence_no").cast(pl.Int64),
        )
    )
    tabled = (
        table_figures(sentences)
        .filter(~pl.col("raw").str.contains(UNIT_HEADING))
        .with_columns(order=pl.col("pos").cast(pl.Int64))
    )
    return (
        pl.concat([figures, tabled.select(figures.collect_schema().names())])
        .sort("document_id", "line_no", "sentence_no", "order", maintain_order=True)
        # a percentage counts in a sentence about money, next to an amount ("£11.6m (71%) were delivered") or in
        # a table of amounts
        .filter(
            (pl.col("unit") == "gbp")
            | pl.col("sentence").str.contains(f"{MONEY_WORDS}|£")
            | pl.col("table_unit").is_not_null()
        )
        .with_columns(
            clause=clause,
            # a table cell's heading over its rows' names ("Directorate": the rows are parts of the council)
            row_heading=pl.when(pl.col("column_label").is_not_null()).then(rows_heading()),
            near_after=pl.col("after").str.extract(r"^([^£]*)", 1).str.slice(0, 80),
            figure_no=pl.int_range(pl.len()).over("document_id", "line_no", "sentence_no"),
            figures_in_sentence=pl.len().over("document_id", "line_no", "sentence_no"),
        )
        .with_columns(
            continues_previous=(
                pl.col("before").str.contains("£")
                & (
                    pl.col("clause").str.contains(LIST)
                    | pl.col("clause").str.contains(CHANGE)
                    | pl.col("clause").str.contains(PART)
                    # "an overspend of £9.2m for the year, with £6.4m of that in children's services"
                    | (
                        pl.col("clause").str.contains(WITH_PART)
                        & pl.col("near_after").str.contains(PART_AFTER)
                    )
                )
            )
            | (
                (pl.col("unit") == "gbp")
                & pl.col("lead_in").str.contains(r"£[^:]*:$")
                & pl.col("before").str.contains(SHARE_ITEM)
                & pl.col("after").str.contains(SHARE_ITEM_END)
            ),
            is_share_of_previous=(pl.col("unit") == "percent")
            & pl.col("before").str.contains("£")
            & pl.col("clause").str.contains(SHARE),
        )
        .with_columns(continues_previous=pl.col("continues_previous") & ~pl.col("is_share_of_previous"))
    )


def parse_money_mentions(docs: pl.LazyFrame) -> pl.LazyFrame:
    """Find every £ figure and money percentage in each report.

    Args:
        docs: frame with `ingest.raw.schemas.DOCUMENT_TEXT` columns (`reference_date` resolves "this year").

    Returns:
        Frame with the `MONEY_MENTIONS` schema, one row per mention (a figure "in each of" two years is two).
    """
    # (a table printed column by column is read as its rows; its figures' offsets are mapped back at the end)
    texts, moved = rebuild_column_blocks(docs)
    sentences = sentence_years(split_sentences(join_stacked_cells(texts), keep="£|%|per cent")).join(
        docs.select("document_id", "reference_date"), on="document_id", how="left", maintain_order="left"
    )
    mentions = resolve_fiscal_years(_windows(sentences))
    # the words around a figure that may name its period; a part of the figure before ("£5.8m over the MTFS
    # period, of which £3.9m falls in 2026/27") does not take that figure's period from the words between them
    near = pl.concat_str(
        [
            # ... nor from a clause before its own ("a gap of £2.9m by 2026/27, and £1.1m of the savings for 2024/25",
            # "a gap of £8m by 2028/29, after assuming savings of £3m are delivered in 2026/27")
            # unless it is a part of what that clause names ("a gap of £2.1m by 2027/28, and £0.8m of this")
            pl.when(pl.col("continues_previous"))
            .then(pl.lit(""))
            .when(pl.col("near_after").str.contains(PART_AFTER))
            .then(pl.col("clause").str.slice(-60))
            .otherwise(
                pl.col("clause")
                .str.slice(-60)
                .str.replace(r"^.*(?:,\s+(?:and|but|while|whereas|after)\b|;)", "")
            ),
            pl.col("near_after").str.slice(0, 60),
        ]
    )
    # a period the sentence opens with ("Over the last five years the council has ...")
    opening = pl.col("sentence").str.extract(
        PERIOD.replace("(?i)", rf"(?i)^\W*(?:{PARAGRAPH_NUMBER})?", 1), 1
    )
    near_period = near.str.extract(PERIOD, 1)
    # "between £1 and £1.5 million" is a range as "£1 to £1.5 million" is; "£40 and £2m" is not
    ranged = amount_of(
        pl.col("raw"),
        pl.when(pl.col("clause").str.contains(r"(?i)\bbetween\s*$"))
        .then(pl.col("after").str.replace(r"^\s?and\b", " to"))
        .otherwise(pl.col("after")),
    )
    # a figure printed with one decimal and no unit beside figures in millions of the same sentence ("£31.6m for
    # this year, £31.1 for next year") is in their unit: one decimal is no sum of pounds and pence
    scale = unit_scale(pl.col("raw"))
    neighbour_scale = pl.coalesce(scale.shift(1).over(SENTENCE), scale.shift(-1).over(SENTENCE))
    # (not a rate: "£10.5 per hour" beside "costing £1.2m")
    # (a figure outside a table's units, and no range's lower end taking the upper end's unit)
    own_unit = pl.col("table_scale").is_null() & (ranged == amount_of(pl.col("raw")))
    unit_left_out = (
        pl.col("raw").str.contains(rf"^£\s?[0-9][0-9,]*{DOT}[0-9]$")
        & ~pl.col("after").str.contains(r"(?i)^\s*(?:per|an? (?:hour|day|week|month|year|visit|head)|each)\b")
        & own_unit
    )
    # ... and one printed with three decimals and no unit ("a budget of £298.956") is in millions, or in its
    # neighbours' unit: three decimals are no sum of pounds and pence either, and £m is how councils print them
    three_decimals = pl.col("raw").str.contains(rf"^£\s?[0-9]{{1,3}}{DOT}[0-9]{{3}}{DOT}?$") & own_unit
    return (
        mentions.with_columns(
            amount_gbp=pl.when(pl.col("unit") == "gbp")
            .then(
                ranged
                * pl.when(unit_left_out)
                .then(neighbour_scale)
                .when(three_decimals)
                .then(neighbour_scale.fill_null(1e6))
                .otherwise(None)
                .fill_null(1.0)
                # a plain number in a table with a unit: "58.420" under "£m"
                * pl.col("table_scale").fill_null(1.0)
            )
            # in whole pence: "£4.033m" and "4,033" under "£000" are one amount (not 4,033,000.0000000005)
            .round(2),
            percent=pl.when(pl.col("unit") == "percent").then(amount_of(pl.col("raw"))),
            qualifier=pl.col("clause").str.extract(QUALIFIER, 1).str.to_lowercase(),
            # a period that opens the sentence is its undated figures' even far from them
            period=pl.coalesce(
                # ... and a span it opens with is the figure's over the year that starts it ("Over the three years
                # from 2024/25 to 2026/27 the council needs to save £4.6m")
                pl.when(near_period.str.contains("^(?i:from) ") & ~opening.str.contains("^(?i:from) ")).then(
                    opening
                ),
                near_period,
                # ... or whose year is only a bound of that period ("Since 2022/23 the programme has delivered £2.8m")
                pl.when(
                    (pl.col("fiscal_year").list.drop_nulls().list.len() == 0)
                    | opening.str.contains(pl.col("fiscal_year").list.first().str.slice(0, 4), literal=True)
                ).then(opening),
                # ... or a part of the figure before that names no year of its own, the period that figure is for
                # ("a shortfall of £22.5m over the three years to 2028/29, of which £8.6m has been matched")
                pl.when(
                    (pl.col("part_of_previous") | pl.col("continues_previous"))
                    & ~pl.col("near_after").str.slice(0, 40).str.contains(r"(?:19|20)[0-9]{2}[/-][0-9]{2}")
                ).then(near_period.shift(1).over(SENTENCE)),
            ),
            is_malformed=pl.col("raw").str.contains(r"\.(?:[mk]|bn)$"),
            char_offset=pl.col("char_offset") + pl.col("pos").fill_null(0),
        )
        .with_columns(
            [
                pl.col(c).str.replace_all(DOT, ".")
                for c in ("raw", "sentence", "before", "after", "qualifier")
            ],
            # a figure for a multi-year span has no single fiscal year, unless a year follows it ("a gap of £8m by
            # 2028/29 and a savings target of £2.5m for 2026/27")
            fiscal_year=pl.when(
                pl.col("period").is_null()
                | pl.col("period").str.contains("^(?:from|[0-9])")
                | (pl.col("after").str.contains(OWN_YEAR_AFTER) & ~pl.col("after").str.contains(IN_PRICES))
            ).then(pl.col("fiscal_year")),
        )
        # an empty cell of a table ("0", "0.000") is no figure
        .filter(pl.col("table_scale").is_null() | (pl.col("amount_gbp") > 0))
        .explode("fiscal_year")
        .with_columns(
            mention_id=pl.int_range(1, pl.len() + 1).over("document_id").cast(pl.Int32),
            raw_figure=pl.col("raw"),
            context_before=pl.col("before"),
            context_after=pl.col("after"),
            quote=pl.col("sentence").str.strip_chars(),
        )
        .join(
            moved,
            left_on=["document_id", "char_offset"],
            right_on=["document_id", "new_offset"],
            how="left",
            maintain_order="left",
        )
        .with_columns(char_offset=pl.coalesce("old_offset", "char_offset"))
        .select([pl.col(c).cast(t) for c, t in MONEY_MENTIONS.items()])
    )
