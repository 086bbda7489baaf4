"""The rules kept as data (the parsers' vocabularies and data files, the dbt seeds) are well-formed CSV: every
row has its header's fields, so a note with an unquoted comma cannot spill into a column nobody reads."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
RULE_FILES = sorted(
    [
        *(ROOT / "ingest" / "parse" / "vocabularies").glob("*.csv"),
        *(ROOT / "ingest" / "parse" / "data").glob("*.csv"),
        *(ROOT / "dbt_project" / "seeds").rglob("*.csv"),
    ]
)


def test_there_are_rule_files() -> None:
    assert len(RULE_FILES) >= 5


@pytest.mark.parametrize("path", RULE_FILES, ids=lambda path: path.name)
def test_every_row_has_the_headers_fields(path: Path) -> None:
    with path.open(newline="", encoding="utf-8") as handle:
        header, *rows = csv.reader(handle)
    ragged = [(number, row) for number, row in enumerate(rows, start=2) if len(row) != len(header)]
    assert not ragged, f"{path.name}: rows whose field count is not the header's {len(header)}: {ragged[:3]}"
