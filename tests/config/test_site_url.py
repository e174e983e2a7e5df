"""SITE_URL, the address in links sent by mail: follows PORT in development, required in
production."""

from tests.config.conftest import PRODUCTION


def site_url(run_manage, **env) -> str:
    result = run_manage(
        "shell",
        "--no-imports",
        "-c",
        "from django.conf import settings; print(settings.SITE_URL)",
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_development_defaults_to_port_8000(run_manage):
    assert site_url(run_manage) == "http://localhost:8000"


def test_development_follows_the_port_the_server_runs_on(run_manage):
    assert site_url(run_manage, PORT="8123") == "http://localhost:8123"


def test_an_explicit_site_url_wins(run_manage):
    assert site_url(run_manage, PORT="8123", SITE_URL="https://match.example.org") == (
        "https://match.example.org"
    )


def test_production_refuses_to_start_without_it(run_manage):
    production = {name: value for name, value in PRODUCTION.items() if name != "SITE_URL"}
    result = run_manage("check", **production)
    assert result.returncode != 0 and "SITE_URL must be set" in result.stderr


def test_a_bad_port_is_refused(run_manage):
    result = run_manage("check", PORT="eighty")
    assert result.returncode != 0 and "PORT" in result.stderr
