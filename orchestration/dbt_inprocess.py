"""dbt run in this process by dbt's programmatic entry point (`dbtRunner`), for dagster-dbt's assets.

dagster-dbt starts `dbt` as a subprocess and reads its JSON log lines. That subprocess imports dbt-core
and its adapter again (the Dagster process has already imported dbt-core with dagster-dbt): about 1.5 s
of a one-report refresh. Here dbt runs in this process and its events come through a callback,
as the same dicts its JSON log lines hold, so dagster-dbt turns them into Dagster events unchanged.

dbt runs in a thread of its own and writes nothing to standard output itself (`--log-level none`); each
event's message at info level or above is written there, as dagster-dbt does for a subprocess
(`orchestration.progress` keeps it in a file). The DuckDB file dbt built is closed when dbt ends
(dbt-duckdb keeps its database open in the process otherwise), and the working directory is the dbt
project's while dbt runs, as for a subprocess.
"""

from __future__ import annotations

import contextlib
import queue
import shutil
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from dagster_dbt.core.dbt_cli_event import DbtCoreCliEventMessage
from dagster_dbt.errors import DagsterDbtCliRuntimeError

CONSOLE_LEVELS = frozenset({"info", "warn", "error"})  # what dbt's console shows at its default level
COLUMN_METADATA_EVENT = "JinjaLogInfo"  # dagster-dbt's column metadata macro logs through this event
PARTIAL_PARSE_FILE = "partial_parse.msgpack"


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
        """Run dbt, passing each event at console level to `emit` and then None."""
        try:
            from dbt.cli.main import dbtRunner

            _reuse_partial_parse(self.project_dir, self.target_path)
            with contextlib.chdir(self.project_dir):
                try:
                    result = dbtRunner(callbacks=[lambda message: self._on_event(message, emit)]).invoke(
                        self.args
                    )
                finally:
                    _close_duckdb()
            self.success = bool(result.success)
            if result.exception is not None:
                self.errors.append(f"{type(result.exception).__name__}: {result.exception}")
        except Exception as exc:  # noqa: BLE001 - reported as dbt's failure, in the caller's thread
            self.success = False
            self.errors.append(f"{type(exc).__name__}: {exc}")
        finally:
            emit(None)

    def _on_event(self, message: Any, emit: Callable[[dict[str, Any] | None], None]) -> None:
        from dbt_common.events.functions import msg_to_dict

        if message.info.level not in CONSOLE_LEVELS:
            return
        raw = msg_to_dict(message)
        raw.setdefault("data", {})  # an event without fields
        if message.info.level == "error":
            self.errors.append(message.info.msg)
        if message.info.name != COLUMN_METADATA_EVENT:
            sys.stdout.write(message.info.msg + "\n")
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


def _reuse_partial_parse(project_dir: Path, target_path: Path) -> None:
    """Start from the project's parsed state when the target folder has none yet (as dagster-dbt does)."""
    source = project_dir / "target" / PARTIAL_PARSE_FILE
    destination = target_path / PARTIAL_PARSE_FILE
    if source.exists() and not destination.exists():
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, destination)


def _close_duckdb() -> None:
    """Close the DuckDB database dbt-duckdb keeps open in the process, so that the file can be checked,
    published and opened by other processes (a no-op for other adapters)."""
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:  # another adapter
        return
    DuckDBConnectionManager.close_all_connections()
