"""Run every Great Expectations suite on the marts of a warehouse, as pandas frames in an ephemeral context.

GE over DuckDB through SQLAlchemy is broken (GE issues #10738, #11579), so marts are read into pandas.

Every check is per report: a row-level rule on a mart, or a rule on rows grouped by report (numbering,
restated years, summary totals, the RAG grid against the summary). So each check's result splits into one
result per report (`DocumentResult`), and the outcome of a check over the warehouse, the aggregate the
alerts and Dagster show, is the union of its reports' results (`aggregate`). A refresh keeps the reports'
results in `audit.check_results` (`run_and_keep`); an incremental refresh, which rebuilt only the changed
reports' mart rows (`meta.changed_documents`), validates only those reports' rows, replaces their results
and aggregates again: the same outcomes as validating every row (the build basis, which includes this
code, guarantees the kept results were made by the same suites). A check across reports would have to
read every row on every refresh; there is none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import polars as pl

from expectations import money, performance, reports
from expectations.data_docs_offline import make_offline
from ingest.state.incremental import CHANGED_TABLE, table_exists

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
    "recommendations": ["document_id", "source_file", "number", "title"],
    "performance_rag": ["document_id", "source_file", "segment", "period", "period_order", "status"],
}
RESULTS_TABLE = "audit.check_results"  # each check's result per report, kept for incremental refreshes
MAX_ROWS = 20  # offending rows kept per failed expectation (per report, and in the aggregate)

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


@dataclass
class DocumentResult:
    """One check's result on one report's rows: the rows checked and, for each failed expectation (by its
    position in the suite), the report's offending rows (at most `MAX_ROWS`, counted in full)."""

    check: str
    document_id: str | None
    source_file: str | None
    rows_checked: int
    failures: dict[int, Failure] = field(default_factory=dict)


def read_marts(con: duckdb.DuckDBPyConnection, changed_only: bool = False) -> dict[str, pd.DataFrame]:
    """Every mart the checks read, as pandas frames (empty frames for missing marts).

    Rows are sorted by all their columns, so that outcomes (which rows are sampled, in what order) depend on
    the marts' content only, not on the order an incremental or a full build happened to store them in.
    Of the marts in `READ_COLUMNS` only those columns are read, in the same order. `changed_only`: only the
    rows of the reports in `meta.changed_documents` (and rows of no report).
    """
    frames = {}
    where = (
        f" where document_id in (select document_id from {CHANGED_TABLE}) or document_id is null"
        if changed_only
        else ""
    )
    for table in MARTS:
        try:
            frames[table] = con.execute(_read_sql(con, table, where)).df()
        except duckdb.CatalogException:
            import pandas as pd  # loaded when the checks run, not with the definitions

            frames[table] = pd.DataFrame()
    return frames


def _read_sql(con: duckdb.DuckDBPyConnection, table: str, where: str = "") -> str:
    """The query of one mart's rows, sorted by every column (`order by all` where all are read)."""
    if table not in READ_COLUMNS:
        return f'select * from marts."{table}"{where} order by all'
    columns = con.execute(
        "select column_name from duckdb_columns() where schema_name = 'marts' and table_name = ? "
        "order by column_index",
        [table],
    ).fetchall()
    if not columns:
        raise duckdb.CatalogException(f"marts.{table} does not exist")
    order = ", ".join(f'"{name}"' for (name,) in columns)
    return f'select {", ".join(READ_COLUMNS[table])} from marts."{table}"{where} order by {order}'


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
    return aggregate(check, validate_by_document(check, frame, context))


