"""Per-document isolation and budget: a document the parsers raise on, or beyond the budget, is quarantined
with the reason; the others are parsed as if it had not been there."""

import time
from datetime import UTC, datetime
from pathlib import Path

import polars as pl
from polars.testing import assert_frame_equal

from ingest.parse.budget import ParseBudget, batches, parse_within_budget, run_alone
from ingest.parse.tables import build_raw_tables, document_texts, files_frame, parse_batch
from ingest.read.inbox import ReadResult
from ingest.read.report import ReportText, hash_bytes

GOOD = "Wyvern District Council\n\nSavings of £4.2m were delivered in 2019/20 against a target of £5m.\n"
OTHER = "Borsetshire County Council\n\nThe council is forecast to overspend by £1.3m in 2020/21.\n"
MARKER = "RAISE-HERE"


def _report(name: str, text: str) -> ReportText:
    data = text.encode()
    return ReportText(Path("/inbox") / name, hash_bytes(data), "txt", len(data), [text])


def _files(*reports: ReportText) -> pl.DataFrame:
    files = files_frame(ReadResult(list(reports)), datetime(2026, 1, 5, tzinfo=UTC))
    return files.join(document_texts(files), on="document_id", how="left")


def raise_on_marker(files: pl.DataFrame, reused: list[str]) -> dict[str, pl.DataFrame]:
    """`parse_batch`, but raising like a broken parser when a document holds the marker."""
    if files["text"].str.contains(MARKER).any():
        raise pl.exceptions.ComputeError("a parser broke on this document")
    return parse_batch(files, reused)


def sleep_long(seconds: float) -> None:
    """A parse that never ends within its budget."""
    time.sleep(seconds)


def hold_memory(megabytes: int) -> int:
    """A parse that holds `megabytes` of memory for a while."""
    block = bytearray(megabytes * 1024 * 1024)
    time.sleep(5)
    return len(block)


def test_a_document_a_parser_raises_on_is_quarantined_and_the_rest_parsed() -> None:
    reports = [_report("a.txt", GOOD), _report("b.txt", f"{MARKER}\n{OTHER}"), _report("c.txt", OTHER)]
    parts, reasons = parse_within_budget(_files(*reports), raise_on_marker, [], ParseBudget())
    assert reasons == {
        reports[1].content_hash: "parser failed: ComputeError: a parser broke on this document"
    }
    money = pl.concat([p["money_mentions"] for p in parts]).sort("document_id", "mention_id")
    expected = parse_batch(_files(reports[0], reports[2]), [])["money_mentions"].sort(
        "document_id", "mention_id"
    )
    assert_frame_equal(money, expected)


def test_a_text_beyond_the_character_budget_is_quarantined_unparsed() -> None:
    big = _report("huge.txt", GOOD * 40)
    tables = build_raw_tables(ReadResult([_report("a.txt", GOOD), big]), budget=ParseBudget(max_chars=1_000))
    assert tables["documents"]["source_file"].to_list() == ["a.txt"]
    [row] = tables["quarantine"].to_dicts()
    assert row["source_file"] == "huge.txt" and row["content_hash"] == big.content_hash
    assert "beyond the parse budget of 1,000 characters" in row["reason"]
    assert "COUNCILWH_PARSE_MAX_CHARS" in row["reason"]
    assert set(tables["money_mentions"]["source_file"]) == {"a.txt"}
    assert set(tables["pages"]["source_file"]) == {"a.txt"}


def test_a_document_with_an_outsized_line_is_parsed_alone_with_the_same_rows() -> None:
    one_line = _report("one_line.txt", GOOD.replace("\n", " ") * 5)
    reports = ReadResult([_report("a.txt", GOOD), one_line])
    alone = build_raw_tables(reports, budget=ParseBudget(alone_line_chars=100))
    together = build_raw_tables(reports, budget=ParseBudget())
    assert alone["quarantine"].is_empty()
    # mention_id is left out: the money parser numbers a line's figures in no fixed order (reported)
    money = [
        t["money_mentions"].drop("mention_id").sort("document_id", "char_offset") for t in (alone, together)
    ]
    assert_frame_equal(*money)
    assert_frame_equal(*(t["documents"].drop("ingested_at").sort("source_file") for t in (alone, together)))


def test_documents_are_cut_into_batches_of_at_most_the_batch_characters_in_order() -> None:
    files = _files(
        *(_report(f"{n}.txt", text) for n, text in enumerate([GOOD, OTHER, GOOD * 3, OTHER.upper()]))
    )
    sizes = files["text"].str.len_chars().to_list()
    cut = batches(files, sizes[0] + sizes[1])
    assert [b.height for b in cut] == [2, 1, 1]  # the long one alone: a batch of one may exceed the limit
    assert pl.concat(cut)["document_id"].to_list() == files["document_id"].to_list()
    assert [b.height for b in batches(files, 10**9)] == [4]


def test_parsing_in_small_batches_gives_the_same_rows_as_one_batch() -> None:
    texts = [GOOD, OTHER, GOOD.replace("Wyvern", "Ambridge"), OTHER.replace("1.3m", "2.6m")]
    reports = ReadResult([_report(f"{n}.txt", text) for n, text in enumerate(texts)])
    small = build_raw_tables(reports, budget=ParseBudget(batch_chars=100))
    whole = build_raw_tables(reports, budget=ParseBudget())
    for table in ("money_mentions", "documents", "pages"):
        left, right = (t[table].drop("mention_id", "ingested_at", strict=False) for t in (small, whole))
        assert_frame_equal(left.sort(left.columns), right.sort(right.columns))
    assert small["money_mentions"].height > 4  # every report has figures


def test_a_parse_over_its_time_budget_is_stopped_with_the_reason() -> None:
    started = time.monotonic()
    result, reason = run_alone(sleep_long, (60,), ParseBudget(seconds=2))
    assert (
        result is None and "longer than the budget of 2 s" in reason and "COUNCILWH_PARSE_SECONDS" in reason
    )
    assert time.monotonic() - started < 20


def test_a_parse_over_its_memory_budget_is_stopped_with_the_reason() -> None:
    result, reason = run_alone(hold_memory, (400,), ParseBudget(memory_mb=200))
    assert result is None and "more than the budget of 200 MB" in reason


def test_a_parse_alone_that_raises_gives_the_error_as_reason() -> None:
    result, reason = run_alone(raise_on_marker, (_files(_report("b.txt", MARKER)), []), ParseBudget())
    assert result is None and reason == "parser failed: ComputeError: a parser broke on this document"


def test_a_parse_alone_within_budget_returns_its_result() -> None:
    assert run_alone(hold_memory, (10,), ParseBudget()) == (10 * 1024 * 1024, None)


def test_the_budget_is_set_from_the_environment() -> None:
    env = {
        "COUNCILWH_PARSE_MAX_CHARS": "1000",
        "COUNCILWH_PARSE_SECONDS": "5",
        "COUNCILWH_PARSE_MEMORY_MB": "300",
    }
    budget = ParseBudget.from_env(env)
    assert (budget.max_chars, budget.seconds, budget.memory_mb) == (1000, 5.0, 300)
    assert ParseBudget.from_env({}) == ParseBudget()
