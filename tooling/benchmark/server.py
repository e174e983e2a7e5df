"""A real HTTP server around the project's WSGI app, for the endpoint latency and for showing
that another server process sees an edit on its next request.

It runs in its own Python process (`python -m tooling.benchmark.server` prints its port and
serves), so it keeps its own matching index as a deployed server process would. A test database
held in memory is invisible to other processes; only then does it run in a thread instead.
wsgiref is enough with one client and needs no new dependency; it closes the connection after
each response, so each request also pays a local TCP connect (tens of microseconds).
"""

import http.client
import json
import os
import secrets
import subprocess
import sys
import threading
from urllib.parse import quote
from wsgiref.simple_server import WSGIRequestHandler, make_server

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.db import connection, connections

FIRST_REQUEST_TIMEOUT = 900  # seconds: the first request builds the server's own index


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):
        """A line per request would bury the report."""


def database_url() -> str:
    """The URL of the database this process uses (the test database under pytest)."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    credentials = quote(database["USER"] or "", safe="")
    if database["PASSWORD"]:
        credentials += ":" + quote(database["PASSWORD"], safe="")
    host = quote(database["HOST"] or "", safe="")
    port = f":{database['PORT']}" if database["PORT"] else ""
    return f"postgresql://{credentials}@{host}{port}/{quote(database['NAME'], safe='')}"


def _server_environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment.update(
        DATABASE_URL=database_url(),
        # As deployed: no debug bookkeeping. Throttling is off because it counts requests per
        # client, and one client sending hundreds is the point here.
        DEBUG="false",
        SECRET_KEY=os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        # Plain HTTP on loopback: no HTTPS redirect, and no mail leaves it.
        SECURE_SSL_REDIRECT="false",
        SITE_URL="http://127.0.0.1",
        API_THROTTLE_ANON="off",
        API_THROTTLE_USER="off",
    )
    return environment


class BenchmarkServer:
    """Use as a context manager; get(path) answers (status, parsed JSON or text)."""

    def __init__(self):
        self.separate_process = not (connection.vendor == "sqlite" and connection.is_in_memory_db())
        self._process: subprocess.Popen | None = None
        self._server = None
        self._thread: threading.Thread | None = None
        self.port = 0
        self._client: http.client.HTTPConnection | None = None

    def __enter__(self) -> "BenchmarkServer":
        if self.separate_process:
            self._process = subprocess.Popen(
                [sys.executable, "-m", "tooling.benchmark.server"],
                cwd=settings.BASE_DIR,
                env=_server_environment(),
                stdout=subprocess.PIPE,
                text=True,
            )
            line = self._process.stdout.readline().strip()
            if not line.isdigit():
                self.__exit__(None, None, None)
                raise RuntimeError(f"The benchmark server did not start (it said {line!r}).")
            self.port = int(line)
        else:
            from django.core.wsgi import get_wsgi_application

            self._server = make_server(
                "127.0.0.1", 0, get_wsgi_application(), handler_class=QuietHandler
            )
            self.port = self._server.server_port
            self._thread = threading.Thread(target=self._serve_in_thread, daemon=True)
            self._thread.start()
        self._client = http.client.HTTPConnection("127.0.0.1", self.port)
        return self

    def _serve_in_thread(self) -> None:
        try:
            self._server.serve_forever()
        finally:
            connections.close_all()

    def __exit__(self, *exc_info) -> None:
        if self._client is not None:
            self._client.close()
        if self._process is not None:
            self._process.terminate()
            try:
                self._process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._process.stdout.close()
        if self._server is not None:
            self._server.shutdown()
            self._thread.join()
            self._server.server_close()

    def get(self, path: str, *, timeout: float = 30.0):
        self._client.timeout = timeout
        if self._client.sock is not None:
            self._client.sock.settimeout(timeout)
        self._client.request("GET", path, headers={"Accept": "application/json"})
        response = self._client.getresponse()
        body = response.read()
        try:
            return response.status, json.loads(body)
        except ValueError:
            return response.status, body.decode(errors="replace")[:500]


def _serve() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
    server = make_server("127.0.0.1", 0, get_wsgi_application(), handler_class=QuietHandler)
    print(server.server_port, flush=True)
    server.serve_forever()


if __name__ == "__main__":
    _serve()
