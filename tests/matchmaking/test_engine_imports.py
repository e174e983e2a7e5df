import ast
from pathlib import Path

import matchmaking.engine

ENGINE = Path(matchmaking.engine.__file__).parent
PROJECT = ENGINE.parent.parent
# The project's own packages (apps, config, ...): the engine may use none of them but itself.
PROJECT_PACKAGES = {path.parent.name for path in PROJECT.glob("*/__init__.py")}


def _imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names.add(node.module)
    return names


def _forbidden(module: str) -> bool:
    if module == "matchmaking.engine" or module.startswith("matchmaking.engine."):
        return False
    return module.split(".")[0] in PROJECT_PACKAGES | {"django"}


def test_engine_imports_neither_django_nor_any_project_app():
    found = {
        f"{path.name}: {module}"
        for path in ENGINE.rglob("*.py")
        for module in _imported_modules(path)
        if _forbidden(module)
    }
    assert {"matchmaking", "organisations", "config"} <= PROJECT_PACKAGES
    assert found == set()
