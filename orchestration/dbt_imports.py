"""The one place this project imports dagster-dbt: in dagster-dbt's mode without dbt-core.

dagster-dbt imports dbt-core, when it is installed, for a version number, a few status and node-type enums
and dbt's node-selection engine. That import costs about 1 s of the refresh's critical path (most of it
mashumaro generating the serialisers of dbt's artifact classes), and the refresh's process does not run dbt:
dbt runs in the prestarted worker (`orchestration.dbt_worker`), which imports dbt-core on the other core.
dagster-dbt also works without dbt-core (its mode for the dbt Fusion engine): the enums are its own string
enums with dbt's values, and the default selection (every node of the manifest) needs no selection engine.

So dagster-dbt is imported here with `dbt.version` marked missing (`None` in `sys.modules`, which Python's
import system reads as "not importable"), and the mark is removed at once: dbt-core stays importable, and
the in-process fallback of `orchestration.dbt_inprocess` imports it when a run needs it. If dagster-dbt or
dbt-core is already imported (a process that imported them first), it is used as it is; the asset graph is
the same either way (tests/orchestration/test_dbt_imports.py). A dbt selection other than every node
(`@dbt_assets(select=...)`) would need dbt-core here and raise dagster-dbt's "not installed" error: the
project selects inside `dbt build`'s arguments instead.
"""

import sys

if "dagster_dbt" not in sys.modules and "dbt.version" not in sys.modules:
    sys.modules["dbt.version"] = None  # type: ignore[assignment] - Python's "this module cannot be imported"
    try:
        import dagster_dbt  # noqa: F401
    finally:
        if sys.modules.get("dbt.version", 0) is None:
            del sys.modules["dbt.version"]

from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets  # noqa: E402
from dagster_dbt.asset_utils import (  # noqa: E402
    default_description_fn,
    extract_runtime_selection_from_args,
    get_asset_check_key_for_test,
    get_updated_cli_invocation_params_for_context,
)
from dagster_dbt.compat import DBT_PYTHON_VERSION  # noqa: E402
from dagster_dbt.core.dbt_cli_event import DbtCoreCliEventMessage  # noqa: E402
from dagster_dbt.dagster_dbt_translator import validate_opt_translator  # noqa: E402
from dagster_dbt.dbt_manifest import validate_manifest  # noqa: E402
from dagster_dbt.errors import DagsterDbtCliRuntimeError  # noqa: E402

WITHOUT_DBT_CORE = (
    DBT_PYTHON_VERSION is None
)  # dagster-dbt loaded in its light mode (not if imported earlier)

__all__ = [
    "WITHOUT_DBT_CORE",
    "DagsterDbtCliRuntimeError",
    "DagsterDbtTranslator",
    "DbtCliResource",
    "DbtCoreCliEventMessage",
    "DbtProject",
    "dbt_assets",
    "default_description_fn",
    "extract_runtime_selection_from_args",
    "get_asset_check_key_for_test",
    "get_updated_cli_invocation_params_for_context",
    "validate_manifest",
    "validate_opt_translator",
]
