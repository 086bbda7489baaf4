"""The analysts' dashboard: a static site built from the published warehouse after every publish.

Plain Python without Dagster (the asset in `orchestration/assets/dashboard.py` only calls `build_dashboard`).
`data` reads the marts read-only, `charts` turns frames into Vega-Lite specs (plain dicts, as Altair writes
them), `pages` renders them, `manifest` tells which council pages of the previous build can be kept, and
`site` writes the folder. Every script and style is written beside the pages (Vega, Vega-Lite and Vega-Embed bundled by
vl-convert), so the site opens from disk and no request leaves the machine.
"""

from orchestration.dashboard.site import build_dashboard

__all__ = ["build_dashboard"]