def validate_by_document(
    check: Check, frame: pd.DataFrame, context: Any | None = None, run_name: str | None = None
) -> list[DocumentResult]:
    """Validate one prepared frame with its check's suite in one GE run, and split the result by report
    (the frame's `document_id`); `run_name` names the run in Data Docs."""
    if frame.empty:
        return []
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier

    context = context or make_context()
    batch = _whole_frame_batch(context, check.name)
    suite = context.suites.add(check.build_suite())
    definition = gx.ValidationDefinition(name=f"{check.name}_validation", data=batch, suite=suite)
    frame = frame.reset_index(drop=True)
    result = definition.run(
        batch_parameters={"dataframe": frame},
        result_format={"result_format": "COMPLETE"},
        run_id=RunIdentifier(run_name=run_name) if run_name else None,
    )
    documents = _column_values(frame, "document_id")
    files = _column_values(frame, "source_file")
    by_document: dict[str | None, DocumentResult] = {}
    for document, file in zip(documents, files, strict=True):
        if document not in by_document:
            by_document[document] = DocumentResult(check.name, document, file, 0)
        by_document[document].rows_checked += 1
    for position, expectation in enumerate(result.results):
        if expectation.success:
            continue
        indexes = (expectation.result or {}).get("unexpected_index_list") or []
        grouped: dict[str | None, list[int]] = {}
        for index in indexes:
            grouped.setdefault(documents[index], []).append(index)
        for document, rows in grouped.items():
            by_document[document].failures[position] = _failure(expectation, frame, rows)
        if not indexes:  # no row to blame (not a per-row expectation; none is): kept as rows of no report
            count = int((expectation.result or {}).get("unexpected_count") or 0)
            unplaced = by_document.setdefault(None, DocumentResult(check.name, None, None, 0))
            unplaced.failures[position] = _failure(expectation, frame, [], count)
    return list(by_document.values())


def _column_values(frame: pd.DataFrame, column: str) -> list[str | None]:
    if column not in frame.columns:
        return [None] * len(frame)
    return [None if value is None or value != value else str(value) for value in frame[column].tolist()]


def aggregate(check: Check, results: list[DocumentResult], rows_checked: int | None = None) -> CheckOutcome:
    """The outcome of `check` over the reports of `results`: rows checked (`rows_checked`, else theirs) and
    offending rows counted over all of them; the offending rows shown are the first `MAX_ROWS` by report
    (source file, then id)."""
    ordered = sorted(
        results,
        key=lambda r: (
            r.source_file is None,
            r.source_file or "",
            r.document_id is None,
            r.document_id or "",
        ),
    )
    merged: dict[int, Failure] = {}
    for result in ordered:
        for position, failure in result.failures.items():
            if position not in merged:
                merged[position] = Failure(failure.expectation, failure.column, failure.severity, 0, [])
            merged[position].unexpected_count += failure.unexpected_count
            merged[position].rows.extend(failure.rows[: MAX_ROWS - len(merged[position].rows)])
    failures = [merged[position] for position in sorted(merged)]
    worst = max((f.severity for f in failures), key=SEVERITY_ORDER.get, default=None)
    if rows_checked is None:
        rows_checked = sum(result.rows_checked for result in results)
    return CheckOutcome(check.name, check.asset, not failures, worst, failures, rows_checked)


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


def _failure(result: Any, frame: pd.DataFrame, indexes: list[int], count: int | None = None) -> Failure:
    """The failure of one expectation on the rows at `indexes` of `frame` (the first `MAX_ROWS` kept)."""
    config = result.expectation_config
    column = config.kwargs.get("column")
    keep = [c for c in [*CONTEXT_COLUMNS, column] if c and c in frame.columns]
    extra = [c for c in frame.columns if c not in keep][:8]
    rows = (
        frame.loc[indexes[:MAX_ROWS], keep + extra]
        .astype(object)
        .where(frame.notna(), None)
        .to_dict("records")
    )
    severity = getattr(config.severity, "value", str(config.severity)).lower()
    return Failure(config.type, column, severity, len(indexes) if count is None else count, rows)


def run_all(
    con: duckdb.DuckDBPyConnection, checks: list[Check] | None = None, data_docs: Path | None = None
) -> list[CheckOutcome]:
    """Run every check on every row of the warehouse behind `con` (nothing is written to it).

    Args:
        con: a connection to a built warehouse (read-only is enough).
        checks: the checks to run (default: all of `CHECKS`).
        data_docs: a folder to write GE Data Docs (HTML) into, or None.

    Returns:
        One outcome per check, in order.
    """
    checks = checks or CHECKS
    results = validate_marts(con, checks, data_docs)
    return [aggregate(check, results[check.name]) for check in checks]


