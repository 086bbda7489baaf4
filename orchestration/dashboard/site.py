"""Build the dashboard's folder: an overview across councils, a page per council, and pipeline health.

The site is written to a new folder and swapped in by renaming, so a reader never sees a half-written site.
The build is incremental: a council page whose input did not change since the previous build (`manifest`) is
copied from it, so a refresh that adds one report renders the overview, the health page and the pages of the
councils it touched; the overview's charts are joined from each council's part, kept the same way
(`overview`). The folder is byte for byte the one a full build of the same warehouse writes.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.metadata import version
from pathlib import Path
from urllib.parse import quote_from_bytes

import duckdb
import pandas as pd

from ingest.state.files import link_or_copy, swap_folder, write_atomically
from ingest.state.warehouse_file import connect_warehouse
from orchestration.dashboard import manifest, overview, pages
from orchestration.dashboard.data import for_council, load_data
from orchestration.dashboard.pages import slug

STATIC = ("dashboard.js", "dashboard.css")


def vega_bundle(cache_dir: Path | None) -> str:
    """Vega, Vega-Lite and Vega-Embed as one classic script (no request leaves the page), cached by version in
    `cache_dir` (bundling takes about a second; a cache that cannot be written is skipped, not an error)."""
    import vl_convert

    cached = cache_dir / f"vega-bundle-{version('vl-convert-python')}.js" if cache_dir else None
    if cached is not None and cached.exists():
        return cached.read_text(encoding="utf-8")
    bundle = vl_convert.javascript_bundle()  # assigns vegaEmbed, vegaLite and vega to window
    if cached is not None:
        with contextlib.suppress(OSError):  # whole or absent: another refresh may read it at the same time
            write_atomically(cached, bundle.encode("utf-8"))
    return bundle


def _report_links(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """Each report's file as a file:// address (where the refresh read it)."""
    try:
        rows = con.execute("select source_file, file_path from marts.documents order by all").fetchall()
    except duckdb.CatalogException:
        return {}
    return {name: file_uri(path) for name, path in rows if path and os.path.isabs(path)}


def file_uri(path: str) -> str:
    """`Path(path).as_uri()` of an absolute path; a path already in its normal form (as the refresh writes
    them) is quoted as `as_uri` quotes it without building a `Path` (5,000 of those took ~30 ms)."""
    if os.name == "posix" and os.path.normpath(path) == path:
        return "file://" + quote_from_bytes(os.fsencode(path))
    return Path(path).as_uri()


@dataclass
class DashboardBuild:
    """What a build wrote: every page (overview first) and the council pages it rendered anew."""

    pages: list[Path]
    rendered: list[Path]


def _staging(out_dir: Path, warehouse: Path, cache_dir: Path | None) -> Path:
    """A new folder beside the site with its scripts and styles (and when the warehouse was built)."""
    staging = out_dir.with_name(f".{out_dir.name}.tmp{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "assets").mkdir(parents=True)
    (staging / "council").mkdir()
    (staging / "assets" / "vega.js").write_text(vega_bundle(cache_dir), encoding="utf-8")
    templates = Path(__file__).with_name("templates")
    for name in STATIC:
        shutil.copyfile(templates / name, staging / "assets" / name)
    built = datetime.fromtimestamp(warehouse.stat().st_mtime, UTC).strftime("%Y-%m-%d %H:%M UTC")
    script = f"window.councilwhBuiltAt = {json.dumps(built)};\n"  # shown on every page by dashboard.js
    (staging / "assets" / "built.js").write_text(script, encoding="utf-8")
    return staging


def build_dashboard(warehouse: Path, out_dir: Path, cache_dir: Path | None = None) -> DashboardBuild:
    """Build the static dashboard of a published warehouse, keeping the previous build's unchanged pages.

    Args:
        warehouse: the published DuckDB file (opened read-only).
        out_dir: the site's folder; replaced as a whole once the new site is written.
        cache_dir: where the bundled Vega scripts are cached between builds, of every warehouse (the
            environment's cache, `config.environment_cache_dir`; None: built each time).

    Returns:
        The pages written (overview first) and the council pages rendered anew.
    """
    env = pages.environment()
    with connect_warehouse(warehouse) as con:
        data = load_data(con)
        links = _report_links(con)
    frames = pages.council_frames(data)
    hashes = manifest.council_hashes(frames, links, manifest.code_version())
    previous = manifest.read_manifest(out_dir)
    staging = _staging(out_dir, warehouse, cache_dir)
    own = _CouncilRows(frames)
    parts = [_overview_part(out_dir, staging, name, hashes[name], own) for name in sorted(hashes)]
    context = {"root": ""}
    written = {
        "index.html": overview.overview_from_parts(env, data, context, parts),
        "health.html": pages.health(env, data, context),
    }
    for relative, html in written.items():
        (staging / relative).write_bytes(html.encode("utf-8"))
    entries, rendered = {}, []
    for name in data.councils:
        relative = f"council/{slug(name)}.html"
        content = manifest.reusable_page(out_dir, previous, relative, hashes[name])
        if content is None:
            content = pages.council(env, own(name), name, links).encode("utf-8")
            rendered.append(out_dir / relative)
            (staging / relative).write_bytes(content)
        else:
            link_or_copy(out_dir / relative, staging / relative)
        entries[relative] = manifest.manifest_entry(hashes[name], content)
    (staging / manifest.MANIFEST).write_text(manifest.manifest_text(entries), encoding="utf-8")
    swap_folder(staging, out_dir)
    return DashboardBuild([out_dir / relative for relative in [*written, *entries]], rendered)


class _CouncilRows:
    """Each council's rows of the council frames, cut once per council."""

    def __init__(self, frames: dict[str, pd.DataFrame]) -> None:
        self.frames = frames
        self.cut: dict[str, dict[str, pd.DataFrame]] = {}

    def __call__(self, council: str) -> dict[str, pd.DataFrame]:
        if council not in self.cut:
            self.cut[council] = {key: for_council(frame, council) for key, frame in self.frames.items()}
        return self.cut[council]


def _overview_part(
    site: Path, staging: Path, council: str, input_hash: str, own: _CouncilRows
) -> overview.Part:
    """A council's part of the overview's charts: the previous build's (linked into the new site) when made
    from the same input, else made from its rows."""
    kept = overview.read_part(site, council, input_hash)
    target = overview.part_path(staging, council)
    target.parent.mkdir(exist_ok=True)
    if kept is not None:
        link_or_copy(overview.part_path(site, council), target)
        return kept
    part = overview.council_part(own(council))
    target.write_text(overview.part_text(input_hash, part), encoding="ascii")
    return part


def dashboard_dir(warehouse: Path) -> Path:
    """Where the dashboard of a published warehouse is written: `dashboard/` beside it."""
    return warehouse.parent / "dashboard"
