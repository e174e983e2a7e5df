"""Dependencies point one way: demo and tooling at the top, common at the bottom."""

import ast
from pathlib import Path

import pytest
from django.conf import settings

PROJECT_APPS = {"organisations", "opportunities", "matchmaking", "api", "demo", "tooling"}


def imported_top_packages(folder: str) -> set[str]:
    """Every top-level package a folder's modules import, at the top or inside functions."""
    names = set()
    for path in (Path(settings.BASE_DIR) / folder).rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                names.add(node.module.split(".")[0])
    return names


def test_common_imports_no_project_app():
    assert not imported_top_packages("common") & PROJECT_APPS


@pytest.mark.parametrize("app", ["organisations", "opportunities", "matchmaking", "api"])
def test_no_app_imports_tooling_or_demo(app):
    assert not imported_top_packages(app) & {"tooling", "demo"}
