"""`make bench`: the nightly refresh at N generated reports, against bare pdfminer.six extraction.

Prints one line per figure and writes them to build/bench/bench.json. N (default 500) and PAGES (default 20)
come from the environment. Not a test: pytest does not collect it.
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from ingest.pipeline import read_reports
from ingest.sample_generator import generate_reports

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "build" / "bench"


def _bare_pdfminer(path: Path) -> int:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    return sum(1 for _ in extract_pages(str(path), laparams=LAParams()))


def bare_extraction(pdfs: list[Path], workers: int) -> tuple[float, int]:
    """Seconds and pages for plain pdfminer.six page layout over the PDFs, with `workers` processes."""
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = sum(pool.map(_bare_pdfminer, pdfs, chunksize=1))
    return time.perf_counter() - started, pages


def our_extraction(pdfs: list[Path], workers: int) -> float:
    """Seconds for the project's own extraction (layout, bold, tables, headers) with `workers` processes."""
    started = time.perf_counter()
    read_reports(pdfs, workers=workers)
    return time.perf_counter() - started


def refresh(inbox: Path, warehouse: Path, label: str) -> dict:
    """One `councilwh refresh`, timed, with its per-stage figures."""
    report = OUT / f"{label}.json"
    started = time.perf_counter()
    result = subprocess.run(
        [
            str(Path(sys.executable).with_name("councilwh")),
            "refresh",
            "--inbox",
            str(inbox),
            "--warehouse",
            str(warehouse),
            "--json",
            str(report),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"refresh {label} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    figures = json.loads(report.read_text())
    return {
        "seconds": round(seconds, 2),
        "steps": figures["step_seconds"],
        "stages": figures["stage_seconds"],
        "reused_documents": figures["reused_documents"],
    }


def main() -> None:
    """Generate the reports, measure, print and write the figures."""
    count, pages = int(os.environ.get("N", "500")), int(os.environ.get("PAGES", "20"))
    shutil.rmtree(OUT, ignore_errors=True)
    inbox, spare = OUT / "inbox", OUT / "spare"
    files = generate_reports(inbox, count, pages=pages)
    extra = generate_reports(spare, 1, pages=pages, seed=99)[0]
    pdfs = [f for f in files if f.suffix == ".pdf"]
    figures: dict = {"reports": count, "pdfs": len(pdfs)}
    bare_seconds, pdf_pages = bare_extraction(pdfs, 2)
    figures["a_bare_pdfminer_2proc"] = {"seconds": round(bare_seconds, 2), "pages": pdf_pages}
    for workers in (1, 2):
        seconds = our_extraction(pdfs, workers)
        figures[f"extraction_{workers}proc_pages_per_second"] = round(pdf_pages / seconds, 1)
    warehouse = OUT / "warehouse" / "warehouse.duckdb"
    figures["b_full_refresh"] = refresh(inbox, warehouse, "b_full")
    figures["c_noop_refresh"] = refresh(inbox, warehouse, "c_noop")
    shutil.copy(extra, inbox / f"added_{extra.name}")
    figures["d_one_added"] = refresh(inbox, warehouse, "d_added")
    changed = next(f for f in files if f.suffix == ".txt")
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nReserves were £1.5m at year end.\n", encoding="utf-8"
    )
    figures["e_one_changed"] = refresh(inbox, warehouse, "e_changed")
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)
    figures["ratio_b_over_a"] = round(figures["b_full_refresh"]["seconds"] / bare_seconds, 2)
    for key, value in figures.items():
        print(f"{key:<36} {json.dumps(value)}")
    (OUT / "bench.json").write_text(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
