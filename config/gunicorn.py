"""gunicorn's settings for `make serve`; the address comes from the command line (--bind)."""

import os


def _whole_number(name: str, default: int) -> int:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    if not raw.isdigit() or int(raw) < 1:
        raise SystemExit(f"{name}={raw!r} must be a whole number of at least 1.")
    return int(raw)


wsgi_app = "config.wsgi:application"
# gunicorn's own variable; two workers suit a small machine and keep serving while one is busy.
workers = _whole_number("WEB_CONCURRENCY", 2)
# A worker's first suggestion request builds the matching index, which takes seconds on a big
# database; the default 30 s could kill it half way. (GUNICORN_CMD_ARGS="--timeout 90" overrides.)
timeout = 60
accesslog = "-"
errorlog = "-"
# gunicorn's runtime control socket is one fixed path per user, so a second server on the same
# machine (docs/deploy.md) would take it over; nothing here uses it.
control_socket_disable = True
