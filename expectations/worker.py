"""The Great Expectations checks in a process of their own, started before they are needed.

Importing Great Expectations takes about 2 s of Python (pandas, scipy and every core expectation). In the
refresh's own process that time would come after dbt, or compete with it. `prestart` starts a worker
process as soon as the refresh knows it will build (`orchestration.preload`), or when dbt starts: it
imports Great Expectations at a lower priority (`NICENESS`), in the time the refresh and dbt leave a core
idle, says it is ready, and waits. `run_checks` then hands it the build file; the worker runs
`runner.run_and_keep`, which keeps the results and outcomes in the file, from where they are read back.
The worker exits when its input closes, also when the refresh ends without asking it for anything.
When no worker was started, it died, or a busy machine left it still loading when the checks start
(`READY_WAIT_SECONDS`), the checks run in this process as before; an error in a check is raised here
either way.
"""

from __future__ import annotations

import gc
import json
import os
import select
import subprocess
import sys
import traceback
from pathlib import Path

import duckdb

from expectations.runner import CHECKS, CheckOutcome, load_outcomes, run_and_keep

NICENESS = 10  # the worker's priority below the refresh's: it is needed only after dbt
READY_WAIT_SECONDS = 1.0  # how long the checks wait for a worker still loading before they run here
_started: list[subprocess.Popen[str]] = []
_exiting: list[
    subprocess.Popen[str]
] = []  # answered, ending on their own (an exit takes ~0.7 s); reaped later


class CheckError(RuntimeError):
    """A check failed to run in the worker (not: found failing rows); carries the worker's traceback."""


def prestart() -> None:
    """Start a worker (if none is waiting) so that Great Expectations is loaded before the checks."""
    _exiting[:] = [done for done in _exiting if done.poll() is None]
    if _started and _started[-1].poll() is None:
        return
    worker = subprocess.Popen(
        [sys.executable, "-m", "expectations.worker"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # an error comes back as a reply; Great Expectations' warnings are noise
        text=True,
    )
    _started.append(worker)


def run_checks(build: Path, data_docs: Path | None, wait: float = READY_WAIT_SECONDS) -> list[CheckOutcome]:
    """Run every check on `build` and keep the outcomes in it: in the prestarted worker if there is one
    alive and it has loaded Great Expectations within `wait` seconds (else it is stopped), otherwise in
    this process. Returns the outcomes."""
    worker = _started.pop() if _started else None
    if worker is not None and not _ready(worker, wait):  # a busy machine starved it, or it died
        worker.kill()
        _exiting.append(worker)
        worker = None
    if worker is not None:
        reply = _ask(worker, {"build": str(build), "data_docs": str(data_docs) if data_docs else None})
        if reply is not None:
            if "error" in reply:
                raise CheckError(f"the checks failed in their worker process:\n{reply['error']}")
            with duckdb.connect(str(build), read_only=True) as con:
                kept = load_outcomes(con)
            order = {check.name: i for i, check in enumerate(CHECKS)}
            return sorted(kept, key=lambda outcome: order.get(outcome.check, len(order)))  # CHECKS order
    with duckdb.connect(str(build)) as con:  # no worker, or it died: here
        return run_and_keep(con, data_docs)


def _ready(worker: subprocess.Popen[str], wait: float) -> bool:
    """Whether the worker has said it is ready (its first line), waiting at most `wait` seconds."""
    readable, _, _ = select.select([worker.stdout], [], [], wait)
    try:
        return bool(readable) and json.loads(worker.stdout.readline() or "{}").get("ready") is True
    except (ValueError, AttributeError, OSError):  # not its "ready" line: the checks run here instead
        return False


def _ask(worker: subprocess.Popen[str], request: dict) -> dict | None:
    """Send one request and read the reply; None if the worker is gone."""
    try:
        worker.stdin.write(json.dumps(request) + "\n")
        worker.stdin.flush()
        line = worker.stdout.readline()
        worker.stdin.close()  # the worker ends; not waited for
    except (BrokenPipeError, OSError, ValueError):
        line = ""
    if not line.strip():
        worker.wait()
        return None
    _exiting.append(worker)
    return json.loads(line)


def _serve() -> None:
    """The worker: load Great Expectations, then answer each request line until the input closes."""
    replies, sys.stdout = sys.stdout, sys.stderr  # nothing but replies on the pipe
    os.nice(NICENESS)  # it loads in the cores' idle time, not the refresh's nor dbt's
    import great_expectations  # noqa: F401 - the point of starting early

    gc.freeze()  # what the import made lives until the worker ends: the checks' collections skip it
    replies.write(json.dumps({"ready": True}) + "\n")
    replies.flush()
    for line in sys.stdin:
        request = json.loads(line)
        try:
            with duckdb.connect(request["build"]) as con:
                outcomes = run_and_keep(con, Path(request["data_docs"]) if request["data_docs"] else None)
            reply = {"checks": len(outcomes)}
        except Exception:  # noqa: BLE001 - sent back and raised in the refresh
            reply = {"error": traceback.format_exc()}
        replies.write(json.dumps(reply) + "\n")
        replies.flush()


if __name__ == "__main__":
    _serve()
