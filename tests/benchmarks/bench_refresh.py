"""`make bench`: the nightly refresh at N generated reports, against bare pdfminer.six extraction.

Measures, in one run:
  (a) bare pdfminer.six over the generated PDFs with 2 processes and nothing else: the yardstick;
  (b) a full refresh from an empty warehouse; (c) a no-op refresh (nothing changed);
  (d) a refresh after adding one report; (e) a refresh after changing one report;
  (f) a full refresh from an empty warehouse with the pypdfium2 engine.
Each refresh is a `councilwh refresh` process: its seconds, its Dagster steps (extract, parse and load
inside `raw_tables`, then dbt, checks, alerts, publish), the rest (process start-up, imports, the Dagster
run's bookkeeping) and its peak memory. Prints one line per figure and writes them all to
build/bench/bench.json.

Environment: N reports (default 500), PAGES per peer challenge report (default 20), PROFILE=1 to run
refresh (d) under pyinstrument (text profile in build/bench/profile_d_added.txt). Not a test: pytest does
not collect it.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tests.fixtures.sample_generator import generate_reports

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "build" / "bench"
TARGETS = {"ratio_b_over_a": 1.15, "c_noop_refresh": 10.0, "d_one_added": 20.0, "peak_tree_rss_mb": 1536.0}


def _bare_pdfminer(path: Path) -> int:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    return sum(1 for _ in extract_pages(str(path), laparams=LAParams()))


def bare_extraction(pdfs: list[Path], workers: int = 2) -> tuple[float, int]:
    """Seconds and pages for plain pdfminer.six page layout over the PDFs, with `workers` processes."""
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = sum(pool.map(_bare_pdfminer, pdfs, chunksize=1))
    return time.perf_counter() - started, pages


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


def _tree_rss_kb(root: int) -> int:
    """Resident memory of a process and all its descendants, from /proc (kB); cheap enough to sample
    often without slowing the refresh it measures."""
    tree, frontier = [root], [root]
    while frontier:
        children = _children(frontier.pop())
        tree += children
        frontier += children
    return sum(_rss_kb(pid) for pid in tree)


def refresh(inbox: Path, warehouse: Path, label: str, *options: str, profile: bool = False) -> dict:
    """One `councilwh refresh` process, timed, with its steps, stages and peak memory."""
    report = OUT / f"{label}.json"
    cli = ["-m", "orchestration.cli"]
    if profile:
        cli = ["-m", "pyinstrument", "-r", "text", "-o", str(OUT / f"profile_{label}.txt"), *cli]
    args = ["refresh", "--inbox", str(inbox), "--warehouse", str(warehouse), "--json", str(report)]
    log = (OUT / f"{label}.log").open("w")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *cli, *args, *options], stdout=log, stderr=log, cwd=REPO)
    peak_tree = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            peak_tree[0] = max(peak_tree[0], _tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(status)
    log.close()
    if proc.returncode != 0:
        raise SystemExit(f"refresh {label} failed; see {OUT / (label + '.log')}")
    figures = json.loads(report.read_text())
    steps = figures["step_seconds"]
    return {
        "seconds": round(seconds, 2),
        "unchanged": figures["unchanged"],
        "reused_documents": figures["reused_documents"],
        "stages": {
            **{k.removesuffix("_seconds"): v for k, v in figures["stage_seconds"].items()},
            "dbt": steps.get("dbt_models", 0.0),
            "checks": steps.get("great_expectations", 0.0),
            "alerts": steps.get("marts__alerts", 0.0),
            "publish": steps.get("warehouse", 0.0),
            "startup_and_dagster": round(seconds - sum(steps.values()), 2),
        },
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # the largest single process of the refresh
        "peak_tree_rss_mb": round(peak_tree[0] / 1024, 1),  # the refresh and its workers together (sampled)
    }


def progress(label: str, value: dict) -> dict:
    """Say on stderr what was just measured (the run takes minutes); returns the value."""
    print(f"measured {label}: {value['seconds']} s", file=sys.stderr, flush=True)
    return value


def main() -> None:
    """Generate the reports, measure, print and write the figures."""
    count, pages = int(os.environ.get("N", "500")), int(os.environ.get("PAGES", "20"))
    profile = os.environ.get("PROFILE", "") not in ("", "0")
    shutil.rmtree(OUT, ignore_errors=True)
    OUT.mkdir(parents=True)
    inbox, spare = OUT / "inbox", OUT / "spare"
    started = time.perf_counter()
    files = generate_reports(inbox, count, pages=pages, workers=2)
    extra = generate_reports(spare, 1, pages=pages, seed=99, pdf_share=1.0)[0]
    pdfs = [f for f in files if f.suffix == ".pdf"]
    figures: dict = {
        "reports": count,
        "pdfs": len(pdfs),
        "generate_seconds": round(time.perf_counter() - started, 1),
    }
    bare_seconds, pdf_pages = bare_extraction(pdfs)
    figures["pdf_pages"] = pdf_pages
    figures["a_bare_pdfminer_2proc"] = {
        "seconds": round(bare_seconds, 2),
        "pages_per_second": round(pdf_pages / bare_seconds, 1),
    }
    warehouse = OUT / "warehouse" / "warehouse.duckdb"
    progress("a_bare_pdfminer_2proc", figures["a_bare_pdfminer_2proc"])
    figures["b_full_refresh"] = progress("b_full_refresh", refresh(inbox, warehouse, "b_full"))
    figures["c_noop_refresh"] = progress("c_noop_refresh", refresh(inbox, warehouse, "c_noop"))
    shutil.copy(extra, inbox / f"added_{extra.name}")
    figures["d_one_added"] = progress("d_one_added", refresh(inbox, warehouse, "d_added", profile=profile))
    changed = next(f for f in files if f.suffix == ".txt")
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nReserves were £1.5m at year end.\n", encoding="utf-8"
    )
    figures["e_one_changed"] = progress("e_one_changed", refresh(inbox, warehouse, "e_changed"))
    pdfium_warehouse = OUT / "warehouse_pdfium" / "warehouse.duckdb"
    figures["f_full_refresh_pdfium"] = refresh(
        inbox, pdfium_warehouse, "f_full_pdfium", "--pdf-engine", "pdfium"
    )
    refreshes = [v for k, v in figures.items() if isinstance(v, dict) and "peak_rss_mb" in v]
    figures["peak_rss_mb"] = max(r["peak_rss_mb"] for r in refreshes)
    figures["peak_tree_rss_mb"] = max(r["peak_tree_rss_mb"] for r in refreshes)
    figures["ratio_b_over_a"] = round(figures["b_full_refresh"]["seconds"] / bare_seconds, 3)
    figures["ratio_f_pdfium_over_a"] = round(figures["f_full_refresh_pdfium"]["seconds"] / bare_seconds, 3)
    figures["pdfium_extract_speedup"] = round(
        figures["b_full_refresh"]["stages"]["extract"]
        / max(figures["f_full_refresh_pdfium"]["stages"]["extract"], 1e-3),
        1,
    )
    figures["c_seconds"] = figures["c_noop_refresh"]["seconds"]
    figures["d_seconds"] = figures["d_one_added"]["seconds"]
    figures["bench_seconds"] = round(time.perf_counter() - started, 1)
    for key, value in figures.items():
        print(f"{key:<24} {json.dumps(value)}")
    for key, limit in TARGETS.items():
        value = figures[key]["seconds"] if isinstance(figures[key], dict) else figures[key]
        print(f"target {key:<17} {value} <= {limit}: {'met' if value <= limit else 'NOT MET'}")
    (OUT / "bench.json").write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
