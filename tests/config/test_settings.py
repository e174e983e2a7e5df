import subprocess
import sys

import pytest
from django.conf import settings


def run_check(env_overrides: dict[str, str]) -> subprocess.CompletedProcess:
    env = {"PATH": "/usr/bin:/bin", **env_overrides}
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize(
    ("variable", "value"),
    [("DEBUG", "maybe"), ("EMAIL_BACKEND", "pigeon"), ("DATABASE_URL", "mysql://x/y")],
)
def test_bad_value_stops_start_up_naming_the_variable(variable, value):
    result = run_check({variable: value})
    assert result.returncode != 0
    assert variable in result.stderr


def test_secret_key_required_when_debug_is_off():
    result = run_check({"DEBUG": "false"})
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_settings_start_with_a_secret_key():
    production = {"DEBUG": "false", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "example.org"}
    result = run_check({**production, "SITE_URL": "https://example.org"})
    assert result.returncode == 0, result.stderr
