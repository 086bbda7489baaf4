"""dbt in a worker process started early, with dbt loaded and the project parsed before the dbt step.

Loading dbt-core and its adapter, and reading the project (profile, project file, the partial-parse
manifest), take about 2.5 s of Python. In the refresh's process they come after the ingest and compete
with Dagster's own event handling for the one interpreter lock. `prestart` starts a worker as soon as a
refresh knows it will build: it loads dbt and parses the project (`dbt parse`, partial parsing as a build
does) on the other core, then waits. The dbt step hands it one command (`take` + `run`); the worker runs
`dbtRunner` with the parsed manifest and sends each console-level event back as the dict dbt's JSON log
line holds (`orchestration.dbt_inprocess` turns them into dagster-dbt's events).

The parsed manifest is used only if the environment variables the parse read (dbt's own `DBT_*`, and
those the project, its profile and its models name in `env_var`) are the same in the environment the step
sends; otherwise dbt parses again, as it would in the refresh's process. A worker that died before it
answered leaves the step to run dbt in its own process. The worker exits when its input closes, so one
that is never asked (the run failed before dbt) ends with the refresh.
"""

from __future__ import annotations

import contextlib
import gc
import json
import os
import re
import subprocess
import sys
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

DBT_PROJECT_DIR = Path(__file__).resolve().parent.parent / "dbt_project"
PARTIAL_PARSE_FILE = "partial_parse.msgpack"
CONSOLE_LEVELS = frozenset({"info", "warn", "error"})  # what dbt's console shows at its default level
BUILD_PATH_VARIABLE = "COUNCILWH_BUILD_PATH"  # the profile's path to the run's build file
ENV_VAR_CALL = re.compile(r"""env_var\(\s*['"]([^'"]+)['"]""")  # dbt's Jinja function reading the environment

_waiting: list[tuple[dict[str, str], subprocess.Popen[bytes]]] = []


def prestart_dbt(warehouse: Path, project_dir: Path = DBT_PROJECT_DIR) -> None:
    """Start a worker for a refresh of `warehouse`: dbt's artifacts in its target folder and the profile's
    build file at its link, as the dbt step will point them (`orchestration.assets.dbt`); unless one is
    waiting, or the project was never parsed (the first refresh parses it: the worker would race it)."""
    from ingest.state.warehouse_file import dbt_link_path, dbt_target_path

    target_path = dbt_target_path(warehouse)
    spec = {
        "project_dir": str(project_dir),
        "target_path": str(target_path),
        "build_link": str(dbt_link_path(warehouse)),
    }
    if not (project_dir / "target" / "manifest.json").exists():
        return
    if any(waiting == spec and worker.poll() is None for waiting, worker in _waiting):
        return
    target_path.mkdir(parents=True, exist_ok=True)
    with (target_path / "dbt_worker.log").open("wb") as log:  # the last worker's own errors, if any
        worker = subprocess.Popen(
            [sys.executable, "-m", "orchestration.dbt_worker", json.dumps(spec)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=log,
        )
    _waiting.append((spec, worker))


def waiting() -> bool:
    """Whether a live worker waits for a dbt command in this process."""
    return any(worker.poll() is None for _, worker in _waiting)


def take(target_path: Path, project_dir: Path) -> subprocess.Popen[bytes] | None:
    """The live worker prestarted for these folders, no longer waiting; None if there is none."""
    for index, (spec, worker) in enumerate(_waiting):
        if spec["target_path"] == str(target_path) and spec["project_dir"] == str(project_dir):
            del _waiting[index]
            return worker if worker.poll() is None else None
    return None


def run(worker: subprocess.Popen[bytes], args: list[str]) -> Iterator[dict[str, Any]]:
    """Hand `worker` one dbt command (in this process's environment); yields each event dict, then the end
    (`{"done": {"success": ..., "exception": ..., "preparsed": ...}}`). Yields nothing if the worker died
    before answering; ends early if it died while dbt ran."""
    import orjson

    try:
        worker.stdin.write(orjson.dumps({"args": args, "env": dict(os.environ)}) + b"\n")
        worker.stdin.close()  # one command a worker
    except (BrokenPipeError, OSError):
        worker.wait()
        return
    for line in worker.stdout:
        yield orjson.loads(line)
    worker.wait()


def reuse_partial_parse(project_dir: Path, target_path: Path) -> None:
    """Start from the project's parsed state when the target folder has none yet (as dagster-dbt does)."""
    source = project_dir / "target" / PARTIAL_PARSE_FILE
    destination = target_path / PARTIAL_PARSE_FILE
    if source.exists() and not destination.exists():
        import shutil

        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, destination)


