"""Money figures as printed: the £ and percentage patterns, qualifiers, and a figure's amount in pounds."""

from __future__ import annotations

import polars as pl

from ingest.parse.lines import DOT

UNIT = r"(?i:billion|bn|million|mn|m|thousand|k)"  # longest first: "£4 million" is not "£4 m"+"illion"
# A figure's end: its unit as a word, singular or plural ("£5.3 millions"), even glued to the next word as a
# PDF's text without spaces gives it ("£4.58millionbefore"); or a short unit or none, then the word's end,
# or a glued word ("£300,000of", "£3mwere": the figure stops where the letters of another word start)
# ... or a unit the page cut off where the text ends ("... an overspend of £2.3 milli"), two letters at least
CUT_UNIT = r"(?i:mi(?:l(?:l(?:i(?:o)?)?)?)?|bi(?:l(?:l(?:i(?:o)?)?)?)?|th(?:o(?:u(?:s(?:a(?:n)?)?)?)?)?)"
FIGURE_END = (
    rf"(?:\s?{CUT_UNIT}\s*$|\s?(?i:billions?|millions?|thousands?)|\s?{UNIT}?(?-u:\b)|(?i:m|k|bn)?(?-u:\B))"
)
# (a PDF's text may put a space before the decimal point: "£3 .2m")
MONEY = (
    rf"£\s?[0-9](?:,?[0-9])*(?: ?{DOT}[0-9]+)?(?:{DOT}|\.(?:[mk]|bn)(?-u:\b))?{FIGURE_END}"
    # ... or negative with its brackets inside the £ ("£(0.14)m", "£(140)k")
    rf"|£\s?\([0-9](?:,?[0-9])*(?:{DOT}[0-9]+)?\)\s?{UNIT}?(?-u:\b)"
)
# (a tab parts two cells: "£'000<tab>%" is no percentage)
PERCENT = rf"[0-9]{{1,3}}(?:{DOT}[0-9]+)?[^\S\t]?(?:%|per cent|percent)"
QUALIFIER_WORDS = (
    rf"approximately|approx[.{DOT}]?|circa|c[.{DOT}]|nearly|almost|around|about|over|more than|in excess of|up to|"
    r"at least|some|just over|just under|less than|under|an estimated|estimated|roughly"
)
QUALIFIER = rf"(?i)({QUALIFIER_WORDS})\s*$"


# the unit of a range's upper end, after a lower end printed without one: "£1 to £1.5 million", "£2-3m"
RANGE_UNIT = rf"^\s?(?:-|–|—|to)\s?£?\s?[0-9][0-9,]*(?:{DOT}[0-9]+)?\s?({UNIT})(?-u:\b)"


def amount_of(figure: pl.Expr, after: pl.Expr | None = None) -> pl.Expr:
    """The amount a printed figure stands for: "£14.5m" -> 14500000.0, "£19,987k" -> 19987000.0, "65%" -> 65.0;
    a figure without a unit takes the unit of a range's upper end in the text `after` it ("£1 to £1.5m")."""
    digits = figure.str.extract(rf"([0-9][0-9,]*(?: ?{DOT}[0-9]+)?)", 1).str.replace(" ", "")
    # "£4.170k" is £4,170k: three decimals of thousands are a thousands separator misprinted as a point
    separator = figure.str.contains(rf"(?i)^£\s?[0-9]{{1,3}}{DOT}[0-9]{{3}}\s?k(?-u:\b)")
    number = (
        pl.when(separator)
        .then(digits.str.replace(DOT, ""))
        .otherwise(digits)
        .str.replace_all(",", "")
        .str.replace(DOT, ".")
    )
    unit = _unit(figure)
    if after is not None:
        unit = unit.fill_null(after.str.extract(RANGE_UNIT, 1))
    return number.cast(pl.Float64, strict=False) * _scale(unit).fill_null(1.0)


def _unit(figure: pl.Expr) -> pl.Expr:
    return figure.str.extract(rf"[0-9{DOT}.]\)?\s?({UNIT}|{CUT_UNIT}$)", 1)


def _scale(unit: pl.Expr) -> pl.Expr:
    # by the unit's first letter: "bn", "billion" or a cut "bil"; "m", "mn", "million" or "milli"; "k", "thousand"
    initial = unit.str.to_lowercase().str.slice(0, 1)
    return (
        pl.when(initial == "b")
        .then(1e9)
        .when(initial == "m")
        .then(1e6)
        .when(initial.is_in(["k", "t"]))
        .then(1e3)
    )


def unit_scale(figure: pl.Expr) -> pl.Expr:
    """The scale a printed figure's unit gives ("£2.4m" -> 1e6), null where it prints none ("£240")."""
    return _scale(_unit(figure))
