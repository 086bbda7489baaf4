"""The checks read only the columns they use of the wide marts (`runner.READ_COLUMNS`): every check's
prepared frame and outcome equals the one made from the whole marts. Real parts: the session's warehouse
built from the bundled samples by the CLI, with invented rows that fail checks, and real Great Expectations."""

import shutil
from dataclasses import asdict
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from expectations import runner

BREAKS = [  # invented rows: a gap in a report's numbering (a failing check), one more rating in a RAG grid
    "insert into marts.recommendations (document_id, source_file, council, number, title, quote) "
    "select document_id, source_file, council, 9, 'Wyvern District Council should review its estate', "
    "'9. Review the estate' from marts.recommendations limit 1",
    "insert into marts.performance_rag (document_id, source_file, council, segment, objective, period, "
    "period_order, status, quote) select document_id, source_file, council, segment, 'Borsetshire roads', "
    "period, period_order, 'R', 'Roads: R' from marts.performance_rag order by all limit 1",
]


@pytest.fixture
def broken(sample_warehouse: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "broken.duckdb"
    shutil.copy(sample_warehouse, copy)
    with duckdb.connect(str(copy)) as con:
        for sql in BREAKS:
            con.execute(sql)
    return copy


def _whole_marts(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    return {t: con.execute(f'select * from marts."{t}" order by all').df() for t in runner.MARTS}


def test_each_check_prepares_the_frame_the_whole_marts_give(broken: Path) -> None:
    with duckdb.connect(str(broken), read_only=True) as con:
        read, whole = runner.read_marts(con), _whole_marts(con)
    assert len(read["recommendations"].columns) < len(whole["recommendations"].columns)
    for check in runner.CHECKS:
        pd.testing.assert_frame_equal(check.prepare(read), check.prepare(whole))
    assert not runner.CHECKS[-2].prepare(read).empty  # the RAG grid against the summary: rows compared


def test_the_outcomes_equal_those_of_the_whole_marts_failures_included(broken: Path) -> None:
    with duckdb.connect(str(broken), read_only=True) as con:
        outcomes = [asdict(o) for o in runner.run_all(con)]
        whole = _whole_marts(con)
    context = runner.make_context()
    expected = [asdict(runner.validate_frame(c, c.prepare(whole), context)) for c in runner.CHECKS]
    assert outcomes == expected
    failed = {o["check"] for o in outcomes if not o["success"]}
    assert "ge_recommendation_numbering" in failed


def test_a_missing_mart_reads_as_an_empty_frame(tmp_path: Path) -> None:
    with duckdb.connect(str(tmp_path / "empty.duckdb")) as con:
        con.execute("create schema marts")
        frames = runner.read_marts(con)
    assert all(frame.empty for frame in frames.values())


@pytest.mark.parametrize(
    ("check_name", "column"), [("ge_savings", "has_malformed_figure"), ("ge_restated_years", "fiscal_years")]
)
def test_64_bit_counts_give_the_outcome_the_32_bit_ones_gave(check_name: str, column: str) -> None:
    """GE compares int64 columns vectorised and int32 ones value by value: the same failures either way."""
    rows = [
        {"source_file": f"wyvern_{n}.txt", "document_id": f"d{n}", "quote": f"Savings of £{n}m in 2019/20.",
         "kind": "delivered", "amount_gbp": n * 1e6, "percent": None, "fiscal_year": year,
         "service_area": None, "has_malformed_figure": n % 3 == 0}
        for n in range(1, 30) for year in (["2019/20", "2020/21"] if n % 4 == 0 else ["2019/20"])
    ]  # fmt: skip
    check = next(c for c in runner.CHECKS if c.name == check_name)
    frame = check.prepare({"savings": pd.DataFrame(rows)})
    assert str(frame[column].dtype) == "int64"
    now = asdict(runner.validate_frame(check, frame))  # each in a fresh context
    before = asdict(runner.validate_frame(check, frame.astype({column: "int32"})))
    assert not now["success"] and now["failures"][0]["unexpected_count"] > 0
    assert now == before
