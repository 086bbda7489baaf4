"""Vega-Lite chart specs for the dashboard; each returns None when there is nothing to draw.

The specs are plain dicts, written exactly as Altair's `Chart.to_dict()` writes them (the tests compare the
two), without building and validating Altair's schema objects: that cost about 50 ms a chart, most of the
dashboard's time. Every money mark carries its provenance in the tooltip: the report, the page and the quote.
"""

from __future__ import annotations

import hashlib
import json
import re

import pandas as pd

VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v6.4.1.json"
TYPES = {"N": "nominal", "Q": "quantitative", "O": "ordinal", "T": "temporal"}
PROVENANCE = [
    {"field": "source_file", "title": "report", "type": "nominal"},
    {"field": "page_number", "title": "page", "type": "quantitative"},
    {"field": "quote", "title": "quote", "type": "nominal"},
]
AMOUNT = {"field": "amount_gbp", "format": ",.0f", "title": "£", "type": "quantitative"}
RAG_COLOURS = {"domain": ["G", "A", "R"], "range": ["#2e7d32", "#f9a825", "#c62828"]}
WIDTH = 430


def channel(shorthand: str, **options: object) -> dict:
    """One encoding in Altair's shorthand ('sum(amount_gbp):Q', 'count():Q', 'theme:N') with its options."""
    field, kind = shorthand.rsplit(":", 1)
    encoding: dict = {"type": TYPES[kind], **options}
    if match := re.fullmatch(r"(\w+)\((\w*)\)", field):
        encoding["aggregate"] = match[1]
        field = match[2]
    if field:
        encoding["field"] = field
    return dict(sorted(encoding.items()))


def records(frame: pd.DataFrame) -> list[dict]:
    """The rows as dicts of plain Python values, a missing value (NaN, NaT, NA) as None. (pandas'
    `astype(object).where(notna)` gives the same, at about 2 ms a frame: a full build's dashboard turns
    hundreds of small frames into rows.)"""
    rows = frame.to_dict("records")
    gaps = [column for column in frame.columns if frame[column].hasnans]
    for row in rows if gaps else ():
        for column in gaps:
            value = row[column]
            if value is not None and pd.isna(value):
                row[column] = None
    return rows


def _values(frame: pd.DataFrame) -> list[dict]:
    """The rows JSON-safe: dates and times as text, no NaN."""
    dated = [column for column in frame.columns if pd.api.types.is_datetime64_any_dtype(frame[column])]
    if dated:
        frame = frame.assign(**{column: frame[column].astype(str) for column in dated})
    return records(frame)


def _spec(rows: pd.DataFrame, title: str, encoding: dict[str, object]) -> dict:
    """A bar chart over the rows, its data named by their hash as Altair names it."""
    values = _values(rows)
    digest = hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()[:32]
    name = "empty" if values == [{}] else f"data-{digest}"
    return {
        "config": {"view": {"continuousWidth": 300, "continuousHeight": 300}},
        "data": {"name": name},
        "mark": {"type": "bar"},
        "encoding": dict(sorted(encoding.items())),
        "title": title,
        "width": WIDTH,
        "$schema": VEGA_LITE_SCHEMA,
        "datasets": {name: values},
    }


def _money(figures: pd.DataFrame, mart: str, measures: list[str] | None, yearly: bool) -> pd.DataFrame:
    """The figures of one mart with an amount (of some measures; with a fiscal year when `yearly`)."""
    if figures.empty:
        return figures
    keep = (figures["mart"] == mart) & figures["amount_gbp"].notna()
    if measures is not None:
        keep &= figures["measure"].isin(measures)
    if yearly:
        keep &= figures["fiscal_year"].notna()
    return figures[keep]


