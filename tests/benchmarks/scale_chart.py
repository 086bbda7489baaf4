"""The cost curve of `make bench-scale` as a text table and a PNG chart (matplotlib, dev extra)."""

from __future__ import annotations

from pathlib import Path

# stages drawn, in the order a refresh runs them
STAGES = ("extract", "parse", "load", "dbt", "checks", "alerts", "publish", "exports", "dashboard")
OTHER = "startup_and_dagster"  # start-up, imports and the Dagster run's bookkeeping
ADDED_TARGET_SECONDS = 10.0
MEMORY_TARGET_MB = 1536.0


def table(figures: dict) -> str:
    """One line per N: the full refresh's total and stages, the one-added, one-changed and no-op totals
    (with the one-added's dbt seconds), peak memory and the warehouse's size."""
    head = [
        "N",
        "full",
        *STAGES[:5],
        "other",
        "added",
        "a.dbt",
        "changed",
        "noop",
        "peak_MB",
        "a.peak",
        "wh_MB",
    ]
    lines = [" ".join(f"{h:>8}" for h in head)]
    for point in figures["points"]:
        full, added = point["full"], point["one_added"]
        row = [point["n"], full["seconds"], *(full["stages"].get(s, 0.0) for s in STAGES[:5])]
        row += [full["stages"].get(OTHER, 0.0), added["seconds"], added["stages"].get("dbt", 0.0)]
        row += [point["one_changed"]["seconds"], point["noop"]["seconds"]]
        row += [full["peak_tree_rss_mb"], added["peak_tree_rss_mb"], point["warehouse_mb"]]
        lines.append(" ".join(f"{v:>8}" for v in row))
    return "\n".join(lines)


def draw(figures: dict, path: Path) -> None:
    """Three panels against N (log-log): the full refresh's stage seconds, the small refreshes' seconds,
    and peak memory per stage with the warehouse file's size."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    points = figures["points"]
    ns = [p["n"] for p in points]
    fig, (full_ax, small_ax, memory_ax) = plt.subplots(1, 3, figsize=(18, 6))
    for stage in (*STAGES, OTHER):
        values = [p["full"]["stages"].get(stage) for p in points]
        if any(v and v >= 0.05 for v in values):
            full_ax.plot(ns, [v or None for v in values], marker="o", label=stage)
    full_ax.plot(ns, [p["full"]["seconds"] for p in points], marker="s", color="black", label="total")
    first = points[0]["full"]["seconds"]
    full_ax.plot(
        ns, [first * n / ns[0] for n in ns], linestyle=":", color="grey", label="linear from first N"
    )
    _axes(full_ax, "Full refresh (pypdfium2): seconds per stage", "seconds")
    for kind, style in (("one_added", "-"), ("one_changed", "--"), ("noop", ":")):
        small_ax.plot(
            ns, [p[kind]["seconds"] for p in points], marker="s", linestyle=style, label=f"{kind} total"
        )
    for stage in ("dbt", "checks", OTHER, "extract"):
        values = [p["one_added"]["stages"].get(stage) for p in points]
        small_ax.plot(ns, [v or None for v in values], marker=".", alpha=0.7, label=f"one_added {stage}")
    small_ax.axhline(ADDED_TARGET_SECONDS, color="red", linestyle="--", label="target 10 s")
    _axes(small_ax, "Small refreshes: seconds", "seconds")
    for stage in ("extract", "parse", "load", "dbt", "checks", "dashboard"):
        values = [p["full"]["stage_peak_tree_rss_mb"].get(stage) for p in points]
        memory_ax.plot(ns, values, marker="o", label=f"full {stage}")
    memory_ax.plot(
        ns, [p["one_added"]["peak_tree_rss_mb"] for p in points], marker="s", label="one_added peak"
    )
    memory_ax.plot(
        ns, [p["warehouse_mb"] for p in points], color="black", linestyle="--", label="warehouse file (MB)"
    )
    memory_ax.axhline(MEMORY_TARGET_MB, color="red", linestyle="--", label="target 1.5 GB")
    _axes(memory_ax, "Peak memory of the process tree (MB)", "MB")
    fig.suptitle(f"councilwh refresh against N reports ({figures['pdf_share']:.0%} PDF, pypdfium2)")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)


def _axes(ax, title: str, unit: str) -> None:  # noqa: ANN001 - a matplotlib Axes
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("reports (N)")
    ax.set_ylabel(unit)
    ax.set_title(title)
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7)
