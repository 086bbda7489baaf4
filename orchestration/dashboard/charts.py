"""Vega-Lite chart specs (built with Altair) for the dashboard; each returns None when there is nothing to draw.

Every mark carries its provenance in the tooltip: the report, the page and the quote the figure comes from.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

PROVENANCE = [
    alt.Tooltip("source_file:N", title="report"),
    alt.Tooltip("page_number:Q", title="page"),
    alt.Tooltip("quote:N", title="quote"),
]
RAG_COLOURS = alt.Scale(domain=["G", "A", "R"], range=["#2e7d32", "#f9a825", "#c62828"])
WIDTH = 430


def _spec(chart: alt.Chart) -> dict:
    return chart.properties(width=WIDTH).to_dict()


def _clean(frame: pd.DataFrame) -> pd.DataFrame:
    """JSON-safe values: dates as text, no NaN."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].astype(str)
    return out.astype(object).where(out.notna(), None)


def savings_by_year(figures: pd.DataFrame) -> dict | None:
    """Savings targeted against delivered, by fiscal year (yearly figures only)."""
    if figures.empty:
        return None
    rows = figures[
        (figures["mart"] == "savings")
        & figures["measure"].isin(["target", "delivered"])
        & figures["fiscal_year"].notna()
        & figures["amount_gbp"].notna()
    ]
    if rows.empty:
        return None
    chart = (
        alt.Chart(_clean(rows))
        .mark_bar()
        .encode(
            x=alt.X("fiscal_year:N", title="fiscal year"),
            xOffset="measure:N",
            y=alt.Y("sum(amount_gbp):Q", title="£"),
            color=alt.Color("measure:N", title="savings"),
            tooltip=["measure:N", "fiscal_year:N", alt.Tooltip("amount_gbp:Q", format=",.0f"), *PROVENANCE],
        )
        .properties(title="Savings: target against delivered, by year")
    )
    return _spec(chart)


def overspends_by_service(figures: pd.DataFrame) -> dict | None:
    """Overspends by service, actual against forecast."""
    if figures.empty:
        return None
    rows = figures[(figures["mart"] == "overspends") & figures["amount_gbp"].notna()].copy()
    if rows.empty:
        return None
    rows["service"] = rows["service_area"].fillna("whole council")
    chart = (
        alt.Chart(_clean(rows))
        .mark_bar()
        .encode(
            y=alt.Y("service:N", title=None),
            yOffset="measure:N",
            x=alt.X("sum(amount_gbp):Q", title="£"),
            color=alt.Color("measure:N", title="status"),
            tooltip=[
                "service:N",
                "measure:N",
                "fiscal_year:N",
                alt.Tooltip("amount_gbp:Q", format=",.0f"),
                *PROVENANCE,
            ],
        )
        .properties(title="Overspends by service: actual and forecast")
    )
    return _spec(chart)


def reserves_and_gap(figures: pd.DataFrame) -> dict | None:
    """Reserves against the funding gap, each figure with its year where the report gives one."""
    if figures.empty:
        return None
    rows = figures[
        (figures["mart"] == "financial_figures")
        & figures["measure"].isin(["reserves", "funding_gap"])
        & figures["amount_gbp"].notna()
    ].copy()
    if rows.empty:
        return None
    rows["year"] = rows["fiscal_year"].fillna("no single year")
    chart = (
        alt.Chart(_clean(rows))
        .mark_bar()
        .encode(
            x=alt.X("year:N", title="fiscal year"),
            xOffset="measure:N",
            y=alt.Y("amount_gbp:Q", title="£"),
            color=alt.Color("measure:N", title="figure"),
            tooltip=["measure:N", "year:N", alt.Tooltip("amount_gbp:Q", format=",.0f"), *PROVENANCE],
        )
        .properties(title="Reserves against the funding gap")
    )
    return _spec(chart)


def rag_mix(rag: pd.DataFrame) -> dict | None:
    """How many objectives were green, amber or red in each reporting period."""
    if rag.empty:
        return None
    rows = rag.assign(period=rag["period"].fillna("(no period)"), period_order=rag["period_order"].fillna(0))
    chart = (
        alt.Chart(_clean(rows))
        .mark_bar()
        .encode(
            x=alt.X("period:N", sort=alt.EncodingSortField("period_order"), title="period"),
            y=alt.Y("count():Q", title="objectives"),
            color=alt.Color("status:N", scale=RAG_COLOURS, title="RAG"),
            tooltip=["period:N", "status:N", "count():Q"],
        )
        .properties(title="Red / amber / green over the periods")
    )
    return _spec(chart)


def themes(frame: pd.DataFrame) -> dict | None:
    """Recommendations by theme."""
    if frame.empty:
        return None
    chart = (
        alt.Chart(_clean(frame))
        .mark_bar()
        .encode(
            y=alt.Y("theme:N", sort="-x", title=None),
            x=alt.X("sum(recommendations):Q", title="recommendations"),
            tooltip=["theme:N", "sum(recommendations):Q"],
        )
        .properties(title="Recommendations by theme")
    )
    return _spec(chart)


def savings_by_council(figures: pd.DataFrame) -> dict | None:
    """Across councils: yearly savings targeted and delivered (figures over several years left out)."""
    if figures.empty:
        return None
    rows = figures[
        (figures["mart"] == "savings")
        & figures["measure"].isin(["target", "delivered"])
        & figures["fiscal_year"].notna()
        & figures["amount_gbp"].notna()
    ]
    if rows.empty:
        return None
    chart = (
        alt.Chart(_clean(rows))
        .mark_bar()
        .encode(
            y=alt.Y("council:N", title=None),
            yOffset="measure:N",
            x=alt.X("sum(amount_gbp):Q", title="£ (yearly figures)"),
            color=alt.Color("measure:N", title="savings"),
            tooltip=["council:N", "measure:N", alt.Tooltip("sum(amount_gbp):Q", format=",.0f")],
        )
        .properties(title="Savings by council: target and delivered (single-year figures)")
    )
    return _spec(chart)


def documents_over_time(documents: pd.DataFrame) -> dict | None:
    """Documents ingested per day, by type."""
    if documents.empty or documents["ingested_at"].isna().all():
        return None
    rows = documents.assign(day=pd.to_datetime(documents["ingested_at"], utc=True).dt.strftime("%Y-%m-%d"))
    chart = (
        alt.Chart(_clean(rows))
        .mark_bar()
        .encode(
            x=alt.X("day:O", title="first ingested"),
            y=alt.Y("count():Q", title="documents"),
            color=alt.Color("doc_type:N", title="type"),
            tooltip=["day:O", "doc_type:N", "count():Q"],
        )
        .properties(title="Documents over time")
    )
    return _spec(chart)
