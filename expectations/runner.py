"""Run every Great Expectations suite on the marts of a warehouse, as pandas frames in an ephemeral context.

GE over DuckDB through SQLAlchemy is broken (GE issues #10738, #11579), so marts are read into pandas.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb

from expectations import money, performance, reports
from expectations.data_docs_offline import make_offline

SITE = "councilwh"  # the Data Docs site's name
SEVERITY_ORDER = {"info": 0, "warning": 1, "critical": 2}
CONTEXT_COLUMNS = ["source_file", "document_id", "quote"]
MARTS = [
    "documents",
    "recommendations",
    "savings",
    "overspends",
    "financial_figures",
    "figure_relations",
    "performance_summary",
    "performance_rag",
    "warnings",
]
# the columns the checks read of a mart where not all of them (their `prepare` functions pick these); the
# frame keeps the order of the whole rows, so a check sees what it saw of the whole mart. Recommendations'
# bodies, themes and sub-actions were most of the checks' reading time.
READ_COLUMNS = {
    "recommendations": ["source_file", "number", "title"],
    "performance_rag": ["source_file", "segment", "period", "period_order", "status"],
}

if TYPE_CHECKING:
    import pandas as pd


@dataclass(frozen=True)
class Check:
    """One suite run on one mart (`asset`), on a frame `prepare` derives from the marts."""

    name: str
    asset: str
    build_suite: Callable[[], Any]
    prepare: Callable[[dict[str, pd.DataFrame]], pd.DataFrame]
    description: str


CHECKS = [
    Check(
        "ge_documents",
        "documents",
        reports.build_documents_suite,
        lambda f: f["documents"],
        "doc types closed; engagement figures plausible",
    ),
    Check(
        "ge_recommendation_numbering",
        "recommendations",
        reports.build_recommendation_numbering_suite,
        lambda f: reports.prepare_recommendation_numbering(f["recommendations"]),
        "recommendation numbers contiguous from 1 in each report",
    ),
    *[
        Check(
            f"ge_{table}",
            table,
            lambda t=table: money.build_money_suite(t),
            lambda f, t=table: money.prepare_money(f[t]),
            "amounts positive and plausible, percentages 0-100, fiscal years well formed, vocabularies closed",
        )
        for table in ("savings", "overspends", "financial_figures")
    ],
    Check(
        "ge_restated_years",
        "savings",
        money.build_restated_years_suite,
        money.prepare_restated_years,
        "the same figure stated with two different fiscal years in one report",
    ),
    Check(
        "ge_figure_relations",
        "figure_relations",
        money.build_relations_suite,
        lambda f: f["figure_relations"],
        "stated totals equal the sum of their parts within rounding (half the smallest printed unit per figure)",
    ),
    Check(
        "ge_summary_totals",
        "performance_summary",
        performance.build_summary_totals_suite,
        lambda f: performance.prepare_summary_totals(f["performance_summary"]),
        "Totals = sum of segments; As Percentage = count / total; percentages add to 100",
    ),
    Check(
        "ge_rag_agrees_with_summary",
        "performance_rag",
        performance.build_rag_agrees_suite,
        lambda f: performance.prepare_rag_agrees(f["performance_rag"], f["performance_summary"]),
        "the RAG grid's latest period aggregates to the summary's counts",
    ),
    Check(
        "ge_warnings",
        "warnings",
        reports.build_warnings_suite,
        lambda f: f["warnings"],
        "malformed figures kept and characters repaired, reported as warnings",
    ),
]


@dataclass
class Failure:
    """One failed expectation with the rows that broke it."""

    expectation: str
    column: str | None
    severity: str
    unexpected_count: int
    rows: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class CheckOutcome:
    """The result of one check: passed or not, its worst severity and its failures."""

    check: str
    asset: str
    success: bool
    severity: str | None
    failures: list[Failure] = field(default_factory=list)
    rows_checked: int = 0


def read_marts(con: duckdb.DuckDBPyConnection) -> dict[str, pd.DataFrame]:
    """Every mart the checks read, as pandas frames (empty frames for missing marts).

    Rows are sorted by all their columns, so that outcomes (which rows are sampled, in what order) depend on
    the marts' content only, not on the order an incremental or a full build happened to store them in.
    Of the marts in `READ_COLUMNS` only those columns are read, in the same order.
    """
    frames = {}
    for table in MARTS:
        try:
            frames[table] = con.execute(_read_sql(con, table)).df()
        except duckdb.CatalogException:
            import pandas as pd  # loaded when the checks run, not with the definitions

            frames[table] = pd.DataFrame()
    return frames


def _read_sql(con: duckdb.DuckDBPyConnection, table: str) -> str:
    """The query of one mart's rows, sorted by every column (`order by all` where all are read)."""
    if table not in READ_COLUMNS:
        return f'select * from marts."{table}" order by all'
    columns = con.execute(
        "select column_name from duckdb_columns() where schema_name = 'marts' and table_name = ? "
        "order by column_index",
        [table],
    ).fetchall()
    if not columns:
        raise duckdb.CatalogException(f"marts.{table} does not exist")
    order = ", ".join(f'"{name}"' for (name,) in columns)
    return f'select {", ".join(READ_COLUMNS[table])} from marts."{table}" order by {order}'


