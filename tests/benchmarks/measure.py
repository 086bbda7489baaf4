"""Measure one `councilwh refresh` process: its seconds, its stages and the peak memory of each stage.

Shared by `make bench` (bench_refresh.py) and `make bench-scale` (bench_scale.py). Memory is the resident
set of the refresh process and all its children (PDF workers, dbt), sampled from /proc every 0.1 s; a
stage's peak is the largest sample taken while that stage ran (stage windows from the Dagster run's step
times, and inside the raw step from its extract/parse/load seconds).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from orchestration.instance_storage import POOLED_STORAGE

REPO = Path(__file__).resolve().parents[2]
# Dagster step -> stage name in the figures
STEP_STAGES = {
    "dbt_models": "dbt",
    "great_expectations": "checks",
    "marts__alerts": "alerts",
    "warehouse": "publish",
    "exports": "exports",
    "dashboard": "dashboard",
}
RAW_STAGES = ("extract", "parse", "load")  # inside the raw step, in this order


def _children(pid: int) -> list[int]:
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return []
    out: list[int] = []
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                out += [int(child) for child in handle.read().split()]
        except OSError:
            continue
    return out


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except OSError:
        return 0


def tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (kB); cheap enough to sample
    often without slowing the refresh it measures."""
    tree, frontier = [root], [root]
    while frontier:
        children = _children(frontier.pop())
        tree += children
        frontier += children
    return sum(_rss_kb(pid) for pid in tree)


def _latest_step_windows() -> dict[str, tuple[float, float]]:
    """Start and end (epoch seconds) of each step of the latest Dagster run in $DAGSTER_HOME."""
    from dagster import DagsterInstance

    with DagsterInstance.get() as instance:
        runs = instance.get_runs(limit=1)
        if not runs:
            return {}
        stats = instance.get_run_step_stats(runs[0].run_id)
    return {s.step_key: (s.start_time, s.end_time) for s in stats if s.start_time and s.end_time}


def stage_windows(steps: dict[str, tuple[float, float]], raw_seconds: dict[str, float]) -> dict:
    """Each stage's (start, end) in epoch seconds: Dagster steps, and the raw step cut into its stages."""
    windows = {STEP_STAGES.get(step, step): span for step, span in steps.items() if step != "raw_tables"}
    if "raw_tables" in steps:
        start, end = steps["raw_tables"]
        offset = end - sum(raw_seconds.get(s, 0.0) for s in RAW_STAGES)  # the lock and inbox check first
        windows["raw_setup"] = (start, offset)
        for stage in RAW_STAGES:
            windows[stage] = (offset, offset + raw_seconds.get(stage, 0.0))
            offset = windows[stage][1]
    return windows


def stage_peaks(samples: list[tuple[float, int]], windows: dict) -> dict[str, float]:
    """Peak tree memory (MB) sampled within each stage's window (a short stage may have no sample)."""
    peaks = {}
    for stage, (start, end) in windows.items():
        inside = [kb for t, kb in samples if start <= t <= end]
        if inside:
            peaks[stage] = round(max(inside) / 1024, 1)
    return peaks


def refresh(
    inbox: Path, warehouse: Path, label: str, out: Path, *options: str, profile: bool = False
) -> dict:
    """One `councilwh refresh` process, timed, with its stages and peak memory (whole and per stage).

    Args:
        inbox: the report folder.
        warehouse: the warehouse file to publish.
        label: names the log and JSON files written in `out`.
        out: folder for the run's log, its `--json` figures and a profile.
        options: more `councilwh refresh` arguments.
        profile: run under pyinstrument (text profile in `out/profile_<label>.txt`).

    Raises:
        SystemExit: the refresh failed.
    """
    report = out / f"{label}.json"
    cli = ["-m", "orchestration.cli"]
    if profile:
        cli = ["-m", "pyinstrument", "-r", "text", "-o", str(out / f"profile_{label}.txt"), *cli]
    args = ["refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), "--json", str(report)]
    log = (out / f"{label}.log").open("w")
    started, started_epoch = time.perf_counter(), time.time()
    proc = subprocess.Popen([sys.executable, *cli, *args, *options], stdout=log, stderr=log, cwd=REPO)
    samples: list[tuple[float, int]] = []
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            samples.append((time.time(), tree_rss_kb(proc.pid)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    log.close()
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"refresh {label} failed; see {out / (label + '.log')}")
    figures = json.loads(report.read_text())
    steps = figures["step_seconds"]
    raw = {k.removesuffix("_seconds"): v for k, v in figures["stage_seconds"].items()}
    windows = stage_windows(_latest_step_windows(), raw) if steps else {}
    stages = {**raw, **{STEP_STAGES.get(k, k): v for k, v in steps.items() if k != "raw_tables"}}
    stages["startup_and_dagster"] = round(seconds - sum(steps.values()), 2)
    if windows:  # what the run did between its steps and around them: start-up, imports, bookkeeping
        stages["before_first_step"] = round(min(s for s, _ in windows.values()) - started_epoch, 2)
    return {
        "seconds": round(seconds, 2),
        "unchanged": figures["unchanged"],
        "reused_documents": figures["reused_documents"],
        "marts_rows": sum(figures["marts"].values()),
        "checks": figures["checks_passed"] + len(figures["checks_failed"]),
        "stages": stages,
        "stage_peak_tree_rss_mb": stage_peaks(samples, windows),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # the largest single process of the refresh
        "peak_tree_rss_mb": round(max((kb for _, kb in samples), default=0) / 1024, 1),
    }


def progress(label: str, value: dict) -> dict:
    """Say on stderr what was just measured (the run takes minutes); returns the value."""
    print(f"measured {label}: {value['seconds']} s", file=sys.stderr, flush=True)
    return value


def own_dagster_home(folder: Path) -> None:
    """Use a Dagster home of the benchmark's own (telemetry off) unless $DAGSTER_HOME is set, so runs
    neither add to the project's run history nor read it."""
    if os.environ.get("DAGSTER_HOME"):
        return
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "dagster.yaml").write_text("telemetry:\n  enabled: false\n" + POOLED_STORAGE)  # as `make run`
    os.environ["DAGSTER_HOME"] = str(folder)
