"""`councilwh dashboard`: open the dashboard from disk, or serve it on 127.0.0.1 (rebuilt when stale)."""

from __future__ import annotations

import functools
import http.server
import sys
import webbrowser
from pathlib import Path

from orchestration.dashboard.site import build_dashboard, dashboard_dir


def ensure_dashboard(warehouse: Path, cache_dir: Path | None = None) -> Path:
    """The dashboard's index page, built first when missing or older than the published warehouse."""
    index = dashboard_dir(warehouse) / "index.html"
    if not index.exists() or index.stat().st_mtime < warehouse.stat().st_mtime:
        build_dashboard(warehouse, dashboard_dir(warehouse), cache_dir)
    return index


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the stdlib's signature
        pass


def serve(site: Path, port: int) -> None:
    """Serve the site folder on 127.0.0.1 until interrupted."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    with http.server.ThreadingHTTPServer(("127.0.0.1", port), handler) as server:
        print(f"dashboard at http://127.0.0.1:{server.server_address[1]}/ (Ctrl+C stops)", flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


def open_dashboard(warehouse: Path, cache_dir: Path | None, serve_port: int | None) -> int:
    """Build the dashboard if needed, then serve it (`serve_port`) or open it in a browser; exit code."""
    if not warehouse.exists():
        print(f"councilwh: no warehouse at {warehouse}; run `councilwh refresh` first", file=sys.stderr)
        return 2
    index = ensure_dashboard(warehouse, cache_dir)
    if serve_port is not None:
        serve(index.parent, serve_port)
        return 0
    print(index)
    webbrowser.open(index.as_uri())
    return 0
