"""Word lists kept as data (`ingest/parse/vocabularies/*.csv`), turned into regular expressions."""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

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
