"""The layout's rules, checked on the source: no import cycles, no Dagster below `orchestration`, and the
layers of `ingest` import only downwards."""

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("ingest", "expectations", "orchestration")
# a layer of ingest may import only the layers named here (and itself)
INGEST_LAYERS = {
    "ingest.read": set(),
    "ingest.raw": set(),
    "ingest.parse": {"ingest.read", "ingest.raw"},
    "ingest.state": {"ingest.read", "ingest.raw", "ingest.parse"},
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(REPO).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    """Module -> the project modules it imports (at the top or inside functions)."""
    graph: dict[str, set[str]] = {}
    for package in PACKAGES:
        for path in (REPO / package).rglob("*.py"):
            found: set[str] = set()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                    found.add(node.module)
                    found.update(f"{node.module}.{alias.name}" for alias in node.names)
                elif isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
            graph[_module_name(path)] = found
    return {name: {m for m in found if m in graph and m != name} for name, found in graph.items()}


def _all_imports(packages: tuple[str, ...] = ("ingest", "expectations")) -> dict[str, set[str]]:
    """Module -> every module it imports, third-party ones included."""
    graph: dict[str, set[str]] = {}
    for package in packages:
        for path in (REPO / package).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
            names |= {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
            graph[_module_name(path)] = names
    return graph


def test_no_module_imports_in_a_circle() -> None:
    graph = _imports()
    # a package's __init__ importing its own modules is not a cycle of modules: drop package -> child edges
    graph = {m: {d for d in deps if not d.startswith(m + ".")} for m, deps in graph.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for dep in sorted(graph[node]):
            if state.get(dep) == 1:
                cycles.append(stack[stack.index(dep) :] + [dep])
            elif dep not in state:
                visit(dep, [*stack, dep])
        state[node] = 2

    for module in sorted(graph):
        if module not in state:
            visit(module, [module])
    assert cycles == []


def test_ingest_and_expectations_never_import_dagster() -> None:
    offenders = {
        module: sorted(n for n in names if n.split(".")[0] in {"dagster", "dagster_dbt", "dagster_duckdb"})
        for module, names in _all_imports().items()
    }
    assert {m: n for m, n in offenders.items() if n} == {}


def test_dagster_dbt_is_imported_only_through_its_one_module() -> None:
    """`orchestration.dbt_imports` loads dagster-dbt without dbt-core; a direct import that ran first would
    load it with dbt-core, costing the refresh about a second."""
    importers = {
        module
        for module, names in _all_imports(("ingest", "expectations", "orchestration", "tests")).items()
        if any(n.split(".")[0] == "dagster_dbt" for n in names)
    }
    assert importers == {"orchestration.dbt_imports"}


def test_ingest_layers_import_only_downwards() -> None:
    wrong = []
    for module, deps in _imports().items():
        layer = next((layer for layer in INGEST_LAYERS if module.startswith(layer)), None)
        if layer is None:
            continue
        for dep in deps:
            dep_layer = next((other for other in INGEST_LAYERS if dep.startswith(other)), None)
            if dep.startswith("ingest") and dep_layer != layer and dep_layer not in INGEST_LAYERS[layer]:
                wrong.append(f"{module} -> {dep}")
    assert wrong == []


def test_ingest_keeps_only_its_entry_points_at_the_top() -> None:
    top = sorted(p.name for p in (REPO / "ingest").glob("*.py"))
    assert len(top) <= 5, top
