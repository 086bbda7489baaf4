"""Render the dashboard's pages: an overview across councils, a page per council, and pipeline health.

A council page is drawn only from `council_frames` (the rows of that council) and the links of its reports,
so the incremental build can tell from those alone whether the page would change.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable

import pandas as pd
from jinja2 import Environment, PackageLoader, select_autoescape

from orchestration.dashboard import charts
from orchestration.dashboard.data import DashboardData

# the columns of each frame a council page shows (None: all of them: the money charts carry every column)
COUNCIL_COLUMNS: dict[str, list[str] | None] = {
    "figures": None,
    "rag": ["council", "period", "period_order", "status"],
    "themes": None,
    "documents": ["council", "source_file", "doc_type"],
}
# the overview's charts: name -> (the frame it draws, the chart), in the page's order
OVERVIEW_CHARTS: dict[str, tuple[str, Callable[[pd.DataFrame], dict | None]]] = {
    "savings_by_council": ("figures", charts.savings_by_council),
    "overspends": ("figures", charts.overspends_by_service),
    "themes": ("themes", charts.themes),
    "rag": ("rag", charts.rag_mix),
}


def slug(name: str) -> str:
    """A file name for a council's page: 'Wyvern District Council' -> 'wyvern-district-council'."""
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "council"


def environment() -> Environment:
    """The Jinja environment of the dashboard's templates."""
    return Environment(loader=PackageLoader("orchestration.dashboard"), autoescape=select_autoescape())


def council_frames(data: DashboardData) -> dict[str, pd.DataFrame]:
    """Every frame a council page draws from, cut to the columns it shows (all councils' rows)."""
    frames = {}
    for name, columns in COUNCIL_COLUMNS.items():
        frame = getattr(data, name)
        frames[name] = frame[columns] if columns is not None and not frame.empty else frame
    return frames


def _charts(specs: dict[str, dict | str | None], page: str) -> tuple[list[dict], dict[str, dict]]:
    """Charts with an id and their spec as JSON safe inside a <script> element; by name for the templates.
    A spec given as text is that JSON already (`overview.joined_spec`)."""
    drawn = {}
    for name, spec in specs.items():
        if isinstance(spec, str):
            drawn[name] = {"id": f"{page}-{name}", "spec": spec.replace("</", "<\\/")}
        elif spec is not None:
            try:
                text = json.dumps(spec, allow_nan=False)
            except (
                TypeError,
                ValueError,
            ):  # NaN is not JSON: read back with NaN as null before writing it into the page
                text = json.dumps(json.loads(json.dumps(spec, default=str), parse_constant=lambda _: None))
            text = text.replace("</", "<\\/")
            drawn[name] = {"id": f"{page}-{name}", "spec": text}
    return list(drawn.values()), drawn


def _rows(frame: pd.DataFrame, links: dict[str, str]) -> list[dict]:
    """Template rows: no NaN, amounts with thousands separators, each report linked to its file."""
    if frame.empty:
        return []
    rows = charts.records(frame)
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


def _council_table(data: DashboardData) -> list[dict]:
    """The overview's list of councils with their counts of documents, money figures and recommendations."""
    documents = data.documents["council"].value_counts()
    figures = data.figures["council"].value_counts() if not data.figures.empty else pd.Series(dtype=int)
    themes = data.themes
    recommendations = (
        themes.groupby("council")["recommendations"].sum()
        if not themes.empty and "council" in themes
        else pd.Series(dtype=int)
    )
    return [
        {
            "name": name,
            "slug": slug(name),
            "documents": int(documents.get(name, 0)),
            "figures": int(figures.get(name, 0)),
            "recommendations": int(recommendations.get(name, 0)),
        }
        for name in data.councils
    ]


def overview(env: Environment, data: DashboardData, context: dict) -> str:
    """The overview page across every council."""
    specs = {name: chart(getattr(data, frame)) for name, (frame, chart) in OVERVIEW_CHARTS.items()}
    return render_overview(env, specs, data, context)


def render_overview(
    env: Environment, specs: dict[str, dict | str | None], data: DashboardData, context: dict
) -> str:
    """The overview page with its charts' specs (as dicts, or as the JSON text `_charts` would write)."""
    chart_list, by_name = _charts(specs, "overview")
    kpis = {
        "documents": len(data.documents),
        "councils": len(data.councils),
        "figures": len(data.figures),
        "quarantined": len(data.quarantine),
        "alerts": len(data.alerts),
    }
    return env.get_template("index.html").render(
        **context,
        title="Overview",
        charts=chart_list,
        charts_by_name=by_name,
        councils=_council_table(data),
        kpis=kpis,
    )


def council(env: Environment, frames: dict[str, pd.DataFrame], name: str, links: dict[str, str]) -> str:
    """One council's page, from its rows of `council_frames` and its reports' links."""
    figures = frames["figures"]
    specs = {}
    if not figures.empty:
        specs = {
            "savings_by_year": charts.savings_by_year(figures),
            "overspends": charts.overspends_by_service(figures),
            "reserves": charts.reserves_and_gap(figures),
        }
    specs["rag"] = charts.rag_mix(frames["rag"])
    specs["themes"] = charts.themes(frames["themes"])
    chart_list, by_name = _charts(specs, slug(name))
    ordered = (
        figures.sort_values(["mart", "fiscal_year", "measure"], na_position="last", kind="stable")
        if not figures.empty
        else figures
    )
    return env.get_template("council.html").render(
        root="../",
        title=name,
        charts=chart_list,
        charts_by_name=by_name,
        figures=_rows(ordered, links),
        documents=_rows(frames["documents"], links),
    )


def health(env: Environment, data: DashboardData, context: dict) -> str:
    """The pipeline-health page: documents over time, quarantined files, failed checks and alerts."""
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
