"""Held-out check: invented reports in shapes the development set does not have, parsed by the documents,
peer team and recommendations parsers (Polars only, no dbt) and compared with their expected facts.

Each `tests/fixtures/heldout/**/<name>.txt` has a `<name>.json` beside it: `document` (the scored document
fields), `peer_team` (name, role) and `recommendations` (number, title, sub_actions), and optionally
`file_path` (where the file sits in an inbox, for a council named by its folder). Councils are compared on the
place in their name, titles on their words (as the evaluation does).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import polars as pl
import pytest

from ingest.parse.documents import parse_documents
from ingest.parse.peer_team import parse_peer_team
from ingest.parse.recommendations import parse_recommendations
from ingest.raw.schemas import DOCUMENT_TEXT
from ingest.read.report import normalise_text

HELDOUT = Path(__file__).resolve().parents[2] / "fixtures" / "heldout"
CASES = sorted(p.relative_to(HELDOUT).as_posix() for p in HELDOUT.rglob("*.txt"))
DOCUMENT_FIELDS = [
    "doc_type",
    "council",
    "period_start",
    "period_end",
    "document_date",
    "people",
    "meetings",
    "hours",
]
COUNCIL_WORDS = r"\b(?:royal|london|metropolitan|borough|district|county|city|town|council|of|the|and)\b|&"


def _words(text: str | None) -> Counter:
    plain = re.sub(r"[^\w\s'/-]", " ", (text or "").lower().replace("’", "'"))
    return Counter(plain.split())


def _same_title(expected: str, found: str | None) -> bool:
    a, b = _words(expected), _words(found)
    common = sum((a & b).values())
    return bool(a and b) and 2 * common / (sum(a.values()) + sum(b.values())) >= 0.8


def _place(council: str | None) -> str | None:
    if council is None:
        return None
    return re.sub(r"\s+", " ", re.sub(COUNCIL_WORDS, " ", council.lower())).strip()


@cache
def _parsed() -> dict[str, pl.DataFrame]:
    """All held-out texts parsed at once, as the refresh does (documents first, then the fact parsers)."""
    texts, names, paths = [], [], []
    for case in CASES:
        expected = json.loads((HELDOUT / case).with_suffix(".json").read_text())
        texts.append(normalise_text((HELDOUT / case).read_text()))
        names.append(Path(case).name)
        paths.append(expected.get("file_path", Path(case).name))
    ids = [hashlib.sha256(f"{p}\n{t}".encode()).hexdigest() for p, t in zip(paths, texts, strict=True)]
    docs = pl.LazyFrame(
        {"document_id": ids, "source_file": names, "text": texts, "doc_type": None, "reference_date": None},
        schema=DOCUMENT_TEXT,
    )
    documents = parse_documents(docs.with_columns(file_path=pl.Series(paths))).collect()
    typed = docs.drop("doc_type").join(documents.lazy().select("document_id", "doc_type"), on="document_id")
    return {
        "documents": documents,
        "peer_team": parse_peer_team(typed).collect(),
        "recommendations": parse_recommendations(typed).collect(),
    }


def _expected(case: str) -> dict:
    return json.loads((HELDOUT / case).with_suffix(".json").read_text())


def _rows(table: str, case: str) -> list[dict]:
    return _parsed()[table].filter(pl.col("source_file") == Path(case).name).to_dicts()


@pytest.mark.parametrize("case", CASES)
def test_document_fields(case: str) -> None:
    expected = _expected(case)["document"]
    found = _rows("documents", case)[0]
    wrong = {}
    for field in DOCUMENT_FIELDS:
        want, got = expected[field], found[field]
        if field == "council":
            want, got = _place(want), _place(got)
        elif isinstance(got, dt.date):
            got = got.isoformat()
        if want != got:
            wrong[field] = {"expected": want, "found": got}
    assert not wrong, wrong


@pytest.mark.parametrize("case", CASES)
def test_peer_team(case: str) -> None:
    expected = [(p["name"], p["role"]) for p in _expected(case)["peer_team"]]
    found = [(p["name"], p["role"]) for p in _rows("peer_team", case)]
    assert found == expected


@pytest.mark.parametrize("case", CASES)
def test_recommendations(case: str) -> None:
    expected = _expected(case)["recommendations"]
    found = _rows("recommendations", case)
    pairs = [
        (e["number"], e["title"], e["sub_actions"], f["number"], f["title"], f["sub_actions"])
        for e, f in zip(expected, found, strict=False)
    ]
    wrong = [p for p in pairs if p[0] != p[3] or p[2] != p[5] or not _same_title(p[1], p[4])]
    assert (len(found), wrong) == (len(expected), [])
