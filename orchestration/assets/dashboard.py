"""The analysts' dashboard: a static site rebuilt from the published warehouse after every publish."""

import dagster as dg

from orchestration.dashboard.site import build_dashboard, dashboard_dir
from orchestration.resources import WarehouseSettings


@dg.asset(key=["dashboard"], deps=[dg.AssetKey(["warehouse"])], group_name="publish")
def dashboard(context: dg.AssetExecutionContext, settings: WarehouseSettings) -> dg.MaterializeResult:
    """Static pages over the published marts (overview, a page per council, pipeline health) with charts
    whose scripts are bundled beside them: opens from disk, no request leaves the machine."""
    out_dir = dashboard_dir(settings.warehouse_path)
    pages = build_dashboard(settings.warehouse_path, out_dir, settings.cache_dir)
    context.log.info(f"dashboard: {out_dir / 'index.html'} ({len(pages)} pages)")
    return dg.MaterializeResult(
        metadata={"index": dg.MetadataValue.path(str(out_dir / "index.html")), "pages": len(pages)}
    )
