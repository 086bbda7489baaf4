"""The words prose uses for performance counts: numbers in digits or words, shares, the RAG colours and their
plain-English stand-ins ("on track", "at risk", "off track"), and direction of travel ("improved", "no
change", "deteriorated"). Stand-ins and direction words are data: `ingest/parse/vocabularies/performance.csv`."""

from __future__ import annotations

import polars as pl

from ingest.parse.spelled_counts import TEENS, TENS
from ingest.parse.spelled_counts import UNITS as ONES
from ingest.parse.vocabulary import alternation, first_label, labels

VOCABULARY = "performance"
UNITS = ONES + TEENS  # "one" to "nineteen"
# numbers in words up to ninety-nine: "six", "twenty", "thirty-one" (hyphenated, as British prose prints them)
NUMBER_WORDS = {w: i + 1 for i, w in enumerate(UNITS)} | {
    f"{ten}{f'-{unit}' if unit else ''}": 10 * (i + 2) + j
    for i, ten in enumerate(TENS)
    for j, unit in enumerate(["", *UNITS[:9]])
}
NUMBER = (
    r"(?:\d{1,3}|(?:"
    + "|".join(TENS)
    + r")(?:[-‐–](?:"
    + "|".join(UNITS[:9])
    + r"))?|"
    + "|".join(UNITS)
    + r")"
)
PERCENT = r"\d{1,3}(?:\.\d+)?\s*(?:%|per ?cent)"
COLOUR = r"(?i)(?-u:\b)(green|amber|red)(?-u:\b)"


def to_number(word: pl.Expr) -> pl.Expr:
    """A count printed in digits or words ("six") as an integer."""
    lowered = word.str.to_lowercase().str.replace(r"[‐–]", "-")
    return pl.coalesce(
        lowered.cast(pl.Int32, strict=False), lowered.replace_strict(NUMBER_WORDS, default=None)
    )


def direction(text: pl.Expr) -> pl.Expr:
    """The direction column (up, stable, down) a wording gives ("had improved", "no change"), else null."""
    return first_label(text, VOCABULARY, "direction")


def direction_after(clause: pl.Expr) -> pl.Expr:
    """The direction column a bare word right after a clause's count gives ("7 better, 6 static, 4 worse", "24%
    worse"), else null: read only there, as such words say other things elsewhere ("on target or better"); the words
    are `direction_after` data."""
    word = clause.str.extract(rf"(?i)^(?:{PERCENT}|{NUMBER})\s+([a-z]+)(?-u:\b)", 1).str.to_lowercase()
    return word.replace_strict(labels(VOCABULARY, "direction_after"), default=None)


def stand_in_status(text: pl.Expr) -> pl.Expr:
    """The RAG column (green, amber, red) a plain-English status gives ("on track", "at risk"), else null; a status
    denied gives none ("4 raised no concerns", "no significant concerns")."""
    denied = text.str.replace_all(r"(?i)(?-u:\b)(?:no|without)\s+(?:[a-z]+\s+)?concerns?(?-u:\b)", "")
    return first_label(denied, VOCABULARY, "prose_status")


def target_status(text: pl.Expr) -> pl.Expr:
    """The RAG column a count against target gives ("met target", "within tolerance", "missed"), else null: read
    only where the counts add up to a summary table's columns (shares against target are no RAG shares)."""
    return first_label(text, VOCABULARY, "prose_target_status")


def status_first(sentence: pl.Expr) -> pl.Expr:
    """The sentence with each colour printed before its count ("Green 14 (58%)", "Amber: 5") moved after it,
    where it does so at least twice, so counts read as in "14 (58%) green"."""
    before = rf"(?i)(?-u:\b)(green|amber|red)(?-u:\b)['’]?\s*[:=–-]?\s*({NUMBER}(?-u:\b)(?:\s*\(\s*{PERCENT}\s*\))?)"
    return (
        pl.when(sentence.str.count_matches(before) >= 2)
        .then(sentence.str.replace_all(before, "${2} ${1}"))
        .otherwise(sentence)
    )


def none_as_zero(sentence: pl.Expr) -> pl.Expr:
    """The sentence with "no" or "none" before a colour or a direction of travel ("3 green, 1 amber, no red", "2
    improving, none declining") read as the count 0, where the sentence counts two or more colours or directions
    in figures or words (alone, "there are no red indicators" is no count of a summary)."""
    column = rf"(?:green|amber|red|{alternation(VOCABULARY, 'direction')})"
    none = rf"(?i)(?-u:\b)(?:no|none)(\s+{column})"
    counted = rf"(?i)(?-u:\b){NUMBER}(?-u:\b)(?:\s*(?:%|per ?cent))?\s+{column}"
    return (
        pl.when(sentence.str.count_matches(counted) >= 2)
        .then(sentence.str.replace_all(none, "0${1}"))
        .otherwise(sentence)
    )


def direction_first(sentence: pl.Expr) -> pl.Expr:
    """The sentence with each direction printed before its count ("positive for 18", "fell on 12") moved after
    it in the words `direction` knows ("18 improved", "12 deteriorated"); the words are `direction_before` data."""
    for term, word in labels(VOCABULARY, "direction_before").items():
        sentence = sentence.str.replace_all(
            rf"(?i)(?-u:\b)(?:{term})\s+(?:for|on|in)\s+({NUMBER})(?-u:\b)", f"${{1}} {word}"
        )
    return sentence
