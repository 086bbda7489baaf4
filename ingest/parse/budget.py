"""What one document may cost to parse, and parsing under that budget.

Parsers are Polars expressions over all documents at once, which is fast and keeps the cost of an
ordinary report small. A report far outside the ordinary (a very long text, or a very long line, as text
saved from a web page often is) is parsed alone in a child process, which is stopped when it runs out of
time or memory; its document is then quarantined with the reason and the refresh goes on.
"""

from __future__ import annotations

import importlib
import pickle
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from ingest.read.budget import budget_from_env, too_long_reason

# errors a parser may raise on one odd document: Python's and Polars' (a Rust panic is a BaseException)
PARSE_ERRORS = (Exception, pl.exceptions.PanicException)
POLL_SECONDS = 0.05
# a parser run over a batch of documents (the rows of `ingest.parse.tables.files_frame`, with text), given the
# documents whose rows are reused: table name -> frame
Parse = Callable[[pl.DataFrame, list[str]], dict[str, pl.DataFrame]]


@dataclass(frozen=True)
class ParseBudget:
    """The limits on one document's parse.

    Attributes:
        max_chars: a longer text is quarantined without being parsed.
        seconds: wall-clock time a document parsed alone may take.
        memory_mb: resident memory the process parsing one document alone may use.
        alone_chars: a text longer than this is parsed alone, under `seconds` and `memory_mb`.
        alone_line_chars: a text with a line longer than this is parsed alone too.
        batch_chars: ordinary documents are parsed together in batches of about this many characters, so
            the parsers' working memory stays flat however many documents a full build parses.
    """

    max_chars: int = 5_000_000
    seconds: float = 120.0
    memory_mb: int = 2048
    alone_chars: int = 400_000
    alone_line_chars: int = 20_000
    batch_chars: int = 16_000_000  # ~0.6 GB of parser working memory; each batch costs ~0.4 s fixed

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> ParseBudget:
        """The budget set by COUNCILWH_PARSE_MAX_CHARS, COUNCILWH_PARSE_SECONDS and COUNCILWH_PARSE_MEMORY_MB
        (defaults for those unset)."""
        variables = {
            "max_chars": "PARSE_MAX_CHARS",
            "seconds": "PARSE_SECONDS",
            "memory_mb": "PARSE_MEMORY_MB",
        }
        return budget_from_env(cls(), variables, environ)

    def too_long(self, chars: int) -> str:
        """The quarantine reason for a text of `chars` characters."""
        return too_long_reason(chars, self.max_chars)


def parse_within_budget(
    files: pl.DataFrame, parse: Parse, reused: list[str], budget: ParseBudget
) -> tuple[list[dict[str, pl.DataFrame]], dict[str, str]]:
    """Parse every document once: ordinary ones together, outsized ones alone under the budget.

    Returns:
        The parsed parts (each as `parse` returns it) and a quarantine reason per document left out.
    """
    sizes = files.select(
        "document_id",
        chars=pl.col("text").str.len_chars(),
        longest_line=pl.col("text").str.split("\n").list.eval(pl.element().str.len_chars()).list.max(),
    )
    reasons = over_budget(files, budget)
    alone = sizes.filter(
        ~pl.col("document_id").is_in(list(reasons))
        & ((pl.col("chars") > budget.alone_chars) | (pl.col("longest_line") > budget.alone_line_chars))
    )["document_id"].to_list()
    together = files.filter(~pl.col("document_id").is_in([*reasons, *alone]))
    parts: list[dict[str, pl.DataFrame]] = []
    for batch in batches(together, budget.batch_chars):
        batch_parts, failed = _parse_or_bisect(batch, parse, reused)
        parts += batch_parts
        reasons |= failed
    for document_id in alone:
        part, reason = run_alone(parse, (files.filter(pl.col("document_id") == document_id), reused), budget)
        if reason is None:
            parts.append(part)
        else:
            reasons[document_id] = reason
    return parts or [parse(files.clear(), reused)], reasons


def over_budget(files: pl.DataFrame, budget: ParseBudget) -> dict[str, str]:
    """A quarantine reason for each of `files` whose text is longer than the budget's `max_chars`."""
    over = files.select("document_id", chars=pl.col("text").str.len_chars()).filter(
        pl.col("chars") > budget.max_chars
    )
    return {document_id: budget.too_long(chars) for document_id, chars in over.rows()}


