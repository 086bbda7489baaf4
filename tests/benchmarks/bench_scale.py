"""`make bench-scale`: the cost curve of the refresh from a hundred to thousands of reports.

For each N in NS (default "100 500 2000 5000"): a full refresh from an empty warehouse, a no-op refresh,
a refresh after adding one report and one after changing one, on the first N of one generated set of
reports (text, and PDFs read with the pypdfium2 engine so that the curve fits in about 15 minutes on
2 cores). Each refresh's stage seconds and peak memory (whole and per stage, `tests.benchmarks.measure`)
go to build/bench/scale.json, with each stage's growth exponent between consecutive N (1.0 is linear), and
are drawn in build/bench/scale.png.

Environment: NS (e.g. NS="100 500" for a quick run), PAGES per peer challenge report (default 20),
PDF_SHARE (default 0.1). Runs use a Dagster home under build/bench unless DAGSTER_HOME is set. Not a test.
"""

from __future__ import annotations

import json
import math
import os
import shutil
import time
from pathlib import Path

from tests.benchmarks.measure import REPO, own_dagster_home, progress, refresh
from tests.fixtures.sample_generator import generate_reports

OUT = REPO / "build" / "bench"
WORK = OUT / "scale_work"
REFRESHES = ("full", "noop", "one_added", "one_changed")
ENGINE = ("--pdf-engine", "pdfium")


def inbox_of(pool: list[Path], count: int, folder: Path) -> Path:
    """A folder holding the first `count` generated reports (hard links: no copy of the bytes)."""
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for path in pool[:count]:
        os.link(path, folder / path.name)
    return folder


def change_one(inbox: Path) -> None:
    """Change the first text report of the inbox (a new file: the pool's linked bytes stay as they were)."""
    path = min(p for p in inbox.iterdir() if p.suffix == ".txt")
    text = path.read_text(encoding="utf-8") + "\nReserves were £1.5m at year end.\n"
    path.unlink()
    path.write_text(text, encoding="utf-8")


def measure_point(pool: list[Path], spare: Path, count: int) -> dict:
    """The four refreshes at N = `count`, and the size of the warehouse they published."""
    inbox = inbox_of(pool, count, WORK / f"inbox_{count}")
    warehouse = WORK / f"warehouse_{count}" / "warehouse.duckdb"
    point: dict = {"n": count}
    point["full"] = progress(
        f"N={count} full", refresh(inbox, warehouse, f"scale_{count}_full", WORK, *ENGINE)
    )
    point["noop"] = progress(
        f"N={count} noop", refresh(inbox, warehouse, f"scale_{count}_noop", WORK, *ENGINE)
    )
    os.link(spare, inbox / f"added_{spare.name}")
    added = refresh(inbox, warehouse, f"scale_{count}_added", WORK, *ENGINE)
    point["one_added"] = progress(f"N={count} one added", added)
    change_one(inbox)
    changed = refresh(inbox, warehouse, f"scale_{count}_changed", WORK, *ENGINE)
    point["one_changed"] = progress(f"N={count} one changed", changed)
    point["warehouse_mb"] = round(warehouse.stat().st_size / 2**20, 1)
    shutil.rmtree(warehouse.parent)  # its archive, cache and marts: up to GBs at the largest N
    shutil.rmtree(inbox)
    return point


def growth(points: list[dict]) -> dict:
    """Each refresh's stages' growth exponent between consecutive N: log(t2/t1) / log(N2/N1); 1.0 is
    linear, above it faster than linear. Stages under 0.5 s at the larger N are left out (noise)."""
    out: dict = {}
    for low, high in zip(points, points[1:], strict=False):
        span = f"{low['n']}->{high['n']}"
        for kind in REFRESHES:
            stages = {**high[kind]["stages"], "total": high[kind]["seconds"]}
            for stage, seconds in stages.items():
                before = low[kind]["seconds"] if stage == "total" else low[kind]["stages"].get(stage)
                if not before or seconds < 0.5:
                    continue
                exponent = math.log(seconds / before) / math.log(high["n"] / low["n"])
                out.setdefault(kind, {}).setdefault(stage, {})[span] = round(exponent, 2)
    return out


def main() -> None:
    """Generate the largest set once, measure every N, write the JSON and draw the chart."""
    counts = sorted(int(n) for n in os.environ.get("NS", "100 500 2000 5000").split())
    pages, share = int(os.environ.get("PAGES", "20")), float(os.environ.get("PDF_SHARE", "0.1"))
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    own_dagster_home(WORK / "dagster_home")
    started = time.perf_counter()
    pool = generate_reports(WORK / "pool", counts[-1], pages=pages, pdf_share=share, workers=2)
    spare = generate_reports(WORK / "spare", 1, pages=pages, seed=99, pdf_share=1.0)[0]
    figures: dict = {
        "ns": counts,
        "pages": pages,
        "pdf_share": share,
        "pdf_engine": "pdfium",
        "generate_seconds": round(time.perf_counter() - started, 1),
        "points": [measure_point(pool, spare, n) for n in counts],
    }
    figures["growth_exponents"] = growth(figures["points"])
    figures["bench_seconds"] = round(time.perf_counter() - started, 1)
    (OUT / "scale.json").write_text(json.dumps(figures, indent=2))
    from tests.benchmarks.scale_chart import draw, table

    draw(figures, OUT / "scale.png")
    print(table(figures))
    print(f"figures: {OUT / 'scale.json'}; chart: {OUT / 'scale.png'}")


if __name__ == "__main__":
    main()
