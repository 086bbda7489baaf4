"""The incremental dashboard build: after adds, changes and removals of reports it renders only the pages of
the councils they touched, and the folder is byte for byte the one a full build of the same warehouse writes."""

import json
import shutil
from pathlib import Path

import duckdb
import pytest

from ingest.state.warehouse_file import connect_warehouse
from orchestration.dashboard import pages
from orchestration.dashboard.data import load_data
from orchestration.dashboard.manifest import MANIFEST
from orchestration.dashboard.overview import PARTS
from orchestration.dashboard.site import build_dashboard

TABLES = """
create schema marts;
create table marts.documents (council varchar, source_file varchar, doc_type varchar, document_date date,
    period_end date, pages integer, ingested_at timestamptz, file_path varchar);
create table marts.savings (council varchar, kind varchar, amount_gbp double, percent double,
    fiscal_year varchar, period varchar, service_area varchar, source_file varchar, page_number integer,
    quote varchar);
create table marts.overspends (council varchar, status varchar, amount_gbp double, fiscal_year varchar,
    service_area varchar, source_file varchar, page_number integer, quote varchar);
create table marts.financial_figures (council varchar, category varchar, amount_gbp double, percent double,
    fiscal_year varchar, period varchar, service_area varchar, source_file varchar, page_number integer,
    quote varchar);
create table marts.performance_rag (council varchar, source_file varchar, segment varchar, objective varchar,
    period varchar, period_order integer, status varchar, quote varchar, page_number integer);
create table marts.recommendations (council varchar, source_file varchar, themes varchar[]);
create table marts.quarantine (source_file varchar, reason varchar, quarantined_at timestamptz);
create table marts.alerts (raised_at timestamptz, severity varchar, check_name varchar, source_file varchar,
    message varchar, is_delivered boolean);
"""
COUNCILS = ["Wyvern District Council", "Borsetshire County Council", "Loamshire Borough Council"]
WITH_COUNCIL = [
    "documents",
    "savings",
    "overspends",
    "financial_figures",
    "performance_rag",
    "recommendations",
]


def _add_report(con: duckdb.DuckDBPyConnection, council: str, source_file: str, millions: float) -> None:
    """One report of a council with a figure in each money mart, a RAG rating and a recommendation."""
    quote = f"Savings of £{millions}m were delivered in 2023/24."
    con.execute(
        "insert into marts.documents values (?, ?, 'peer_challenge', date '2024-03-01', null, 12,"
        " timestamptz '2024-05-01 09:00:00+00', ?)",
        [council, source_file, f"/reports/{source_file}"],
    )
    con.execute(
        "insert into marts.savings values (?, 'delivered', ?, null, '2023/24', null, null, ?, 3, ?)",
        [council, millions * 1e6, source_file, quote],
    )
    con.execute(
        "insert into marts.overspends values (?, 'forecast', ?, '2024/25', 'adult_social_care', ?, 4,"
        " 'An overspend of £1.2m is forecast in adult social care.')",
        [council, 1.2e6, source_file],
    )
    con.execute(
        "insert into marts.financial_figures values (?, 'reserves', 8e6, null, null, null, null, ?, 5,"
        " 'General reserves stand at £8m.')",
        [council, source_file],
    )
    con.execute(
        "insert into marts.performance_rag values (?, ?, 'Our priorities', 'P1', 'Q1', 1, 'A', 'P1 A', 2)",
        [council, source_file],
    )
    con.execute(
        "insert into marts.recommendations values (?, ?, ['finance', 'governance'])", [council, source_file]
    )


def _warehouse(path: Path) -> Path:
    with duckdb.connect(str(path)) as con:
        con.execute(TABLES)
        for number, council in enumerate(COUNCILS):
            _add_report(con, council, f"{number:02d}_report.txt", 1.5 + number)
    return path


