"""The analysts' dashboard: a static site rebuilt from the published warehouse after every publish."""

import dagster as dg

from orchestration import config
from orchestration.resources import WarehouseSettings


@dg.asset(key=["dashboard"], deps=[dg.AssetKey(["warehouse"])], group_name="publish")
def dashboard(context: dg.AssetExecutionContext, settings: WarehouseSettings) -> dg.MaterializeResult:
    """Static pages over the published marts (overview, a page per council, pipeline health) with charts
    whose scripts are bundled beside them: opens from disk, no request leaves the machine. Only the pages of
    councils whose rows changed are rendered again; the others are kept from the previous build."""
    # imported here: the site's modules load pandas (~0.4 s), which a refresh with nothing new never needs
    from orchestration.dashboard.site import build_dashboard, dashboard_dir

    out_dir = dashboard_dir(settings.warehouse_path)
    build = build_dashboard(settings.warehouse_path, out_dir, config.environment_cache_dir())
    context.log.info(
        f"dashboard: {out_dir / 'index.html'} ({len(build.pages)} pages, {len(build.rendered)} council pages"
        " rendered, the others unchanged)"
    )
    return dg.MaterializeResult(
        metadata={
            "index": dg.MetadataValue.path(str(out_dir / "index.html")),
            "pages": len(build.pages),
            "council_pages_rendered": len(build.rendered),
        }
    )