def batches(files: pl.DataFrame, max_chars: int) -> list[pl.DataFrame]:
    """`files` cut, in order, into consecutive slices of at most `max_chars` characters of text (a document
    longer than that on its own is a slice of one)."""
    if files.is_empty():
        return [files]
    sizes = files["text"].str.len_chars().fill_null(0).to_list()
    cuts, total = [0], 0
    for i, size in enumerate(sizes):
        if total and total + size > max_chars:
            cuts.append(i)
            total = 0
        total += size
    cuts.append(len(sizes))
    return [files.slice(start, end - start) for start, end in zip(cuts, cuts[1:], strict=False)]


def _parse_or_bisect(
    files: pl.DataFrame, parse: Parse, reused: list[str]
) -> tuple[list[dict[str, pl.DataFrame]], dict[str, str]]:
    """`parse` on all files; when it raises, on each half in turn, down to the documents that raise."""
    try:
        return [parse(files, reused)], {}
    except PARSE_ERRORS as exc:  # one odd document must not stop the batch: find it
        if files.height <= 1:
            return [], {files["document_id"][0]: error_reason(exc)} if files.height else {}
    half = files.height // 2
    first, first_failed = _parse_or_bisect(files.slice(0, half), parse, reused)
    second, second_failed = _parse_or_bisect(files.slice(half), parse, reused)
    return first + second, first_failed | second_failed


def error_reason(exc: BaseException) -> str:
    """A parser's exception as a quarantine reason (its first line, at most 300 characters)."""
    first = (str(exc).strip().splitlines() or [""])[0]
    return f"parser failed: {type(exc).__name__}: {first}"[:300]


def _rss_mb(pid: int) -> float:
    """Resident memory of a process in MB (0 where /proc is not available)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_alone(target: Callable[..., Any], args: tuple, budget: ParseBudget) -> tuple[Any, str | None]:
    """Run `target(*args)` in a child Python process under the budget's time and memory.

    Args:
        target: a module-level function (the child imports it by module and name).
        args: its arguments (pickled to the child through a temporary file, as is the result).
        budget: the time and memory the child may use.

    Returns:
        (result, None), or (None, the reason) when it raised, died or went over its budget.
    """
    with tempfile.TemporaryDirectory(prefix="councilwh-parse-") as folder:
        job, outcome = Path(folder) / "job.pickle", Path(folder) / "outcome.pickle"
        job.write_bytes(pickle.dumps((target.__module__, target.__qualname__, args)))
        code = f"from {__name__} import child_main; child_main({str(job)!r}, {str(outcome)!r})"
        process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.DEVNULL)
        try:
            reason = _watch(process, budget)
        finally:
            if process.poll() is None:
                process.kill()
            process.wait()
        if reason is not None:
            return None, reason
        if not outcome.exists():
            return None, f"parser process ended without a result (exit code {process.returncode})"
        status, value = pickle.loads(outcome.read_bytes())  # noqa: S301 - our own child's output
        return (value, None) if status == "ok" else (None, value)


def child_main(job: str, outcome: str) -> None:
    """The child process of `run_alone`: run the pickled job, pickle ("ok", result) or ("error", reason)."""
    module, name, args = pickle.loads(Path(job).read_bytes())  # noqa: S301 - written by run_alone
    try:
        result = ("ok", getattr(importlib.import_module(module), name)(*args))
    except PARSE_ERRORS as exc:
        result = ("error", error_reason(exc))
    Path(outcome).write_bytes(pickle.dumps(result))


def _watch(process: subprocess.Popen, budget: ParseBudget) -> str | None:
    """Wait for the child; the reason it was stopped if it went over its time or memory."""
    started = time.monotonic()
    while process.poll() is None:
        if time.monotonic() - started > budget.seconds:
            return (
                f"parse took longer than the budget of {budget.seconds:g} s per document "
                "(COUNCILWH_PARSE_SECONDS)"
            )
        if _rss_mb(process.pid) > budget.memory_mb:
            return (
                f"parse needed more than the budget of {budget.memory_mb:,} MB per document "
                "(COUNCILWH_PARSE_MEMORY_MB)"
            )
        time.sleep(POLL_SECONDS)
    return None