def _grouped_bars(
    rows: pd.DataFrame, category: str, group: str, title: str, horizontal: bool = False, total: bool = True
) -> dict | None:
    """Bars of £ per `category`, side by side per `group` (summed when `total`, else one bar per figure)."""
    if rows.empty:
        return None
    value, axis, offset = ("x", "y", "yOffset") if horizontal else ("y", "x", "xOffset")
    tooltip = [channel(f"{category}:N"), channel(f"{group}:N"), channel("fiscal_year:N"), AMOUNT, *PROVENANCE]
    encoding = {
        axis: channel(f"{category}:N", title=None),
        value: channel("sum(amount_gbp):Q" if total else "amount_gbp:Q", title="£"),
        "color": channel(f"{group}:N"),
        "tooltip": tooltip,
        offset: channel(f"{group}:N"),
    }
    return _spec(rows, title, encoding)


def savings_by_year(figures: pd.DataFrame) -> dict | None:
    """Savings targeted against delivered, by fiscal year (yearly figures only)."""
    rows = _money(figures, "savings", ["target", "delivered"], yearly=True)
    return _grouped_bars(rows, "fiscal_year", "measure", "Savings: target against delivered, by year")


def overspends_by_service(figures: pd.DataFrame) -> dict | None:
    """Overspends by service, actual against forecast."""
    rows = _money(figures, "overspends", None, yearly=False)
    rows = rows.assign(service=rows["service_area"].fillna("whole council")) if not rows.empty else rows
    title = "Overspends by service: actual and forecast"
    return _grouped_bars(rows, "service", "measure", title, horizontal=True)


def reserves_and_gap(figures: pd.DataFrame) -> dict | None:
    """Reserves against the funding gap, each figure with its year where the report gives one."""
    rows = _money(figures, "financial_figures", ["reserves", "funding_gap"], yearly=False)
    rows = rows.assign(year=rows["fiscal_year"].fillna("no single year")) if not rows.empty else rows
    return _grouped_bars(rows, "year", "measure", "Reserves against the funding gap", total=False)


def savings_by_council(figures: pd.DataFrame) -> dict | None:
    """Across councils: yearly savings targeted and delivered (figures over several years left out)."""
    rows = _money(figures, "savings", ["target", "delivered"], yearly=True)
    title = "Savings by council: target and delivered (single-year figures)"
    return _grouped_bars(rows, "council", "measure", title, horizontal=True)


def _counted_bars(rows: pd.DataFrame, x: dict, y: dict, title: str, **encodings: object) -> dict | None:
    if rows.empty:
        return None
    return _spec(rows, title, {"x": x, "y": y, **encodings})


def rag_mix(rag: pd.DataFrame) -> dict | None:
    """How many objectives were green, amber or red in each reporting period."""
    if rag.empty:
        return None
    rows = rag[["period", "period_order", "status"]]  # what it counts and draws; not each rating's quote
    rows = rows.assign(
        period=rows["period"].fillna("(no period)"), period_order=rows["period_order"].fillna(0)
    )
    return _counted_bars(
        rows,
        channel("period:N", sort={"field": "period_order"}, title="period"),
        channel("count():Q", title="objectives"),
        "Red / amber / green over the periods",
        color=channel("status:N", scale=RAG_COLOURS, title="RAG"),
        tooltip=[channel("period:N"), channel("status:N"), channel("count():Q")],
    )


def themes(frame: pd.DataFrame) -> dict | None:
    """Recommendations by theme."""
    return _counted_bars(
        frame,
        channel("sum(recommendations):Q", title="recommendations"),
        channel("theme:N", sort="-x", title=None),
        "Recommendations by theme",
        tooltip=[channel("theme:N"), channel("sum(recommendations):Q")],
    )


def documents_over_time(documents: pd.DataFrame) -> dict | None:
    """Documents ingested per day, by type."""
    if documents.empty or documents["ingested_at"].isna().all():
        return None
    day = pd.to_datetime(documents["ingested_at"], utc=True).dt.strftime("%Y-%m-%d")
    rows = pd.DataFrame({"day": day, "doc_type": documents["doc_type"]})  # what it counts and draws
    return _counted_bars(
        rows,
        channel("day:O", title="first ingested"),
        channel("count():Q", title="documents"),
        "Documents over time",
        color=channel("doc_type:N", title="type"),
        tooltip=[channel("day:O"), channel("doc_type:N"), channel("count():Q")],
    )
