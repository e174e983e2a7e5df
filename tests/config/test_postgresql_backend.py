"""The PostgreSQL health check (config/postgresql/base.py): no round trip for a live idle
connection, and a connection the server closed is still found unusable."""

import time

import psycopg
import pytest
from django.db import connection

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the PostgreSQL backend's own check"
)


def test_an_idle_live_connection_is_usable_without_asking_the_server(transactional_db, monkeypatch):
    connection.ensure_connection()
    asked = []
    monkeypatch.setattr(
        "django.db.backends.postgresql.base.DatabaseWrapper.is_usable",
        lambda self: asked.append(True) or True,
    )
    assert connection.is_usable()
    assert asked == []


def test_a_connection_the_server_closed_is_unusable(transactional_db):
    connection.ensure_connection()
    pid = connection.connection.info.backend_pid
    with psycopg.connect(**connection.get_connection_params(), autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [pid])
    time.sleep(0.2)  # the server's goodbye reaches the socket
    assert not connection.is_usable()
    connection.close()