def console_event(message: Any) -> dict[str, Any] | None:
    """A dbt event as the dict its JSON log line holds, if dbt's console would show it; else None."""
    if message.info.level not in CONSOLE_LEVELS:
        return None
    from dbt_common.events.functions import msg_to_dict

    raw = msg_to_dict(message)
    raw.setdefault("data", {})  # an event without fields
    return raw


def close_duckdb() -> None:
    """Close the DuckDB database dbt-duckdb keeps open in the process, so that the file can be checked,
    published and opened by other processes (a no-op for other adapters)."""
    try:
        from dbt.adapters.duckdb.connections import DuckDBConnectionManager
    except ImportError:  # another adapter
        return
    DuckDBConnectionManager.close_all_connections()


def _parse(spec: dict[str, str]) -> Any:
    """The project's manifest, parsed as a build in these folders would parse it; None if parsing failed."""
    from dbt.cli.main import dbtRunner

    target = spec["target_path"]
    reuse_partial_parse(Path(spec["project_dir"]), Path(target))
    args = ["parse", "--project-dir", spec["project_dir"], "--profiles-dir", spec["project_dir"]]
    args += ["--target-path", target, "--log-path", target, "--log-level", "none", "--log-level-file", "warn"]
    args += ["--no-write-json", "--no-send-anonymous-usage-stats"]
    result = dbtRunner().invoke(args)
    return result.result if result.success else None


def _build(request: dict[str, Any], manifest: Any, send: Callable[[dict[str, Any]], None]) -> dict:
    """Run the requested dbt command, sending its console events; returns how it ended."""
    from dbt.cli.main import dbtRunner

    def forward(message: Any) -> None:
        raw = console_event(message)
        if raw is not None:
            send(raw)

    try:
        result = dbtRunner(manifest=manifest, callbacks=[forward]).invoke(request["args"])
    finally:
        close_duckdb()
    exception = result.exception
    return {
        "success": bool(result.success),
        "exception": None if exception is None else f"{type(exception).__name__}: {exception}",
        "preparsed": manifest is not None,
    }


def _read_by_parse(project_dir: Path, manifest: Any) -> set[str]:
    """The environment variables a parse of the project reads: those named in `env_var(...)` in its project
    file and profile, those its models, macros and properties read (dbt records them in the manifest)."""
    names = set(getattr(manifest, "env_vars", None) or ())
    for settings in (project_dir / "dbt_project.yml", project_dir / "profiles.yml"):
        if settings.exists():
            names.update(ENV_VAR_CALL.findall(settings.read_text(encoding="utf-8")))
    return names


def _only(environment: dict[str, str], names: set[str]) -> dict[str, str]:
    """The variables in `names`, and dbt's own settings (`DBT_*`), of `environment`."""
    return {k: v for k, v in environment.items() if k in names or k.startswith("DBT_")}


def _serve(spec: dict[str, str], requests: IO[bytes], replies: IO[bytes]) -> None:
    """The worker: load dbt and parse the project, then run the one command that comes on `requests`."""
    import orjson

    def send(message: dict[str, Any]) -> None:
        replies.write(orjson.dumps(message) + b"\n")
        replies.flush()

    os.environ[BUILD_PATH_VARIABLE] = spec["build_link"]
    parsed_in = dict(os.environ)
    with contextlib.chdir(spec["project_dir"]):
        try:
            manifest = _parse(spec)
        except Exception:  # noqa: BLE001 - the build parses again and reports what is wrong
            traceback.print_exc()
            manifest = None
        gc.freeze()  # dbt and the manifest live until the worker ends: the build's collections skip them
        line = requests.readline()
        if not line.strip():
            return  # never asked: the refresh ended before its dbt step
        request = orjson.loads(line)
        read = _read_by_parse(Path(spec["project_dir"]), manifest)
        if _only(request["env"], read) != _only(parsed_in, read):  # dbt would parse differently now
            manifest = None
        os.environ.clear()
        os.environ.update(request["env"])
        try:
            done = _build(request, manifest, send)
        except Exception:  # noqa: BLE001 - reported as dbt's failure in the refresh
            done = {"success": False, "exception": traceback.format_exc(), "preparsed": False}
        send({"done": done})


if __name__ == "__main__":
    _replies, sys.stdout = sys.stdout.buffer, sys.stderr  # nothing but replies on the pipe
    _serve(json.loads(sys.argv[1]), sys.stdin.buffer, _replies)
