"""Held-out check of the performance and partnership parsers on invented reports they were not written against.

Each `tests/fixtures/heldout_perf/<stem>.txt` is an invented report (fictional councils) in a shape real reports
take; `<stem>.json` holds the rows a labeller would give it (summary and RAG rows, partner names, and names that
must not come out as partners). The parsers run directly on the texts (no dbt): the report's own council, which
dbt drops by its place, is left out of the comparison here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import polars as pl
import pytest

from ingest.parse.partnerships import parse_partnership_mentions
from ingest.parse.performance import parse_performance_rag, parse_performance_summary
from tests.fixtures.docs import make_docs

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "heldout_perf"
CASES = sorted(FIXTURES.glob("*.json"))
COUNTS = ["green", "amber", "red", "up", "stable", "down"]
PLACE_WORDS = r"\b(?:borough|district|county|city|council|of|the|and)\b"


def _norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^the\s+", "", (text or "").lower().replace("’", "'"))).strip()


def _place(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(PLACE_WORDS, " ", _norm(name))).strip()


def _parse(case: Path) -> tuple[dict, pl.LazyFrame]:
    gold = json.loads(case.read_text(encoding="utf-8"))
    text = case.with_suffix(".txt").read_text(encoding="utf-8")
    return gold, make_docs(text, doc_type=gold["doc_type"])


def found_rows(case: Path) -> dict[str, set]:
    """The parsers' rows for one fixture, as comparable tuples per family."""
    gold, docs = _parse(case)
    summary = parse_performance_summary(docs).collect()
    rag = parse_performance_rag(docs).collect()
    mentions = parse_partnership_mentions(docs).collect()
    own = _place(gold["council"])
    return {
        "summary": {
            (_norm(r["segment"]), *(r[c] or 0 for c in COUNTS)) for r in summary.iter_rows(named=True)
        },
        "rag": {(_norm(r["objective"]), _norm(r["period"]), r["status"]) for r in rag.iter_rows(named=True)},
        "partnerships": {_norm(n) for n in mentions["name"] if _place(n) != own},
    }


def expected_rows(case: Path) -> dict[str, set]:
    """The labelled rows of one fixture in the same shape as `found_rows`."""
    gold = json.loads(case.read_text(encoding="utf-8"))
    return {
        "summary": {(_norm(r["segment"]), *(r[c] or 0 for c in COUNTS)) for r in gold["summary"]},
        "rag": {(_norm(r["objective"]), _norm(r["period"]), r["status"]) for r in gold["rag"]},
        "partnerships": {_norm(p["name"]) for p in gold["partnerships"]},
    }


def _aliases(case: Path) -> dict[str, str]:
    gold = json.loads(case.read_text(encoding="utf-8"))
    return {_norm(a): _norm(p["name"]) for p in gold["partnerships"] for a in p["aliases"]}


def scores() -> dict[str, tuple[int, int, int]]:
    """True positives, predicted and expected rows per family over all fixtures (for reports)."""
    totals = {"summary": [0, 0, 0], "rag": [0, 0, 0], "partnerships": [0, 0, 0]}
    for case in CASES:
        found, expected = found_rows(case), expected_rows(case)
        aliases = _aliases(case)
        found["partnerships"] = {aliases.get(n, n) for n in found["partnerships"]}
        for family, rows in found.items():
            totals[family][0] += len(rows & expected[family])
            totals[family][1] += len(rows)
            totals[family][2] += len(expected[family])
    return {k: (v[0], v[1], v[2]) for k, v in totals.items()}


def _performance_cases() -> list:
    """The cases, those whose labels the parser is known to miss (`xfail` in the JSON says why) marked so."""
    cases = []
    for case in CASES:
        reason = json.loads(case.read_text(encoding="utf-8")).get("xfail")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        cases.append(pytest.param(case, id=case.stem, marks=marks))
    return cases


@pytest.mark.parametrize("case", _performance_cases())
def test_performance_rows_match_the_labels(case: Path) -> None:
    found, expected = found_rows(case), expected_rows(case)
    assert found["summary"] == expected["summary"]
    assert found["rag"] == expected["rag"]


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_partner_names_match_the_labels(case: Path) -> None:
    gold = json.loads(case.read_text(encoding="utf-8"))
    found = {_aliases(case).get(n, n) for n in found_rows(case)["partnerships"]}
    assert found == expected_rows(case)["partnerships"]
    assert not found & {_norm(n) for n in gold["not_partnerships"]}


@pytest.mark.parametrize("case", CASES, ids=[c.stem for c in CASES])
def test_partner_kinds_match_the_labels(case: Path) -> None:
    gold, docs = _parse(case)
    mentions = parse_partnership_mentions(docs).collect()
    kinds: dict[str, list[str]] = {}
    for name, kind in zip(mentions["name"], mentions["kind"], strict=True):
        kinds.setdefault(_norm(name), []).append(kind)
    found = {name: max(set(each), key=each.count) for name, each in kinds.items()}  # the mart's mode(kind)
    assert {_norm(p["name"]): found.get(_norm(p["name"])) for p in gold["partnerships"]} == {
        _norm(p["name"]): p["kind"] for p in gold["partnerships"]
    }


if __name__ == "__main__":
    for family, (tp, pred, gold) in scores().items():
        p, r = tp / pred if pred else 0.0, tp / gold if gold else 0.0
        print(
            f"{family:13} P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0.0:.3f}  ({tp}/{pred}/{gold})"
        )


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.stem)
def test_held_out_document_types(case: Path) -> None:
    from ingest.parse.documents import parse_documents

    gold = json.loads(case.read_text(encoding="utf-8"))
    text = case.with_suffix(".txt").read_text(encoding="utf-8")
    assert parse_documents(make_docs(text)).collect()["doc_type"][0] == gold["doc_type"]
