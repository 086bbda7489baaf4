"""Great Expectations Data Docs that work without a network.

GE writes pages that load jQuery, Bootstrap, bootstrap-table, Font Awesome and Vega from public CDNs, and
its logo from a web server; most council networks block those, and the pages then show no styles and an
empty table of results. `make_offline` copies the vendored files (`data_docs_vendor/`, mapped from the CDN
addresses by `data_docs_vendor/assets.csv`) into the site and points every page at them.
"""

from __future__ import annotations

import csv
import os
import re
import shutil
from pathlib import Path

VENDOR_DIR = Path(__file__).resolve().parent / "data_docs_vendor"
SITE_VENDOR = Path("static") / "vendor"  # where the copies go inside the Data Docs site
LOGO = Path("static") / "images" / "logo-long.png"  # shipped by GE in the site itself
# the logo GE loads from its web server, with a cache-busting query
REMOTE_LOGO = re.compile(
    r"https://great-expectations-web-assets\.s3\.[a-z0-9-]+\.amazonaws\.com/[\w.-]+\.png(\?[^\"')\s]*)?"
)
# CDN copies carry Subresource Integrity attributes; a file:// page cannot load a local file with them
SRI_ATTRIBUTES = re.compile(r'\s+(integrity="[^"]*"|crossorigin="[^"]*")')
EXTERNAL_LOAD = re.compile(r'<(?:script|link|img)\b[^>]*\b(?:src|href)="(https?://[^"]+)"')


def vendored_assets(vendor_dir: Path = VENDOR_DIR) -> dict[str, str]:
    """CDN address -> the vendored file standing in for it (relative to `vendor_dir`)."""
    with (vendor_dir / "assets.csv").open(encoding="utf-8", newline="") as handle:
        return {row["url"]: row["local_file"] for row in csv.DictReader(handle)}


def make_offline(site: Path, vendor_dir: Path = VENDOR_DIR) -> list[str]:
    """Copy the vendored assets into the Data Docs `site` and rewrite its pages and styles to use them.

    Returns:
        The external addresses pages still load after rewriting (empty when the site is fully offline).
    """
    assets = vendored_assets(vendor_dir)
    target = site / SITE_VENDOR
    shutil.copytree(vendor_dir, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("*.csv", "*.md"))
    remaining: list[str] = []
    for page in sorted(site.rglob("*.html")):
        text = _rewrite(page.read_text(encoding="utf-8"), page.parent, site, assets)
        page.write_text(text, encoding="utf-8")
        remaining += EXTERNAL_LOAD.findall(text)
    for style in sorted((site / "static" / "styles").glob("*.css")):
        css = style.read_text(encoding="utf-8")
        style.write_text(REMOTE_LOGO.sub(_relative(site / LOGO, style.parent), css), encoding="utf-8")
    return sorted(set(remaining))


def _rewrite(html: str, folder: Path, site: Path, assets: dict[str, str]) -> str:
    for url, local in assets.items():
        html = html.replace(f'"{url}"', f'"{_relative(site / SITE_VENDOR / local, folder)}"')
    html = REMOTE_LOGO.sub(_relative(site / LOGO, folder), html)
    return re.sub(r"<(script|link)\b[^>]*>", lambda tag: SRI_ATTRIBUTES.sub("", tag.group(0)), html)


def _relative(path: Path, start: Path) -> str:
    return Path(os.path.relpath(path, start)).as_posix()
