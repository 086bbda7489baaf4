"""Write the dashboard's pages: an overview across councils, a page per council, and pipeline health.

The site is written to a new folder and swapped in by renaming, so a reader never sees a half-written site.
"""

from __future__ import annotations

import json
import os
import re
import shutil
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path

import duckdb
import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from ingest.state.files import swap_folder
from ingest.state.warehouse_file import connect_warehouse
from orchestration.dashboard import charts
from orchestration.dashboard.data import DashboardData, for_council, load_data

STATIC = ("dashboard.js", "dashboard.css")


def slug(name: str) -> str:
    """A file name for a council's page: 'Wyvern District Council' -> 'wyvern-district-council'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "council"


def vega_bundle(cache_dir: Path | None) -> str:
    """Vega, Vega-Lite and Vega-Embed as one classic script (no request leaves the page), cached by version."""
    import vl_convert

    cached = cache_dir / f"vega-bundle-{version('vl-convert-python')}.js" if cache_dir else None
    if cached is not None and cached.exists():
        return cached.read_text(encoding="utf-8")
    bundle = vl_convert.javascript_bundle()  # assigns vegaEmbed, vegaLite and vega to window
    if cached is not None:
        cached.parent.mkdir(parents=True, exist_ok=True)
        cached.write_text(bundle, encoding="utf-8")
    return bundle


def _charts(specs: dict[str, dict | None], page: str) -> tuple[list[dict], dict[str, dict]]:
    """Charts with an id and their spec as JSON safe inside a <script> element; by name for the templates."""
    drawn = {}
    for name, spec in specs.items():
        if spec is not None:
            # NaN is not JSON: read back with NaN as null before writing the spec into the page
            spec = json.loads(json.dumps(spec, default=str), parse_constant=lambda _: None)
            text = json.dumps(spec).replace("</", "<\\/")
            drawn[name] = {"id": f"{page}-{name}", "spec": text}
    return list(drawn.values()), drawn


def _rows(frame: pd.DataFrame, links: dict[str, str]) -> list[dict]:
    """Template rows: no NaN, amounts with thousands separators, each report linked to its file."""
    if frame.empty:
        return []
    rows = frame.astype(object).where(frame.notna(), None).to_dict("records")
    for row in rows:
        if row.get("amount_gbp") is not None:
            row["amount"] = f"{row['amount_gbp']:,.0f}"
        if row.get("page_number") is not None:
            row["page_number"] = int(row["page_number"])
        link = links.get(row.get("source_file") or "")
        if link and row.get("page_number") and link.lower().endswith(".pdf"):
            link = f"{link}#page={row['page_number']}"
        row["report_link"] = link
    return rows


def _report_links(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Each report's file as a file:// address (where the refresh read it)."""
    try:
        rows = con.execute("select source_file, file_path from marts.documents").fetchall()
    except duckdb.CatalogException:
        return {}
    return {name: Path(path).as_uri() for name, path in rows if path and Path(path).is_absolute()}


def _overview(env: Environment, data: DashboardData, context: dict) -> str:
    specs = {
        "savings_by_council": charts.savings_by_council(data.figures),
        "overspends": charts.overspends_by_service(data.figures),
        "themes": charts.themes(data.themes),
        "rag": charts.rag_mix(data.rag),
    }
    chart_list, by_name = _charts(specs, "overview")
    councils = [
        {
            "name": name,
            "slug": slug(name),
            "documents": int((data.documents["council"] == name).sum()),
            "figures": len(for_council(data.figures, name)),
            "recommendations": int(for_council(data.themes, name).get("recommendations", pd.Series()).sum()),
        }
        for name in data.councils
    ]
    kpis = {
        "documents": len(data.documents),
        "councils": len(data.councils),
        "figures": len(data.figures),
        "quarantined": len(data.quarantine),
        "alerts": len(data.alerts),
    }
    return env.get_template("index.html").render(
        **context, title="Overview", charts=chart_list, charts_by_name=by_name, councils=councils, kpis=kpis
    )


def _council(env: Environment, data: DashboardData, name: str, links: dict[str, str], context: dict) -> str:
    figures = for_council(data.figures, name)
    specs = {}
    if not figures.empty:
        specs = {
            "savings_by_year": charts.savings_by_year(figures),
            "overspends": charts.overspends_by_service(figures),
            "reserves": charts.reserves_and_gap(figures),
        }
    specs["rag"] = charts.rag_mix(for_council(data.rag, name))
    specs["themes"] = charts.themes(for_council(data.themes, name))
    chart_list, by_name = _charts(specs, slug(name))
    ordered = (
        figures.sort_values(["mart", "fiscal_year", "measure"], na_position="last")
        if not figures.empty
        else figures
    )
    return env.get_template("council.html").render(
        **{**context, "root": "../"},
        title=name,
        charts=chart_list,
        charts_by_name=by_name,
        figures=_rows(ordered, links),
        documents=_rows(for_council(data.documents, name), links),
    )


def _health(env: Environment, data: DashboardData, context: dict) -> str:
    chart_list, by_name = _charts({"documents": charts.documents_over_time(data.documents)}, "health")
    return env.get_template("health.html").render(
        **context,
        title="Pipeline health",
        charts=chart_list,
        charts_by_name=by_name,
        quarantine=_rows(data.quarantine, {}),
        alerts=_rows(data.alerts, {}),
        missing=data.missing,
    )


def build_dashboard(warehouse: Path, out_dir: Path, cache_dir: Path | None = None) -> list[Path]:
    """Build the static dashboard of a published warehouse.

    Args:
        warehouse: the published DuckDB file (opened read-only).
        out_dir: the site's folder; replaced as a whole once the new site is written.
        cache_dir: where the bundled Vega scripts are cached between builds (None: built each time).

    Returns:
        The pages written, overview first.
    """
    env = Environment(loader=PackageLoader("orchestration.dashboard"), autoescape=select_autoescape())
    with connect_warehouse(warehouse) as con:
        data = load_data(con)
        links = _report_links(con)
    built = datetime.fromtimestamp(warehouse.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    context = {"root": "", "built_at": built}
    pages = {"index.html": _overview(env, data, context), "health.html": _health(env, data, context)}
    for name in data.councils:
        pages[f"council/{slug(name)}.html"] = _council(env, data, name, links, context)
    staging = out_dir.with_name(f".{out_dir.name}.tmp{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "assets").mkdir(parents=True)
    (staging / "council").mkdir()
    (staging / "assets" / "vega.js").write_text(vega_bundle(cache_dir), encoding="utf-8")
    templates = Path(__file__).with_name("templates")
    for name in STATIC:
        shutil.copyfile(templates / name, staging / "assets" / name)
    for relative, html in pages.items():
        (staging / relative).write_text(html, encoding="utf-8")
    swap_folder(staging, out_dir)
    return [out_dir / relative for relative in pages]


def dashboard_dir(warehouse: Path) -> Path:
    """Where the dashboard of a published warehouse is written: `dashboard/` beside it."""
    return warehouse.parent / "dashboard"