@pytest.fixture(autouse=True)
def _vega_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Bundle the Vega scripts once for this module's many builds (each build asks for them)."""
    from orchestration.dashboard import site

    cache = tmp_path_factory.getbasetemp() / "vega-cache"
    bundle = site.vega_bundle
    monkeypatch.setattr(site, "vega_bundle", lambda cache_dir: bundle(cache_dir or cache))


def _tree(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _assert_same_as_full_build(warehouse: Path, site: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    build = build_dashboard(warehouse, fresh)
    assert len(build.rendered) == len(build.pages) - 2  # a first build renders every council page
    incremental, full = _tree(site), _tree(fresh)
    assert sorted(incremental) == sorted(full)
    assert [name for name in full if incremental[name] != full[name]] == []
    with connect_warehouse(warehouse) as con:  # the overview as rendered from the whole frames at once
        whole = pages.overview(pages.environment(), load_data(con), {"root": ""})
    assert incremental["index.html"] == whole.encode("utf-8")


def _rendered(build: object) -> list[str]:
    return sorted(path.name for path in build.rendered)


def test_an_unchanged_warehouse_renders_no_council_page_again(tmp_path: Path) -> None:
    warehouse = _warehouse(tmp_path / "w.duckdb")
    site = tmp_path / "site"
    first = build_dashboard(warehouse, site)
    again = build_dashboard(warehouse, site)
    assert len(first.rendered) == 3 and again.rendered == []
    _assert_same_as_full_build(warehouse, site, tmp_path)


def test_adds_changes_and_removals_render_only_the_councils_they_touch(tmp_path: Path) -> None:
    warehouse = _warehouse(tmp_path / "w.duckdb")
    site = tmp_path / "site"
    build_dashboard(warehouse, site)
    with duckdb.connect(str(warehouse)) as con:  # one report added to a council, one new council
        _add_report(con, "Wyvern District Council", "10_wyvern_review.txt", 0.4)
        _add_report(con, "Ambridge Parish Council", "11_ambridge.txt", 0.1)
    assert _rendered(build_dashboard(warehouse, site)) == [
        "ambridge-parish-council.html",
        "wyvern-district-council.html",
    ]
    _assert_same_as_full_build(warehouse, site, tmp_path)

    with duckdb.connect(str(warehouse)) as con:  # a changed figure; a council's only report removed
        con.execute("update marts.savings set amount_gbp = 2.6e6 where source_file = '01_report.txt'")
        for table in WITH_COUNCIL:
            con.execute(f"delete from marts.{table} where council = 'Loamshire Borough Council'")
    assert _rendered(build_dashboard(warehouse, site)) == ["borsetshire-county-council.html"]
    assert not (site / "council" / "loamshire-borough-council.html").exists()
    _assert_same_as_full_build(warehouse, site, tmp_path)

    with duckdb.connect(str(warehouse)) as con:  # a report read from elsewhere: its link changes
        con.execute(
            "update marts.documents set file_path = '/moved/11_ambridge.txt' where council like 'Amb%'"
        )
    assert _rendered(build_dashboard(warehouse, site)) == ["ambridge-parish-council.html"]
    _assert_same_as_full_build(warehouse, site, tmp_path)


def test_a_rebuilt_warehouse_with_the_same_marts_keeps_every_council_page(tmp_path: Path) -> None:
    site = tmp_path / "site"
    build_dashboard(_warehouse(tmp_path / "w.duckdb"), site)
    (tmp_path / "w.duckdb").unlink()
    rebuilt = _warehouse(tmp_path / "w.duckdb")  # as `--force` does: a new file, the same rows
    assert build_dashboard(rebuilt, site).rendered == []
    _assert_same_as_full_build(rebuilt, site, tmp_path)


@pytest.mark.parametrize("damage", ["edited page", "deleted page", "broken manifest", "other code"])
def test_a_page_the_manifest_cannot_vouch_for_is_rendered_again(tmp_path: Path, damage: str) -> None:
    warehouse, site = _built_site(tmp_path)
    page = site / "council" / "wyvern-district-council.html"
    manifest = site / MANIFEST
    if damage == "edited page":
        page.write_text(page.read_text(encoding="utf-8") + "<!-- edited -->", encoding="utf-8")
    elif damage == "deleted page":
        page.unlink()
    elif damage == "broken manifest":
        manifest.write_text("{not json", encoding="utf-8")
    else:  # built by another version of the dashboard's code: every input hash differs
        pages = json.loads(manifest.read_text(encoding="utf-8"))
        for entry in pages["pages"].values():
            entry["input"] = "0" * 64
        manifest.write_text(json.dumps(pages), encoding="utf-8")
    rendered = _rendered(build_dashboard(warehouse, site))
    assert "wyvern-district-council.html" in rendered
    _assert_same_as_full_build(warehouse, site, tmp_path)


def test_the_overview_joined_from_kept_parts_is_the_one_drawn_from_all_rows(tmp_path: Path) -> None:
    warehouse = _warehouse(tmp_path / "w.duckdb")
    with duckdb.connect(str(warehouse)) as con:  # a quote that would end a script, a figure without an amount
        _add_report(con, "Borsetshire County Council", "12_borsetshire.txt", 0.7)
        con.execute(
            "update marts.savings set quote = 'Savings </script> of £0.7m' where source_file = '12_borsetshire.txt'"
        )
        con.execute(
            "insert into marts.savings values ('Wyvern District Council', 'target', null, 12.5, '2024/25', "
            "'Q1', 'waste', '00_report.txt', null, 'A target of 12.5% was set.')"
        )
    site = tmp_path / "site"
    build_dashboard(warehouse, site)
    with duckdb.connect(str(warehouse)) as con:  # one council changes; the others' parts are kept
        _add_report(con, "Loamshire Borough Council", "13_loamshire.txt", 2.2)
    again = build_dashboard(warehouse, site)
    assert _rendered(again) == ["loamshire-borough-council.html"]
    assert "<\\/script>" in (site / "index.html").read_text(encoding="utf-8")
    _assert_same_as_full_build(warehouse, site, tmp_path)


@pytest.mark.parametrize("damage", ["truncated", "not ascii", "other input", "deleted"])
def test_a_kept_overview_part_that_does_not_read_back_is_made_again(tmp_path: Path, damage: str) -> None:
    warehouse, site = _built_site(tmp_path)
    for part in (site / PARTS).iterdir():
        text = part.read_text(encoding="ascii")
        if damage == "truncated":
            part.write_text(text[:-5], encoding="ascii")
        elif damage == "not ascii":
            part.write_text(text + "£", encoding="utf-8")
        elif damage == "other input":
            part.write_text(text.replace('"input": "', '"input": "0', 1), encoding="ascii")
        else:
            part.unlink()
    build_dashboard(warehouse, site)
    _assert_same_as_full_build(warehouse, site, tmp_path)


def _built_site(tmp_path: Path) -> tuple[Path, Path]:
    """A warehouse of the invented reports and the dashboard built from it (warehouse, site)."""
    warehouse = _warehouse(tmp_path / "w.duckdb")
    site = tmp_path / "site"
    build_dashboard(warehouse, site)
    return warehouse, site


def test_without_hard_links_kept_pages_and_parts_are_copies_of_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warehouse = _warehouse(tmp_path / "w.duckdb")
    site = tmp_path / "site"
    build_dashboard(warehouse, site)
    with duckdb.connect(str(warehouse)) as con:
        _add_report(con, "Wyvern District Council", "10_wyvern_review.txt", 0.4)

    def no_links(source: object, target: object) -> None:
        raise OSError(18, "Invalid cross-device link")  # EXDEV, as on a file system without links

    monkeypatch.setattr("os.link", no_links)
    kept = site / "council" / "borsetshire-county-council.html"
    inode = kept.stat().st_ino
    assert _rendered(build_dashboard(warehouse, site)) == ["wyvern-district-council.html"]
    assert kept.stat().st_ino != inode  # a copy, not the same file
    _assert_same_as_full_build(warehouse, site, tmp_path)
