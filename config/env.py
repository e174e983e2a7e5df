"""Read settings from environment variables, refusing values that cannot be meant.

A typo such as DEBUG=maybe must stop start-up with a message naming the variable,
not silently become False.
"""

import os
import re

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a boolean: use one of true/false, 1/0, yes/no, on/off."
    )


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"{name}={value} must be at least {minimum}.")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_choice(name: str, default: str, choices: dict[str, str]) -> str:
    """Map a short name (e.g. EMAIL_BACKEND=console) to its full value."""
    raw = os.environ.get(name, default).strip()
    if raw in choices:
        return choices[raw]
    if raw in choices.values():
        return raw
    allowed = ", ".join(sorted(choices))
    raise ImproperlyConfigured(f"{name}={raw!r} is not one of: {allowed}.")


def env_rate(name: str, default: str) -> str | None:
    """A request rate such as 60/minute for DRF's throttles; "off" turns the limit off."""
    raw = os.environ.get(name, default).strip().lower()
    if raw in ("off", "none", ""):
        return None
    count, _, period = raw.partition("/")
    if not count.isdigit() or period not in _RATE_PERIODS:
        raise ImproperlyConfigured(
            f"{name}={raw!r} is not a rate: use a number per second, minute, hour or day, "
            "e.g. 60/minute, or off."
        )
    return raw


_RATE_PERIODS = {"s", "sec", "second", "m", "min", "minute", "h", "hour", "d", "day"}


def env_proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """The header and value by which a TLS-terminating proxy says the request came over HTTPS,
    e.g. HTTP_X_FORWARDED_PROTO,https; unset or empty means no proxy is trusted for it."""
    raw = os.environ.get(name, "").strip()
    if not raw:
        return None
    header, _, value = (part.strip() for part in raw.partition(","))
    if not re.fullmatch(r"HTTP_[A-Z0-9_]+", header) or not value or "," in value:
        raise ImproperlyConfigured(
            f"{name}={raw!r} must be a request header as Django names it and the value that "
            "means HTTPS, e.g. HTTP_X_FORWARDED_PROTO,https."
        )
    return header, value
