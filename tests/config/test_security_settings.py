"""With DEBUG off the site is HTTPS-only by default, and each part can be turned off."""

import pytest

from tests.config.conftest import PRODUCTION


def test_the_deploy_check_finds_nothing(run_manage):
    result = run_manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("SECURE_SSL_REDIRECT", "True"),
        ("SECURE_HSTS_SECONDS", "31536000"),
        ("SECURE_HSTS_INCLUDE_SUBDOMAINS", "True"),
        ("SESSION_COOKIE_SECURE", "True"),
        ("CSRF_COOKIE_SECURE", "True"),
    ],
)
def test_production_is_https_only(production_setting, name, expected):
    assert production_setting(name) == expected


@pytest.mark.parametrize(
    ("name", "off", "expected"),
    [
        ("SECURE_SSL_REDIRECT", "false", "False"),
        ("SECURE_HSTS_SECONDS", "0", "0"),
        ("SESSION_COOKIE_SECURE", "false", "False"),
        ("CSRF_COOKIE_SECURE", "false", "False"),
    ],
)
def test_each_can_be_turned_off(production_setting, name, off, expected):
    assert production_setting(name, **{name: off}) == expected


def test_a_proxy_header_can_be_trusted(production_setting):
    value = production_setting(
        "SECURE_PROXY_SSL_HEADER", SECURE_PROXY_SSL_HEADER="HTTP_X_FORWARDED_PROTO,https"
    )
    assert value == "('HTTP_X_FORWARDED_PROTO', 'https')"


def test_no_proxy_header_is_trusted_by_default(production_setting):
    assert production_setting("SECURE_PROXY_SSL_HEADER") == "None"


@pytest.mark.parametrize("bad", ["X-Forwarded-Proto", "HTTP_X_FORWARDED_PROTO", "x,https,y"])
def test_a_malformed_proxy_header_stops_start_up(run_manage, bad):
    result = run_manage("check", **PRODUCTION, SECURE_PROXY_SSL_HEADER=bad)
    assert result.returncode != 0
    assert "SECURE_PROXY_SSL_HEADER" in result.stderr
