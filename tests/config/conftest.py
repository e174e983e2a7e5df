import subprocess
import sys

import pytest
from django.conf import settings

PRODUCTION = {
    "DEBUG": "false",
    "SECRET_KEY": "tests-only-Qm7vX2pLk9RzT4wYb8NcJ5hGd3FsE6aU1oIyWqZx0",
    "ALLOWED_HOSTS": "example.org",
    "SITE_URL": "https://example.org",
}


@pytest.fixture
def run_manage():
    """Runs manage.py in a fresh process with only the given environment (plus PATH)."""

    def run(*args: str, **env: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=settings.BASE_DIR,
            env={"PATH": "/usr/bin:/bin", **env},
            capture_output=True,
            text=True,
            check=False,
        )

    return run


@pytest.fixture
def production_setting(run_manage):
    """The value of a setting as production (DEBUG off) sees it, with extra environment."""

    def read(name: str, **env: str) -> str:
        result = run_manage(
            "shell",
            "--no-imports",
            "-c",
            f"from django.conf import settings; print(settings.{name})",
            **{**PRODUCTION, **env},
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    return read
