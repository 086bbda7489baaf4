"""dagster-dbt loaded without dbt-core (`orchestration.dbt_imports`): the same asset graph as with dbt-core,
dbt-core left out of the refresh's process, and still importable for the in-process fallback."""

import json
import subprocess
import sys

from tests.conftest import REPO

# Prints the code location's asset graph as JSON: every asset with what Dagster shows and uses of it,
# and every asset check. `WITH_DBT_CORE` imports dbt-core first, as a process that had used dbt would.
GRAPH = """
import json, re, sys
if sys.argv[1] == "WITH_DBT_CORE":
    import dbt.version  # noqa: F401
from orchestration.dbt_imports import WITHOUT_DBT_CORE
from orchestration.definitions import defs

graph = defs.resolve_asset_graph()
assets = {}
for key in graph.get_all_asset_keys():
    node = graph.get(key)
    assets[key.to_user_string()] = {
        "parents": sorted(k.to_user_string() for k in node.parent_keys),
        "group": node.group_name,
        "description": node.description,
        "kinds": sorted(node.kinds),
        "tags": sorted(node.tags.items()),
        "owners": sorted(node.owners),
        "code_version": node.code_version,
        "metadata": sorted((k, re.sub(" at 0x[0-9a-f]+", "", repr(v))) for k, v in node.metadata.items()),
        "checks": sorted(c.to_user_string() for c in node.check_keys),
        "op_tags": sorted(node.assets_def.op.tags.items()) if node.is_materializable else [],
        "automation": repr(node.automation_condition),
    }
checks = {
    f"{key.asset_key.to_user_string()}:{key.name}": graph.get_check_spec(key).description
    for key in graph.asset_check_keys
}
print(json.dumps({
    "without_dbt_core": WITHOUT_DBT_CORE,
    "dbt_modules": sorted(m for m in sys.modules if m == "dbt" or m.startswith("dbt.")),
    "assets": assets,
    "checks": checks,
}, default=str))
"""


def _graph(mode: str) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", GRAPH, mode], capture_output=True, text=True, cwd=REPO, check=True, timeout=300
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_definitions_load_without_dbt_core_and_give_the_same_asset_graph() -> None:
    light, full = _graph("LIGHT"), _graph("WITH_DBT_CORE")
    assert light["without_dbt_core"] is True
    assert light["dbt_modules"] == []  # loading the code location imported no part of dbt-core
    assert full["without_dbt_core"] is False
    assert len(full["dbt_modules"]) > 50
    assert light["assets"].keys() == full["assets"].keys()
    assert any(key.startswith("marts/") for key in light["assets"])
    for key, asset in full["assets"].items():
        assert light["assets"][key] == asset, key
    assert light["checks"] == full["checks"]
    assert len(light["checks"]) > 10


def test_dbt_core_stays_importable_after_the_light_import() -> None:
    code = (
        "import sys; from orchestration.dbt_imports import WITHOUT_DBT_CORE; assert WITHOUT_DBT_CORE;"
        "assert 'dbt.version' not in sys.modules;"
        "from dbt.cli.main import dbtRunner; from dbt.version import __version__; print(__version__)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip()[0].isdigit()
