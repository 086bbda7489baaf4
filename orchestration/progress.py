"""A refresh's progress on the terminal (stage, items done of total, rate), and dbt's output kept in a file.

`councilwh refresh` installs a `Progress` for the in-process run (`reporting`); the assets ask `current()` and
report through it, so a run started by the UI, a schedule or a sensor reports nothing here and keeps dbt's
output in its compute logs. Progress goes to standard error only: standard output stays the summary.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

ANSI_DIM, ANSI_RESET = "\033[2m", "\033[0m"
DBT_COUNT = re.compile(r"(\d+) of (\d+) (?:START|OK|PASS|WARN|ERROR|FAIL|SKIP)")  # "12 of 137 OK created …"


def use_colour(stream: TextIO, env: dict[str, str] | None = None) -> bool:
    """Colour only on a terminal, and never when `NO_COLOR` is set (https://no-color.org)."""
    env = os.environ if env is None else env
    return not env.get("NO_COLOR") and hasattr(stream, "isatty") and stream.isatty()


class Progress:
    """One line of progress on a terminal, rewritten in place; on a file or pipe, one line per stage ended.

    Nothing is shown during the first `delay` seconds, so a quick refresh prints no progress at all.
    """

    def __init__(self, stream: TextIO | None = None, delay: float = 2.0, interval: float = 0.2) -> None:
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.colour = use_colour(self.stream)
        self.started = time.monotonic()
        self.delay, self.interval = delay, interval
        self._stage: tuple[str, float, int, int] | None = None  # name, start, done, total
        self._shown = 0.0

    def __call__(self, stage: str, done: int = 0, total: int = 0) -> None:
        """Report `done` of `total` items of `stage` (total 0: a stage without a count)."""
        now = time.monotonic()
        if self._stage is None or self._stage[0] != stage:
            self._end_stage(now)
            self._stage = (stage, now, done, total)
        else:
            self._stage = (stage, self._stage[1], done, total)
        if (
            self.tty
            and now - self.started >= self.delay
            and (now - self._shown >= self.interval or done == total)
        ):
            self._shown = now
            self._write("\r\033[K" + self._line(now), dim=True)

    def finish(self) -> None:
        """End the last stage and clear the line."""
        self._end_stage(time.monotonic())
        self._stage = None

    def _end_stage(self, now: float) -> None:
        if self._stage is None:
            return
        if self.tty:
            if self._shown:
                self._write("\r\033[K")
        elif now - self.started >= self.delay and now - self._stage[1] >= 1.0:  # stages that took a while
            self._write(self._line(now) + "\n")

    def _line(self, now: float) -> str:
        stage, start, done, total = self._stage or ("", now, 0, 0)
        seconds = max(now - start, 1e-9)
        count = f" {done} of {total}" if total else ""
        rate = f", {done / seconds:.1f}/s" if total and done and seconds >= 1 else ""
        return f"{stage}{count} ({seconds:.0f} s{rate}; {now - self.started:.0f} s in all)"

    def _write(self, text: str, dim: bool = False) -> None:
        if dim and self.colour:
            text = text.replace("\r\033[K", "\r\033[K" + ANSI_DIM) + ANSI_RESET
        self.stream.write(text)
        self.stream.flush()


_CURRENT: list[Progress] = []


def current() -> Progress | None:
    """The progress display of the command line running this process's refresh (None: no display)."""
    return _CURRENT[-1] if _CURRENT else None


@contextlib.contextmanager
def reporting(progress: Progress) -> Iterator[Progress]:
    """Make `progress` the display the assets report to, for a block."""
    _CURRENT.append(progress)
    try:
        yield progress
    finally:
        _CURRENT.remove(progress)
        progress.finish()


class _Tee:
    """Standard output copied to a log file, and to the terminal only when `echo`; dbt's "N of M" lines
    reported as progress."""

    def __init__(self, log: TextIO, echo: TextIO | None, progress: Progress | None) -> None:
        self.log, self.echo, self.progress = log, echo, progress

    def write(self, text: str) -> int:
        self.log.write(text)
        if self.echo is not None:
            self.echo.write(text)
        if self.progress is not None and (counted := DBT_COUNT.match(text)):
            self.progress("dbt build", int(counted[1]), int(counted[2]))
        return len(text)

    def flush(self) -> None:
        self.log.flush()
        if self.echo is not None:
            self.echo.flush()

    def isatty(self) -> bool:
        return False


def dbt_output(events: Iterator[Any], log_file: Path) -> Iterator[Any]:
    """Pass dbt's Dagster events on while its console output (which dagster-dbt writes to standard output)
    goes to `log_file`; under the command line's display it reaches the terminal only as progress."""
    progress = current()
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "w", encoding="utf-8") as log:
        tee = _Tee(log, None if progress is not None else sys.stdout, progress)
        with contextlib.redirect_stdout(tee):
            yield from events


def dbt_console_log(dbt_target_dir: Path) -> Path:
    """The file a run's dbt console output is kept in (overwritten by the next run)."""
    return dbt_target_dir / "dbt_console.log"
