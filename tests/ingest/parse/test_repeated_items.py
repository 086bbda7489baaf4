"""Lines that repeat one item thousands of times (under the line length that has a document parsed alone)
parse in memory that follows the text, not the square of the items on a line: the parsers look each
distinct item up in its line once, and explode no list or line along with every item."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO
from tests.fixtures.repeated_items import REPEATED

LINES = 8  # about 150,000 characters: one batch of the ordinary parse
# the interpreter, Polars and the parsers take about 0.2-0.3 GB here; before, these texts asked for 2-15 GB
LIMIT_MB = 800
CHILD = """
import json, sys
from ingest.parse.tables import parse_batch
from tests.ingest.parse.test_budget import _files, _report
from tests.fixtures.repeated_items import REPEATED
out = parse_batch(_files(_report("r.txt", REPEATED[sys.argv[1]](int(sys.argv[2])))), [])
rows = {name: frame.height for name, frame in out.items()}
# VmHWM: this interpreter's own peak (getrusage's maxrss keeps the forking pytest process's across exec)
peak_kb = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({"rows": rows, "peak_mb": peak_kb / 1024}))
"""
EXPECTED_ROWS = {  # the items each text holds, found as before
    "sentences": {},
    "partner": {"partnership_mentions": LINES * 4750},
    "rag_grid": {"performance_rag": LINES * 6000},
    "status_table": {"performance_summary": 9000},
}


@pytest.mark.parametrize("name", sorted(REPEATED))
def test_a_line_repeating_one_item_parses_in_memory_that_follows_the_text(name: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, name, str(LINES)], capture_output=True, text=True, cwd=REPO, timeout=600
    )
    assert result.returncode == 0, result.stderr[-2000:]
    measured = json.loads(result.stdout.strip().splitlines()[-1])
    for table, rows in EXPECTED_ROWS[name].items():
        assert measured["rows"][table] >= rows
    assert measured["peak_mb"] < LIMIT_MB, measured
