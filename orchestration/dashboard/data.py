"""What the dashboard shows, read from the published warehouse (read-only) as pandas frames.

Every query has a total order, so the same marts give the same pages byte for byte (the incremental build
relies on it). Amounts are summed only where a sum means something: yearly figures (`fiscal_year` set) by year; figures
over several years (`fiscal_year` null) are listed with their provenance, never added to yearly ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import duckdb
import pandas as pd

UNKNOWN_COUNCIL = "(council not named)"
COUNCIL = f"coalesce(council, '{UNKNOWN_COUNCIL}')"

# every money figure with its provenance, one frame for all three money marts
FIGURES_SQL = f"""
select {COUNCIL} as council, 'savings' as mart, kind as measure, amount_gbp, percent, fiscal_year,
       period, service_area, source_file, page_number, quote
from marts.savings
union all
select {COUNCIL}, 'overspends', status, amount_gbp, null, fiscal_year, null, service_area, source_file,
       page_number, quote
from marts.overspends
union all
select {COUNCIL}, 'financial_figures', category, amount_gbp, percent, fiscal_year, period, service_area,
       source_file, page_number, quote
from marts.financial_figures
order by all
"""
# the columns the pages draw (not each rating's quote), in the order of the whole rows
RAG_SQL = f"""
select {COUNCIL} as council, period, period_order, status
from marts.performance_rag
order by {COUNCIL}, source_file, segment, objective, period, period_order, status, quote, page_number
"""
THEMES_SQL = f"""
select {COUNCIL} as council, theme, count(*) as recommendations
from marts.recommendations, unnest(themes) as t(theme)
group by all
order by all
"""
DOCUMENTS_SQL = f"""
select {COUNCIL} as council, source_file, doc_type, document_date, period_end, pages, ingested_at
from marts.documents
order by all
"""
QUARANTINE_SQL = """
select source_file, reason, quarantined_at from marts.quarantine order by quarantined_at desc, source_file, reason
"""
ALERTS_SQL = """
select raised_at, severity, check_name, source_file, message, is_delivered
from marts.alerts order by raised_at desc, check_name, source_file, message, severity, is_delivered
"""


@dataclass
class DashboardData:
    """The frames every page draws from."""

    figures: pd.DataFrame
    rag: pd.DataFrame
    themes: pd.DataFrame
    documents: pd.DataFrame
    quarantine: pd.DataFrame
    alerts: pd.DataFrame
    missing: list[str] = field(default_factory=list)  # marts the warehouse does not have

    @property
    def councils(self) -> list[str]:
        """Every council the warehouse holds a document of, by name."""
        return sorted(set(self.documents["council"]))


def _frame(con: duckdb.DuckDBPyConnection, sql: str, missing: list[str], name: str) -> pd.DataFrame:
    try:
        return con.execute(sql).df()
    except duckdb.CatalogException:
        missing.append(name)
        return pd.DataFrame()


def load_data(con: duckdb.DuckDBPyConnection) -> DashboardData:
    """Read every frame the dashboard needs; a mart the warehouse lacks gives an empty frame.

    Args:
        con: a read-only connection to the published warehouse.
    """
    missing: list[str] = []
    queries = {  # frame: (query, the marts it reads)
        "figures": (FIGURES_SQL, "savings, overspends, financial_figures"),
        "rag": (RAG_SQL, "performance_rag"),
        "themes": (THEMES_SQL, "recommendations"),
        "documents": (DOCUMENTS_SQL, "documents"),
        "quarantine": (QUARANTINE_SQL, "quarantine"),
        "alerts": (ALERTS_SQL, "alerts"),
    }
    frames = {name: _frame(con, sql, missing, marts) for name, (sql, marts) in queries.items()}
    if frames["documents"].empty:
        frames["documents"] = pd.DataFrame(columns=["council", "source_file", "doc_type", "ingested_at"])
    return DashboardData(**frames, missing=missing)


def for_council(frame: pd.DataFrame, council: str) -> pd.DataFrame:
    """The rows of one council (all rows of an empty frame)."""
    if frame.empty or "council" not in frame:
        return frame
    return frame[frame["council"] == council]
