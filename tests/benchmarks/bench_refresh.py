"""`make bench`: the nightly refresh at N generated reports, against bare PDF extraction.

Measures, in one run:
  (a) bare pdfminer.six over the generated PDFs with 2 processes and nothing else: the yardstick;
  (a2) bare pypdfium2 text extraction of the same PDFs with 2 processes: the pypdfium2 yardstick;
  (b) a full refresh from an empty warehouse; (c) a no-op refresh (nothing changed);
  (d) a refresh after adding one report; (e) a refresh after changing one report;
  (f) a full refresh from an empty warehouse with the pypdfium2 engine.
Each refresh is a `councilwh refresh` process: its seconds, its stages (extract, parse and load inside
`raw_tables`, then dbt, checks, alerts, publish, exports, dashboard), the rest (process start-up, imports,
the Dagster run's bookkeeping) and its peak memory, whole and per stage (`tests.benchmarks.measure`).
Prints one line per figure and the targets of issue 17, and writes them all to build/bench/bench.json.

Environment: N reports (default 500), PAGES per peer challenge report (default 20), PROFILE=1 to run
refresh (d) under pyinstrument (text profile in build/bench/profile_d_added.txt). Runs use a Dagster home
under build/bench unless DAGSTER_HOME is set. Not a test: pytest does not collect it.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from tests.benchmarks.measure import REPO, own_dagster_home, progress, refresh
from tests.fixtures.sample_generator import generate_reports

OUT = REPO / "build" / "bench"
WORK = OUT / "refresh"  # inbox, spare report, warehouses and Dagster home of this benchmark
# issue 17: (figure, limit); a figure is seconds, a ratio or MB
TARGETS = {
    "d_one_added": 10.0,
    "e_one_changed": 10.0,
    "c_noop_refresh": 2.0,
    "ratio_b_over_a": 1.0,
    "ratio_f_over_a2_pdfium": 1.5,
    "peak_tree_rss_mb": 1536.0,
}


def _bare_pdfminer(path: Path) -> int:
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams

    return sum(1 for _ in extract_pages(str(path), laparams=LAParams()))


def _bare_pdfium(path: Path) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        for page in document:
            page.get_textpage().get_text_range()
        return len(document)
    finally:
        document.close()


def bare_extraction(pdfs: list[Path], workers: int = 2, engine: str = "pdfminer") -> tuple[float, int]:
    """Seconds and pages for the plain library over the PDFs with `workers` processes: pdfminer.six's page
    layout (`extract_pages`), or pypdfium2's text of every page (`get_text_range`)."""
    read = _bare_pdfminer if engine == "pdfminer" else _bare_pdfium
    started = time.perf_counter()
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pages = sum(pool.map(read, pdfs, chunksize=1))
    return time.perf_counter() - started, pages


def measure_refreshes(figures: dict, files: list[Path], extra: Path, profile: bool) -> None:
    """Refreshes (b)-(f) on the generated inbox, each added to `figures`."""
    inbox, warehouse = WORK / "inbox", WORK / "warehouse" / "warehouse.duckdb"
    figures["b_full_refresh"] = progress("b_full_refresh", refresh(inbox, warehouse, "b_full", OUT))
    figures["c_noop_refresh"] = progress("c_noop_refresh", refresh(inbox, warehouse, "c_noop", OUT))
    shutil.copy(extra, inbox / f"added_{extra.name}")
    figures["d_one_added"] = progress(
        "d_one_added", refresh(inbox, warehouse, "d_added", OUT, profile=profile)
    )
    changed = next(f for f in files if f.suffix == ".txt")
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\nReserves were £1.5m at year end.\n", encoding="utf-8"
    )
    figures["e_one_changed"] = progress("e_one_changed", refresh(inbox, warehouse, "e_changed", OUT))
    pdfium_warehouse = WORK / "warehouse_pdfium" / "warehouse.duckdb"
    figures["f_full_refresh_pdfium"] = progress(
        "f_full_refresh_pdfium",
        refresh(inbox, pdfium_warehouse, "f_full_pdfium", OUT, "--pdf-engine", "pdfium"),
    )


def main() -> None:
    """Generate the reports, measure, print and write the figures."""
    count, pages = int(os.environ.get("N", "500")), int(os.environ.get("PAGES", "20"))
    profile = os.environ.get("PROFILE", "") not in ("", "0")
    for old in OUT.glob("*"):  # this benchmark's files; bench-scale's figures (scale.*) stay
        if not old.name.startswith("scale"):
            shutil.rmtree(old) if old.is_dir() else old.unlink()
    WORK.mkdir(parents=True)
    own_dagster_home(WORK / "dagster_home")
    started = time.perf_counter()
    files = generate_reports(WORK / "inbox", count, pages=pages, workers=2)
    extra = generate_reports(WORK / "spare", 1, pages=pages, seed=99, pdf_share=1.0)[0]
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
    progress("a_bare_pdfminer_2proc", figures["a_bare_pdfminer_2proc"])
    pdfium_seconds, _ = bare_extraction(pdfs, engine="pdfium")
    figures["a2_bare_pdfium_2proc"] = {
        "seconds": round(pdfium_seconds, 2),
        "pages_per_second": round(pdf_pages / pdfium_seconds, 1),
    }
    progress("a2_bare_pdfium_2proc", figures["a2_bare_pdfium_2proc"])
    measure_refreshes(figures, files, extra, profile)
    refreshes = [v for v in figures.values() if isinstance(v, dict) and "peak_rss_mb" in v]
    figures["peak_rss_mb"] = max(r["peak_rss_mb"] for r in refreshes)
    figures["peak_tree_rss_mb"] = max(r["peak_tree_rss_mb"] for r in refreshes)
    figures["ratio_b_over_a"] = round(figures["b_full_refresh"]["seconds"] / bare_seconds, 3)
    figures["ratio_f_over_a2_pdfium"] = round(figures["f_full_refresh_pdfium"]["seconds"] / pdfium_seconds, 3)
    figures["pdfium_extract_speedup"] = round(
        figures["b_full_refresh"]["stages"]["extract"]
        / max(figures["f_full_refresh_pdfium"]["stages"]["extract"], 1e-3),
        1,
    )
    figures["bench_seconds"] = round(time.perf_counter() - started, 1)
    for key, value in figures.items():
        print(f"{key:<24} {json.dumps(value)}")
    for line in target_lines(figures):
        print(line)
    (OUT / "bench.json").write_text(json.dumps(figures, indent=2))


def target_lines(figures: dict) -> list[str]:
    """One line per target of issue 17: the figure, its limit, met or not."""
    lines = []
    for key, limit in TARGETS.items():
        value = figures[key]["seconds"] if isinstance(figures[key], dict) else figures[key]
        lines.append(f"target {key:<22} {value} <= {limit}: {'met' if value <= limit else 'NOT MET'}")
    return lines


if __name__ == "__main__":
    main()
