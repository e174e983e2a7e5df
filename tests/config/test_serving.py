"""The production server: gunicorn's settings, and static files served by the app itself."""

import gc
import os
import runpy
import subprocess
import sys
from types import SimpleNamespace

import pytest
from django.conf import settings

GUNICORN_CONFIG = settings.BASE_DIR / "config" / "gunicorn.py"


def gunicorn_settings(monkeypatch, **env) -> dict:
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(GUNICORN_CONFIG))


def test_static_files_are_served_without_a_web_server(client):
    response = client.get("/static/css/app.css")
    assert response.status_code == 200


def test_every_page_links_the_site_icon_and_it_is_served(client, db):
    page = client.get("/").text
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in page
    icon = client.get("/static/img/favicon.svg")
    assert icon.status_code == 200 and b"<svg" in b"".join(icon.streaming_content)


def test_whitenoise_comes_right_after_the_security_middleware():
    security = settings.MIDDLEWARE.index("django.middleware.security.SecurityMiddleware")
    assert settings.MIDDLEWARE[security + 1] == "whitenoise.middleware.WhiteNoiseMiddleware"


def test_production_serves_hashed_compressed_static_files():
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from django.conf import settings; print(settings.STORAGES['staticfiles']['BACKEND'])",
        ],
        cwd=settings.BASE_DIR,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "config.settings",
            "DEBUG": "false",
            "SECRET_KEY": "x" * 50,
            "SITE_URL": "https://example.org",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_gunicorn_runs_two_workers_with_a_minute_to_answer(monkeypatch):
    monkeypatch.delenv("WEB_CONCURRENCY", raising=False)
    config = gunicorn_settings(monkeypatch)
    assert (config["workers"], config["timeout"], config["accesslog"]) == (2, 60, "-")


def test_web_concurrency_sets_the_workers(monkeypatch):
    assert gunicorn_settings(monkeypatch, WEB_CONCURRENCY="5")["workers"] == 5


def test_a_bad_web_concurrency_stops_gunicorn(monkeypatch):
    with pytest.raises(SystemExit, match="WEB_CONCURRENCY"):
        gunicorn_settings(monkeypatch, WEB_CONCURRENCY="lots")


def test_gunicorn_builds_the_app_and_index_in_the_master_before_forking(monkeypatch):
    config = gunicorn_settings(monkeypatch)
    assert config["preload_app"] is True
    assert callable(config["on_starting"])


def test_gunicorn_caches_numba_kernels_under_var(monkeypatch):
    monkeypatch.delenv("NUMBA_CACHE_DIR", raising=False)
    gunicorn_settings(monkeypatch)
    assert os.environ["NUMBA_CACHE_DIR"] == str(settings.BASE_DIR / "var" / "numba")


def test_gunicorn_starts_even_if_the_index_cannot_be_built(monkeypatch):
    config = gunicorn_settings(monkeypatch)

    def database_down(**options):
        raise OSError("connection refused")

    monkeypatch.setattr("matchmaking.index_store.matching_index_serve_setup", database_down)
    monkeypatch.setattr("gc.freeze", lambda: None)
    monkeypatch.setattr("gc.disable", lambda: None)
    logged = []
    server = SimpleNamespace(
        log=SimpleNamespace(info=lambda *args: None, exception=logged.append),
        cfg=SimpleNamespace(worker_class_str="sync", threads=1),
    )
    config["on_starting"](server)
    assert logged == ["Matching index not built at start; a first request will build it"]


def test_a_worker_collects_again_after_the_fork(monkeypatch):
    config = gunicorn_settings(monkeypatch)
    gc.disable()
    try:
        config["post_fork"](None, None)
        assert gc.isenabled()
    finally:
        gc.enable()
