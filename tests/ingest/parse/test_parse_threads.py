"""The parsers run in threads at once (`ingest.parse.tables.parse_batch`): none may call Python from Polars'
own threads, which needs the interpreter lock a thread building its query holds (a hang, polars #26821)."""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl

from ingest.parse.column_blocks import rebuild_column_blocks

PARSE = Path(__file__).resolve().parents[3] / "ingest" / "parse"
PYTHON_IN_POLARS = re.compile(r"\.(map_elements|map_batches|map_groups|map_rows|apply)\(")


def test_no_parser_calls_python_from_polars_threads():
    calls = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(PARSE.glob("*.py"))
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if PYTHON_IN_POLARS.search(line)
    ]
    assert calls == []


def test_column_block_tables_are_rebuilt_outside_polars_threads():
    text = (
        "Budget summary for Wexcombe District Council\n"
        "Service\nParks\nLibraries\nWaste\n"
        "Budget\n£000\n1,200\n640\n2,310\n"
        "Outturn\n£000\n1,250\n610\n2,400\n"
    )
    docs = pl.LazyFrame({"document_id": ["d1", "d2"], "text": [text, "No table here."]})
    texts, moved = rebuild_column_blocks(docs)
    rebuilt = texts.collect()["text"].to_list()
    assert "Parks\t1,200\t1,250" in rebuilt[0]
    assert len(rebuilt[0]) == len(text)
    assert rebuilt[1] == "No table here."
    assert moved.collect().height == 6
