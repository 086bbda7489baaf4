"""Vega-Lite chart specs (built with Altair) for the dashboard; each returns None when there is nothing to draw.

Every money mark carries its provenance in the tooltip: the report, the page and the quote it comes from.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

PROVENANCE = [
    alt.Tooltip("source_file:N", title="report"),
    alt.Tooltip("page_number:Q", title="page"),
    alt.Tooltip("quote:N", title="quote"),
]
AMOUNT = alt.Tooltip("amount_gbp:Q", format=",.0f", title="£")
RAG_COLOURS = alt.Scale(domain=["G", "A", "R"], range=["#2e7d32", "#f9a825", "#c62828"])
WIDTH = 430


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    """JSON-safe values: dates as text, no NaN."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].astype(str)
    return out.astype(object).where(out.notna(), None)


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
    value = alt.X if horizontal else alt.Y
    axis = alt.Y if horizontal else alt.X
    amount = "sum(amount_gbp):Q" if total else "amount_gbp:Q"
    offset = {"yOffset" if horizontal else "xOffset": f"{group}:N"}
    chart = (
        alt.Chart(_clean(rows))
        .mark_bar()
        .encode(
            axis(f"{category}:N", title=None),
            value(amount, title="£"),
            color=alt.Color(f"{group}:N"),
            tooltip=[f"{category}:N", f"{group}:N", "fiscal_year:N", AMOUNT, *PROVENANCE],
            **offset,
        )
        .properties(title=title, width=WIDTH)
    )
    return chart.to_dict()


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


def _counted_bars(rows: pd.DataFrame, x: alt.X, y: alt.Y, title: str, **encodings: object) -> dict | None:
    if rows.empty:
        return None
    chart = alt.Chart(_clean(rows)).mark_bar().encode(x, y, **encodings).properties(title=title, width=WIDTH)
    return chart.to_dict()


def rag_mix(rag: pd.DataFrame) -> dict | None:
    """How many objectives were green, amber or red in each reporting period."""
    if rag.empty:
        return None
    rows = rag.assign(period=rag["period"].fillna("(no period)"), period_order=rag["period_order"].fillna(0))
    return _counted_bars(
        rows,
        alt.X("period:N", sort=alt.EncodingSortField("period_order"), title="period"),
        alt.Y("count():Q", title="objectives"),
        "Red / amber / green over the periods",
        color=alt.Color("status:N", scale=RAG_COLOURS, title="RAG"),
        tooltip=["period:N", "status:N", "count():Q"],
    )


def themes(frame: pd.DataFrame) -> dict | None:
    """Recommendations by theme."""
    return _counted_bars(
        frame,
        alt.X("sum(recommendations):Q", title="recommendations"),
        alt.Y("theme:N", sort="-x", title=None),
        "Recommendations by theme",
        tooltip=["theme:N", "sum(recommendations):Q"],
    )


def documents_over_time(documents: pd.DataFrame) -> dict | None:
    """Documents ingested per day, by type."""
    if documents.empty or documents["ingested_at"].isna().all():
        return None
    rows = documents.assign(day=pd.to_datetime(documents["ingested_at"], utc=True).dt.strftime("%Y-%m-%d"))
    return _counted_bars(
        rows,
        alt.X("day:O", title="first ingested"),
        alt.Y("count():Q", title="documents"),
        "Documents over time",
        color=alt.Color("doc_type:N", title="type"),
        tooltip=["day:O", "doc_type:N", "count():Q"],
    )