def validate_marts(
    con: duckdb.DuckDBPyConnection,
    checks: list[Check],
    data_docs: Path | None = None,
    changed_only: bool = False,
) -> dict[str, list[DocumentResult]]:
    """Each check's results by report on the marts' rows (`changed_only`: of the changed reports only),
    writing Data Docs of this validation to `data_docs` when given."""
    frames = read_marts(con, changed_only)
    context = make_context(data_docs)
    run_name = "changed-reports" if changed_only else "all-reports"
    results = {
        check.name: validate_by_document(check, check.prepare(frames), context, run_name) for check in checks
    }
    if data_docs is not None and (any(results.values()) or not changed_only):
        # (an incremental refresh that validated nothing leaves the last site as it is)
        context.build_data_docs(site_names=[SITE])
        make_offline(data_docs)  # vendored scripts and styles instead of CDNs: renders with no network
    return results


def run_and_keep(con: duckdb.DuckDBPyConnection, data_docs: Path | None = None) -> list[CheckOutcome]:
    """Run every check on the build file behind `con` and keep the results by report and the outcomes in it.

    On an incremental build (the file lists its changed reports and holds the published warehouse's
    results by report) only the changed reports' rows are validated and their results replaced; otherwise
    every row is. The outcomes are aggregated from the kept results either way, so both give the same.
    """
    changed_only = table_exists(con, CHANGED_TABLE) and table_exists(con, RESULTS_TABLE)
    results = validate_marts(con, CHECKS, data_docs, changed_only)
    save_results(con, [r for check in CHECKS for r in results[check.name]], replace_all=not changed_only)
    rows_checked = dict(
        con.execute(f"select check_name, sum(rows_checked) from {RESULTS_TABLE} group by all").fetchall()
    )
    failed = load_results(con, failed_only=True)  # reading every report's result back would grow with N
    outcomes = [
        aggregate(check, failed.get(check.name, []), int(rows_checked.get(check.name) or 0))
        for check in CHECKS
    ]
    save_outcomes(con, outcomes)
    return outcomes


def save_results(con: duckdb.DuckDBPyConnection, results: list[DocumentResult], replace_all: bool) -> None:
    """Keep results by report in `audit.check_results`: all of them (`replace_all`), or in place of the
    kept results of the changed reports (and of rows of no report)."""
    import json
    from dataclasses import asdict

    rows = pl.DataFrame(
        {
            "check_name": [r.check for r in results],
            "document_id": [r.document_id for r in results],
            "source_file": [r.source_file for r in results],
            "rows_checked": [r.rows_checked for r in results],
            "failures": [
                json.dumps({str(p): asdict(f) for p, f in r.failures.items()}, default=str) for r in results
            ],
        },
        schema={
            "check_name": pl.String,
            "document_id": pl.String,
            "source_file": pl.String,
            "rows_checked": pl.Int64,
            "failures": pl.String,
        },
    )
    con.execute("create schema if not exists audit")
    con.execute("begin transaction")
    try:
        if replace_all:
            con.execute(
                f"create or replace table {RESULTS_TABLE} (check_name varchar, document_id varchar, "
                "source_file varchar, rows_checked bigint, failures json)"
            )
        else:
            con.execute(
                f"delete from {RESULTS_TABLE} where document_id is null "
                f"or document_id in (select document_id from {CHANGED_TABLE})"
            )
        con.register("_check_results", rows.to_arrow())
        con.execute(f"insert into {RESULTS_TABLE} select * from _check_results")
        con.unregister("_check_results")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise


def load_results(
    con: duckdb.DuckDBPyConnection, failed_only: bool = False
) -> dict[str, list[DocumentResult]]:
    """The kept results by report (`failed_only`: those with a failure), by check name."""
    import json

    where = " where failures != '{}'" if failed_only else ""
    kept: dict[str, list[DocumentResult]] = {}
    for check, document, file, rows, failures in con.execute(
        f"select check_name, document_id, source_file, rows_checked, failures from {RESULTS_TABLE}{where}"
    ).fetchall():
        parsed = {int(p): Failure(**f) for p, f in json.loads(failures).items()}
        kept.setdefault(check, []).append(DocumentResult(check, document, file, rows, parsed))
    return kept


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
