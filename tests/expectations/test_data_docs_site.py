"""The Data Docs site: written only where asked, and the same pages as GE's own views make."""

import re
from pathlib import Path

import duckdb
import pandas as pd

from expectations.runner import CHECKS, SITE, make_context, run_all, validate_frame

SAVINGS = next(check for check in CHECKS if check.name == "ge_savings")
# what differs between two builds of the same results: run times, cache-busting stamps, element ids
VOLATILE = re.compile(
    r"\d{8}T\d{6}\.\d{6}Z|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})?"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}|\b1[0-9]{9}\.[0-9]+"
)


def _savings() -> pd.DataFrame:
    row = {"source_file": "wyvern.txt", "document_id": "d1", "quote": "Savings of £120k in 2019/20."}
    row |= {"kind": "target", "amount_gbp": 120e3, "percent": None, "fiscal_year": "2019/20"}
    row |= {"service_area": None, "has_malformed_figure": False}
    frame = pd.DataFrame([row, {**row, "document_id": "d2", "amount_gbp": -5e3}])  # a negative amount
    return SAVINGS.prepare({"savings": frame})


def _pages(site: Path) -> dict[str, str]:
    return {
        VOLATILE.sub("X", str(page.relative_to(site))): VOLATILE.sub("X", page.read_text(encoding="utf-8"))
        for page in site.rglob("*.html")
    }


def test_a_context_writes_data_docs_only_to_the_site_it_is_given(tmp_path: Path) -> None:
    assert make_context().list_data_docs_sites() == {}  # GE's default site would go to a temp folder
    assert list(make_context(tmp_path / "docs").list_data_docs_sites()) == [SITE]


def test_pages_equal_those_of_ges_default_views(tmp_path: Path) -> None:
    sites = {}
    for name, cached in (("cached", True), ("plain", False)):
        context = make_context(tmp_path / name)
        if not cached:  # the same site with GE's own views
            context.update_data_docs_site(
                SITE,
                {
                    "class_name": "SiteBuilder",
                    "store_backend": {
                        "class_name": "TupleFilesystemStoreBackend",
                        "base_directory": str(tmp_path / name),
                    },
                    "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
                },
            )
        outcome = validate_frame(SAVINGS, _savings(), context)
        context.build_data_docs(site_names=[SITE])
        sites[name] = _pages(tmp_path / name)
    assert not outcome.success  # a negative amount: the pages show a failure with its rows
    assert len(sites["cached"]) == 3 and sites["cached"] == sites["plain"]


def test_outcomes_do_not_depend_on_the_order_a_build_stored_the_rows_in(tmp_path: Path) -> None:
    rows = [  # two reports each stating one figure with two fiscal years, and a negative amount
        ("wyvern.txt", "d1", "target", 120e3, "2019/20"),
        ("wyvern.txt", "d1", "target", 120e3, "2020/21"),
        ("borsetshire.txt", "d2", "target", 80e3, "2018/19"),
        ("borsetshire.txt", "d2", "target", 80e3, "2019/20"),
        ("borsetshire.txt", "d2", "target", -5e3, "2019/20"),
    ]
    checks = [check for check in CHECKS if check.name in ("ge_savings", "ge_restated_years")]
    outcomes = []
    for order in (rows, rows[::-1]):
        with duckdb.connect(str(tmp_path / f"{len(outcomes)}.duckdb")) as con:
            con.execute("create schema marts")
            con.execute(
                "create table marts.savings (source_file varchar, document_id varchar, kind varchar,"
                " amount_gbp double, fiscal_year varchar, percent double, service_area varchar,"
                " has_malformed_figure boolean, quote varchar)"
            )
            con.executemany(
                "insert into marts.savings values (?, ?, ?, ?, ?, null, null, false, ?)",
                [(*row, f"Savings of {row[3]} in {row[4]}.") for row in order],
            )
            outcomes.append(run_all(con, checks))
    assert [o.success for o in outcomes[0]] == [False, False]
    assert outcomes[0] == outcomes[1]
