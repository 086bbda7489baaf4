"""Word lists kept as data (`ingest/parse/vocabularies/*.csv`), turned into regular expressions."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import polars as pl

VOCABULARIES = Path(__file__).resolve().parent / "vocabularies"


@cache
def terms(vocabulary: str, rule: str) -> tuple[str, ...]:
    """The terms of one rule of a vocabulary file, in file order.

    Args:
        vocabulary: the CSV's stem, e.g. `partnerships`.
        rule: the value of its `rule` column, e.g. `head`.

    Returns:
        The `term` column of the matching rows (regular-expression fragments).
    """
    with (VOCABULARIES / f"{vocabulary}.csv").open(newline="", encoding="utf-8") as handle:
        return tuple(row["term"] for row in csv.DictReader(handle) if row["rule"] == rule)


def alternation(vocabulary: str, rule: str) -> str:
    """One non-capturing group matching any term of the rule, e.g. `(?:Boards?|Forums?)`."""
    return "(?:" + "|".join(terms(vocabulary, rule)) + ")"


@cache
def labels(vocabulary: str, rule: str) -> dict[str, str]:
    """The rule's terms mapped to their `label` column (e.g. a head noun to its default segment name)."""
    with (VOCABULARIES / f"{vocabulary}.csv").open(newline="", encoding="utf-8") as handle:
        return {row["term"]: row["label"] for row in csv.DictReader(handle) if row["rule"] == rule}


def first_label(text: pl.Expr, vocabulary: str, rule: str, *, whole: bool = False) -> pl.Expr:
    """The label of the rule's first term (in file order) found in `text`, else null.

    Args:
        text: the text to look in (compared in lower case).
        vocabulary: the CSV's stem.
        rule: the rule whose `term` and `label` columns are used.
        whole: if true, a term is a regular expression that must match the whole text; else a literal part of it.
    """
    lowered = text.str.to_lowercase()
    expr = pl.lit(None, dtype=pl.String)
    for term, label in reversed(labels(vocabulary, rule).items()):
        found = lowered.str.contains(rf"^(?:{term})$") if whole else lowered.str.contains(term, literal=True)
        expr = pl.when(found).then(pl.lit(label)).otherwise(expr)
    return expr
