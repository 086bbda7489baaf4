"""The dashboard the refresh builds after publishing: opened in a real headless Chromium with the network cut
off, every page loads without errors or outside requests and every chart draws its marks."""

from importlib.metadata import version
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from orchestration import config
from orchestration.dashboard import charts
from orchestration.dashboard.data import COUNCIL
from orchestration.dashboard.pages import slug
from orchestration.dashboard.site import build_dashboard, dashboard_dir, vega_bundle
from tests.conftest import run_cli
from tests.fixtures.browser import offline_page, screenshot_dir

MARKS = "els => els.map(e => [e.id, e.dataset.drawn || '', e.querySelectorAll('.role-mark > *').length])"


def _visit(page_path: Path, screenshot: str | None = None) -> tuple[list, object, str]:
    with offline_page() as (page, visit):
        page.goto(page_path.as_uri())
        page.wait_for_function(
            "() => [...document.querySelectorAll('figure.chart')].every(f => f.dataset.drawn || f.dataset.error)",
            timeout=20_000,
        )
        figures = page.eval_on_selector_all("figure.chart", MARKS)
        built = page.text_content("header .built") or ""  # from assets/built.js, the same on every page
        if screenshot:
            page.screenshot(path=str(screenshot_dir() / screenshot), full_page=True)
    return figures, visit, built


def test_the_refresh_builds_the_dashboard_beside_the_warehouse(sample_warehouse: Path) -> None:
    site = dashboard_dir(sample_warehouse)
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        councils = [r[0] for r in con.execute(f"select distinct {COUNCIL} from marts.documents").fetchall()]
    assert (site / "index.html").exists() and (site / "health.html").exists()
    assert sorted(p.name for p in (site / "council").iterdir()) == sorted(f"{slug(c)}.html" for c in councils)
    vendored = (site / "assets" / "vega.js").read_text(encoding="utf-8")
    assert "vegaEmbed" in vendored
    for page in site.rglob("*.html"):  # every script and style is local
        html = page.read_text(encoding="utf-8")
        assert "http://" not in html.split("<body>")[0] and "https://" not in html.split("<body>")[0]

    # the script bundle depends on the installed packages only: cached once for every warehouse of the machine
    bundle = config.environment_cache_dir() / f"vega-bundle-{version('vl-convert-python')}.js"
    assert bundle.read_text(encoding="utf-8") == vendored
    assert not list(sample_warehouse.parent.rglob("vega-bundle-*"))


def test_the_environment_cache_is_set_by_its_variable_else_the_users_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNCILWH_CACHE_HOME", str(tmp_path / "own"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert config.environment_cache_dir() == tmp_path / "own"
    monkeypatch.delenv("COUNCILWH_CACHE_HOME")
    assert config.environment_cache_dir() == tmp_path / "xdg" / "councilwh"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert config.environment_cache_dir() == tmp_path / "home" / ".cache" / "councilwh"


def test_the_vega_bundle_is_read_from_its_cache_and_an_unwritable_cache_is_skipped(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    bundle = vega_bundle(cache)
    (cached,) = cache.iterdir()
    assert cached.name == f"vega-bundle-{version('vl-convert-python')}.js"
    assert cached.read_text(encoding="utf-8") == bundle and "vegaEmbed" in bundle
    cached.write_text("/* kept */", encoding="utf-8")  # the next build reads the cache, not vl-convert
    assert vega_bundle(cache) == "/* kept */"
    blocked = tmp_path / "a_file"
    blocked.write_text("", encoding="utf-8")  # the cache's folder cannot be made: built, not cached, no error
    assert vega_bundle(blocked / "cache") == bundle


def test_every_page_loads_offline_without_errors_and_every_chart_draws(sample_warehouse: Path) -> None:
    site = dashboard_dir(sample_warehouse)
    pages = [site / "index.html", site / "health.html", *sorted((site / "council").glob("*.html"))]
    for page_path in pages:
        figures, visit, built = _visit(page_path)
        assert visit.errors == [], page_path
        assert visit.outside_requests == [], page_path
        assert all(drawn == "true" and marks > 0 for _, drawn, marks in figures), (page_path, figures)
        assert built.startswith("warehouse built 20") and built.endswith(" UTC"), page_path
    overview, _, _ = _visit(site / "index.html", "dashboard-overview.png")
    assert len(overview) >= 3  # savings by council, overspends, themes, RAG


def test_a_council_page_links_every_figure_to_its_report_page_and_quote(sample_warehouse: Path) -> None:
    with duckdb.connect(str(sample_warehouse), read_only=True) as con:
        council, n_figures = con.execute(
            "select council, count(*) from marts.savings group by 1 order by 2 desc limit 1"
        ).fetchone()
        quote = con.execute(
            "select quote from marts.savings where council = ? limit 1", [council]
        ).fetchone()[0]
    page_path = dashboard_dir(sample_warehouse) / "council" / f"{slug(council)}.html"
    figures, visit, _ = _visit(page_path, "dashboard-council.png")
    assert visit.errors == [] and visit.outside_requests == []
    assert len(figures) >= 2 and all(marks > 0 for _, _, marks in figures)
    html = page_path.read_text(encoding="utf-8")
    assert html.count('<td class="mart">savings</td>') == n_figures
    assert "file://" in html and quote.split()[0] in html


def test_savings_by_year_leaves_out_figures_over_several_years() -> None:
    figures = pd.DataFrame(
        {
            "council": ["Wyvern District Council"] * 3,
            "mart": ["savings"] * 3,
            "measure": ["delivered", "delivered", "target"],
            "amount_gbp": [1_000_000.0, 9_000_000.0, 2_000_000.0],
            "fiscal_year": ["2023/24", None, "2023/24"],
            "source_file": ["wyvern.txt"] * 3,
            "page_number": [1, 2, 1],
            "quote": ["£1m delivered in 2023/24", "£9m over five years", "a £2m target"],
        }
    )
    spec = charts.savings_by_year(figures)
    values = next(iter(spec["datasets"].values()))
    assert sorted(v["amount_gbp"] for v in values) == [1_000_000.0, 2_000_000.0]
    assert charts.savings_by_year(figures[figures["fiscal_year"].isna()]) is None


def test_a_warehouse_without_some_marts_still_gives_a_dashboard(tmp_path: Path) -> None:
    warehouse = tmp_path / "w.duckdb"
    with duckdb.connect(str(warehouse)) as con:
        con.execute("create schema marts")
        con.execute(
            "create table marts.documents as select 'Wyvern District Council' as council, 'w.txt' as source_file,"
            " 'other' as doc_type, null::date as document_date, null::date as period_end, 1 as pages,"
            " now() as ingested_at, '/tmp/w.txt' as file_path"
        )
    pages = build_dashboard(warehouse, tmp_path / "site").pages
    health = (tmp_path / "site" / "health.html").read_text(encoding="utf-8")
    assert len(pages) == 3 and "Not in this warehouse" in health and "savings" in health


def test_councilwh_dashboard_refuses_a_missing_warehouse(tmp_path: Path) -> None:
    result = run_cli("dashboard", "--warehouse", str(tmp_path / "none.duckdb"))
    assert result.returncode == 2 and "no warehouse" in result.stderr


@pytest.mark.parametrize(
    "name,expected", [("Wyvern District Council", "wyvern-district-council"), ("", "council")]
)
def test_council_pages_have_file_names_from_their_names(name: str, expected: str) -> None:
    assert slug(name) == expected
