"""Great Expectations Data Docs render with no network: vendored scripts, styles and fonts."""

import os
from pathlib import Path

import pytest

from expectations.data_docs_offline import EXTERNAL_LOAD, make_offline, vendored_assets
from tests.conftest import REPO
from tests.fixtures.offline_browser import chromium, load_offline

SCREENSHOTS = REPO / "build" / "screenshots"
PAGE = """<html><head>
<link rel="stylesheet" href="https://maxcdn.bootstrapcdn.com/bootstrap/4.3.1/css/bootstrap.min.css"/>
<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>
<script src="https://stackpath.bootstrapcdn.com/bootstrap/4.3.1/js/bootstrap.min.js" integrity="sha384-x" crossorigin="anonymous"></script>
</head><body><img src="https://great-expectations-web-assets.s3.us-east-2.amazonaws.com/logo-long.png?d=1">
<a href="https://greatexpectations.io">a link is not a load</a>
<div id="ok"></div><script>$("#ok").text("jQuery ran for Wyvern District Council")</script></body></html>"""


def test_every_vendored_asset_exists() -> None:
    from expectations.data_docs_offline import VENDOR_DIR

    assert [local for local in vendored_assets().values() if not (VENDOR_DIR / local).is_file()] == []


def test_pages_in_subfolders_point_at_the_vendored_copies(tmp_path: Path) -> None:
    (tmp_path / "validations" / "suite").mkdir(parents=True)
    page = tmp_path / "validations" / "suite" / "run.html"
    page.write_text(PAGE)
    assert make_offline(tmp_path) == []
    html = page.read_text()
    assert EXTERNAL_LOAD.findall(html) == []
    assert 'src="../../static/vendor/jquery-3.7.1.min.js"' in html
    assert "integrity=" not in html and 'href="https://greatexpectations.io"' in html
    assert (tmp_path / "static" / "vendor" / "jquery-3.7.1.min.js").is_file()


def test_an_unknown_cdn_address_is_reported(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text('<script src="https://cdn.example.org/new-library.js"></script>')
    assert make_offline(tmp_path) == ["https://cdn.example.org/new-library.js"]


@pytest.mark.skipif(chromium() is None and not os.environ.get("CI"), reason="Chromium is not installed")
def test_refresh_data_docs_render_offline(sample_warehouse: Path) -> None:
    index = sample_warehouse.parent / "data_docs" / "index.html"
    assert EXTERNAL_LOAD.findall(index.read_text(encoding="utf-8")) == []
    page = load_offline(index, SCREENSHOTS / "data_docs.png")
    assert page.outside_requests == []
    assert page.console_errors == []
    assert "ge_savings" in page.dom  # the table of validation results was filled by its scripts
    assert page.screenshot is not None and page.screenshot.stat().st_size > 10_000


@pytest.mark.skipif(chromium() is None and not os.environ.get("CI"), reason="Chromium is not installed")
def test_refresh_validation_and_suite_pages_render_offline(sample_warehouse: Path) -> None:
    site = sample_warehouse.parent / "data_docs"
    suite = site / "expectations" / "savings_suite.html"
    validation = next(p for p in sorted((site / "validations").rglob("*.html")) if "savings" in str(p))
    for page_file, shot in ((suite, "data_docs_suite.png"), (validation, "data_docs_validation.png")):
        page = load_offline(page_file, SCREENSHOTS / shot)
        assert page.outside_requests == [], page_file
        assert page.console_errors == [], page_file
        assert "amount_gbp" in page.dom
