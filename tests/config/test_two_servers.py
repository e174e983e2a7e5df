"""Two gunicorn servers on one PostgreSQL database: an edit through one shows in the other's
next suggestions (scripts/two_servers_check.py). Runs only on PostgreSQL, as CI does."""

import subprocess
import sys
from io import StringIO

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection

from tooling.benchmark.server import database_url

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def shared_database(demo_password):
    if connection.vendor != "postgresql":
        pytest.skip("Two servers share a database only on PostgreSQL (set DATABASE_URL).")
    call_command("load_demo", stdout=StringIO())
    return database_url()


def test_an_edit_through_one_server_shows_on_the_other(shared_database):
    result = subprocess.run(
        [sys.executable, "scripts/two_servers_check.py"],
        cwd=settings.BASE_DIR,
        env={"PATH": "/usr/bin:/bin", "DATABASE_URL": shared_database},
        capture_output=True,
        text=True,
        timeout=480,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "consistent." in result.stdout