def make_context(data_docs: Path | None = None) -> Any:
    """An ephemeral GE context, quiet, writing Data Docs to `data_docs` when given (and nowhere else)."""
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    # GE's default site is a fresh temp folder: building it doubled the Data Docs time, and the folder
    # was never removed
    for site in list(context.list_data_docs_sites()):
        context.delete_data_docs_site(site)
    if data_docs is not None:
        context.add_data_docs_site(site_name=SITE, site_config=site_config(data_docs))
    return context


def site_config(data_docs: Path) -> dict[str, Any]:
    """The Data Docs site in `data_docs`: GE's default site but for views that compile templates once."""
    views = "expectations.data_docs_views"
    page_view = {"module_name": views, "class_name": "CachedPageView"}
    return {
        "class_name": "SiteBuilder",
        "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(data_docs)},
        "site_index_builder": {
            "class_name": "DefaultSiteIndexBuilder",
            "view": {"module_name": views, "class_name": "CachedIndexPageView"},
        },
        "site_section_builders": {"expectations": {"view": page_view}, "validations": {"view": page_view}},
    }


def validate_frame(check: Check, frame: pd.DataFrame, context: Any | None = None) -> CheckOutcome:
    """Validate one prepared frame with its check's suite (in `context`, else a fresh ephemeral one)."""
    if frame.empty:
        return CheckOutcome(check.name, check.asset, True, None)
    import great_expectations as gx

    context = context or make_context()
    batch = _whole_frame_batch(context, check.name)
    suite = context.suites.add(check.build_suite())
    definition = gx.ValidationDefinition(name=f"{check.name}_validation", data=batch, suite=suite)
    frame = frame.reset_index(drop=True)
    result = definition.run(
        batch_parameters={"dataframe": frame}, result_format={"result_format": "COMPLETE"}
    )
    failures = [_failure(r, frame) for r in result.results if not r.success]
    worst = max((f.severity for f in failures), key=SEVERITY_ORDER.get, default=None)
    return CheckOutcome(check.name, check.asset, bool(result.success), worst, failures, len(frame))


def _whole_frame_batch(context: Any, name: str) -> Any:
    """A pandas source `<name>_source` with one frame asset `<name>_frame` and its whole-frame batch
    definition `<name>_batch`, added in one step: GE saves the context's configuration (as YAML, even in
    an ephemeral context) after each add, and three adds a check cost ~5 ms."""
    from great_expectations.core.batch_definition import BatchDefinition
    from great_expectations.datasource.fluent import PandasDatasource
    from great_expectations.datasource.fluent.pandas_datasource import DataFrameAsset

    asset = DataFrameAsset(name=f"{name}_frame", batch_definitions=[BatchDefinition(name=f"{name}_batch")])
    source = context.data_sources.add_pandas(PandasDatasource(name=f"{name}_source", assets=[asset]))
    return source.get_asset(f"{name}_frame").get_batch_definition(f"{name}_batch")


def _failure(result: Any, frame: pd.DataFrame) -> Failure:
    config = result.expectation_config
    column = config.kwargs.get("column")
    indexes = (result.result or {}).get("unexpected_index_list") or []
    keep = [c for c in [*CONTEXT_COLUMNS, column] if c and c in frame.columns]
    extra = [c for c in frame.columns if c not in keep][:8]
    rows = frame.loc[indexes[:20], keep + extra].astype(object).where(frame.notna(), None).to_dict("records")
    severity = getattr(config.severity, "value", str(config.severity)).lower()
    return Failure(
        config.type, column, severity, int((result.result or {}).get("unexpected_count") or 0), rows
    )


def run_all(
    con: duckdb.DuckDBPyConnection, checks: list[Check] | None = None, data_docs: Path | None = None
) -> list[CheckOutcome]:
    """Run every check on the warehouse behind `con`.

    Args:
        con: a connection to a built warehouse (read-only is enough).
        checks: the checks to run (default: all of `CHECKS`).
        data_docs: a folder to write GE Data Docs (HTML) into, or None.

    Returns:
        One outcome per check, in order.
    """
    frames = read_marts(con)
    context = make_context(data_docs)
    outcomes = [validate_frame(check, check.prepare(frames), context) for check in checks or CHECKS]
    if data_docs is not None:
        context.build_data_docs(site_names=[SITE])
        make_offline(data_docs)  # vendored scripts and styles instead of CDNs: renders with no network
    return outcomes


def save_outcomes(con: duckdb.DuckDBPyConnection, outcomes: list[CheckOutcome]) -> None:
    """Keep this run's outcomes in `audit.check_outcomes` of the warehouse being built."""
    import json
    from dataclasses import asdict

    con.execute("create schema if not exists audit")
    con.execute("create or replace table audit.check_outcomes (check_name varchar, outcome json)")
    con.executemany(
        "insert into audit.check_outcomes values (?, ?)",
        [(o.check, json.dumps(asdict(o), default=str)) for o in outcomes],
    )


def load_outcomes(con: duckdb.DuckDBPyConnection) -> list[CheckOutcome]:
    """The outcomes `save_outcomes` kept (none if the checks did not run)."""
    import json

    try:
        rows = con.execute("select outcome from audit.check_outcomes order by check_name").fetchall()
    except duckdb.CatalogException:
        return []
    outcomes = []
    for (text,) in rows:
        data = json.loads(text)
        data["failures"] = [Failure(**f) for f in data["failures"]]
        outcomes.append(CheckOutcome(**data))
    return outcomes
