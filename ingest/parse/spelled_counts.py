"""Counts spelled out in words, up to 999 ("nine", "forty-two", "one hundred and thirty"), and their values."""

from __future__ import annotations

import polars as pl

UNITS = "one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
SMALL_VALUES = {w: n for n, w in enumerate(UNITS + TEENS, start=1)}
TENS_VALUES = {w: 10 * n for n, w in enumerate(TENS, start=2)}
_UNIT = f"(?:{'|'.join(UNITS)})"
_TENS = f"(?:{'|'.join(TENS)})"
_BELOW_HUNDRED = rf"(?:{_TENS}(?:[- ]{_UNIT})?|{'|'.join(TEENS)}|{_UNIT})"
# A count in words (no group of its own), longest form first: "two hundred and twenty", "forty-two", "nine".
SPELLED_COUNT = rf"(?:{_UNIT}\s+hundred(?:\s+(?:and\s+)?{_BELOW_HUNDRED})?|{_BELOW_HUNDRED})(?-u:\b)"


def spelled_value(count: pl.Expr) -> pl.Expr:
    """The value of a count matched by `SPELLED_COUNT` (any case), or null.

    Args:
        count: the count as printed ("One hundred and thirty").

    Returns:
        Its value as Int32 (130).
    """
    words = count.str.to_lowercase().str.replace_all(r"\s+", " ")
    hundreds = (
        words.str.extract(r"^(\w+) hundred", 1)
        .replace_strict(SMALL_VALUES, default=0, return_dtype=pl.Int32)
        .fill_null(0)
    )
    rest = words.str.replace(r"^\w+ hundred(?: and)?", "").str.strip_chars()
    tens = (
        rest.str.extract(r"^(\w+)", 1)
        .replace_strict(TENS_VALUES, default=0, return_dtype=pl.Int32)
        .fill_null(0)
    )
    last = (
        rest.str.extract(r"(\w+)$", 1)
        .replace_strict(SMALL_VALUES, default=0, return_dtype=pl.Int32)
        .fill_null(0)
    )
    value = 100 * hundreds + tens + last
    return pl.when(count.is_not_null() & (value > 0)).then(value)
