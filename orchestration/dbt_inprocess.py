"""dbt run by dbt's programmatic entry point (`dbtRunner`) instead of a subprocess, for dagster-dbt's assets.

dagster-dbt starts `dbt` as a subprocess and reads its JSON log lines. That subprocess imports dbt-core
and its adapter again and parses the project: about 2.5 s of a one-report refresh. Here dbt runs in the
worker process the refresh prestarted with dbt loaded and the project parsed (`orchestration.dbt_worker`),
or, without one, in this process. Either way its events come through dbt's callback as the same dicts its
JSON log lines hold, so dagster-dbt turns them into Dagster events unchanged.

In this process dbt runs in a thread of its own. dbt writes nothing to standard output itself
(`--log-level none`); each event's message at info level or above is written there by this process, as
dagster-dbt does for a subprocess (`orchestration.progress` keeps it in a file). The DuckDB file dbt built
is closed when dbt ends (dbt-duckdb keeps its database open in the process otherwise), and the working
directory is the dbt project's while dbt runs, as for a subprocess.
"""

from __future__ import annotations

import contextlib
import queue
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from orchestration import dbt_worker
from orchestration.dbt_imports import DagsterDbtCliRuntimeError, DbtCoreCliEventMessage

COLUMN_METADATA_EVENT = "JinjaLogInfo"  # dagster-dbt's column metadata macro logs through this event


@dataclass
class InProcessDbtInvocation:
    """One dbt command run in this process: what dagster-dbt's `DbtCliInvocation` offers the dbt assets
    (`manifest`, `dagster_dbt_translator`, `project`, `target_path`, `stream_raw_events`)."""

    args: list[str]
    manifest: Mapping[str, Any]
    dagster_dbt_translator: Any
    project_dir: Path
    target_path: Path
    project: Any = None
    raise_on_error: bool = True
    errors: list[str] = field(default_factory=list)
    success: bool | None = None
    ran_in: str = ""  # where dbt ran: "worker, parsed ahead", "worker" or "this process"

    @property
    def dbt_command(self) -> str:
        """The command as a `dbt` command line (for messages)."""
        return " ".join(["dbt", *self.args])

    def stream_raw_events(self) -> Iterator[DbtCoreCliEventMessage]:
        """Run dbt, yielding its events as dagster-dbt's event messages while it runs; raise if it failed."""
        events: queue.Queue[dict[str, Any] | None] = queue.Queue()
        # a thread of its own: dbt's adapter set-up reads the source of every frame on its caller's stack
        # (`inspect.stack()`), seconds under Dagster's deep stack, nothing in a new thread; daemonic, so an
        # interrupted run does not wait for dbt to finish
        worker = threading.Thread(target=self._run, args=(events.put,), name="dbt", daemon=True)
        worker.start()
        column_metadata: dict[str, dict[str, Any]] = {}
        while (raw := events.get()) is not None:
            unique_id = raw["data"].get("node_info", {}).get("unique_id") or ""
            if raw["info"]["name"] == COLUMN_METADATA_EVENT:
                with contextlib.suppress(orjson.JSONDecodeError):
                    column_metadata[unique_id] = orjson.loads(raw["info"]["msg"])
                    continue
            event = DbtCoreCliEventMessage(raw_event=raw, event_history_metadata={})
            if unique_id in column_metadata and event.is_result_event:  # as dagster-dbt attaches it
                event = DbtCoreCliEventMessage(raw, dict(column_metadata[unique_id]))
            yield event
        worker.join()
        if not self.success and self.raise_on_error:
            raise self.error()

    def error(self) -> DagsterDbtCliRuntimeError:
        """The failure as dagster-dbt reports a failed dbt subprocess, with dbt's error messages."""
        messages = "".join(f"\n\n{message}" for message in self.errors)
        return DagsterDbtCliRuntimeError(
            description=f"`{self.dbt_command}` failed (dbt run in-process)."
            + (f"\n\nErrors parsed from dbt logs:{messages}" if messages else "")
        )

    def _run(self, emit: Callable[[dict[str, Any] | None], None]) -> None:
        """Run dbt, in the prestarted worker process if there is one (`orchestration.dbt_worker`), else
        here; pass each event at console level to `emit`, then None."""
        try:
            worker = dbt_worker.take(self.target_path, self.project_dir)
            if worker is None or not self._run_in_worker(worker, emit):
                self._run_here(emit)
        except Exception as exc:  # noqa: BLE001 - reported as dbt's failure, in the caller's thread
            self.success = False
            self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            emit(None)

    def _run_in_worker(self, worker: Any, emit: Callable[[dict[str, Any] | None], None]) -> bool:
        """Run dbt in `worker`; False if it died before answering (nothing ran there)."""
        answered = False
        for reply in dbt_worker.run(worker, self.args):
            answered = True
            if "done" in reply:
                self._ended(reply["done"]["success"], reply["done"]["exception"])
                self.ran_in = "worker, parsed ahead" if reply["done"]["preparsed"] else "worker"
                return True
            self._emit(reply, emit)
        if answered:
            self._ended(False, f"dbt's worker process ended before dbt did (exit code {worker.returncode})")
        return answered

    def _run_here(self, emit: Callable[[dict[str, Any] | None], None]) -> None:
        """Run dbt in this process."""
        from dbt.cli.main import dbtRunner

        def forward(message: Any) -> None:
            raw = dbt_worker.console_event(message)
            if raw is not None:
                self._emit(raw, emit)

        dbt_worker.reuse_partial_parse(self.project_dir, self.target_path)
        with contextlib.chdir(self.project_dir):
            try:
                result = dbtRunner(callbacks=[forward]).invoke(self.args)
            finally:
                dbt_worker.close_duckdb()
        exception = result.exception
        self._ended(result.success, None if exception is None else f"{type(exception).__name__}: {exception}")
        self.ran_in = "this process"

    def _ended(self, success: bool, exception: str | None) -> None:
        self.success = bool(success)
        if exception is not None:
            self.errors.append(exception)

    def _emit(self, raw: dict[str, Any], emit: Callable[[dict[str, Any] | None], None]) -> None:
        """Keep an error's message, show the event's message as dbt's console would, pass the event on."""
        if raw["info"]["level"] == "error":
            self.errors.append(raw["info"]["msg"])
        if raw["info"]["name"] != COLUMN_METADATA_EVENT:
            sys.stdout.write(raw["info"]["msg"] + "\n")
        emit(raw)


def dbt_args(
    command: Sequence[str],
    *,
    project_dir: Path,
    profiles_dir: str | None,
    target_path: Path,
    extra: Sequence[str],
) -> list[str]:
    """dbt's arguments for an in-process run: what dagster-dbt passes a subprocess in its environment
    (`DBT_PROJECT_DIR`, `DBT_PROFILES_DIR`, `DBT_TARGET_PATH`, `DBT_LOG_PATH`, no usage statistics) as
    flags, and no console output of dbt's own."""
    args = [*command, *extra, "--project-dir", str(project_dir), "--target-path", str(target_path)]
    args += ["--log-path", str(target_path), "--log-level", "none", "--no-send-anonymous-usage-stats"]
    return args + (["--profiles-dir", profiles_dir] if profiles_dir else [])
