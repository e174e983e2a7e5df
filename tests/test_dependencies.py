"""Dependencies point one way (the README's layout section), and no module imports itself back
through others. Imports inside functions count too: a lazy import is still a dependency."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

# Lowest first. An app may import the apps of lower layers, never those of its own or a higher
# one (the two apps of a layer are peers that know nothing of each other).
LAYERS = [
    ("common",),
    ("api",),
    ("organisations",),
    ("opportunities",),
    ("introductions",),
    ("matchmaking", "alerts"),
    ("events",),
    ("accounts",),
    ("memberships",),
    ("demo", "tooling"),
    ("config",),
]
APPS = [app for layer in LAYERS for app in layer]
BASE = Path(settings.BASE_DIR)


def _modules() -> dict[str, Path]:
    modules = {}
    for app in APPS:
        for path in (BASE / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            parts = list(path.relative_to(BASE).with_suffix("").parts)
            modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return modules


def _imported_names(module: str, path: Path) -> set[str]:
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parents = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(parents + ([node.module] if node.module else []))
            names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def _import_graph() -> dict[str, set[str]]:
    modules = _modules()

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph = {}
    for module, path in modules.items():
        targets = {resolve(name) for name in _imported_names(module, path)}
        graph[module] = {target for target in targets if target and target != module}
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iteratively)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph[root])))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is None:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
            elif child not in index:
                index[child] = low[child] = len(index)
                stack.append(child)
                on_stack.add(child)
                work.append((child, iter(sorted(graph[child]))))
            elif child in on_stack:
                low[node] = min(low[node], index[child])
    return found


@pytest.fixture(scope="module")
def import_graph():
    return _import_graph()


def test_no_module_imports_itself_back(import_graph):
    assert _cycles(import_graph) == []


def test_cycle_finder_finds_a_cycle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("level", range(len(LAYERS)))
def test_apps_import_only_lower_layers(import_graph, level):
    allowed = {app for layer in LAYERS[:level] for app in layer}
    for app in LAYERS[level]:
        imported = {
            target.split(".")[0]
            for module, targets in import_graph.items()
            if module.split(".")[0] == app
            for target in targets
        }
        assert imported - {app} <= allowed, f"{app} imports {imported - {app} - allowed}"
