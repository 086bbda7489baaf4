"""The refresh job: every asset of the code location, in one process."""

import dagster as dg

refresh_job = dg.define_asset_job(
    "refresh_warehouse",
    selection=dg.AssetSelection.all(),
    description="Ingest the inbox, build the marts, run the checks and publish the warehouse.",
    executor_def=dg.in_process_executor,
)
