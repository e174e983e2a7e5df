"""gunicorn's settings for `make serve`; the address comes from the command line (--bind)."""

import gc
import os
from pathlib import Path

# numba's compiled kernels are cached here (a read-only install cannot write next to the
# code); set before the app is imported, since numba reads it once.
os.environ.setdefault(
    "NUMBA_CACHE_DIR", str(Path(__file__).resolve().parent.parent / "var" / "numba")
)


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
# The master loads the app and builds the matching index (on_starting) before it listens and
# forks: no worker builds one inside a request, and the workers share its pages.
preload_app = True
# A worker that still has to rebuild in a request (the background thread failed to start, say)
# must not be killed half way. (GUNICORN_CMD_ARGS="--timeout 90" overrides.)
timeout = 60
accesslog = "-"
errorlog = "-"
# gunicorn's runtime control socket is one fixed path per user, so a second server on the same
# machine (docs/deploy.md) would take it over; nothing here uses it.
control_socket_disable = True


def on_starting(server):
    """Runs in the master after the app is loaded, before the listening socket opens: a fresh
    server answers its first suggestion request from a built index and loaded kernels."""
    from django.db import connections

    from matchmaking.index_store import matching_index_serve_setup

    index = matching_index_serve_setup()
    server.log.info("Matching index ready: %d organisations", len(index.ids))
    # A connection opened here must not be shared by the forked workers.
    connections.close_all()
    # Objects made so far (the index's lists and dicts included) move out of the collector's
    # reach: collections in the workers would otherwise write to every object's header and
    # copy the shared pages into each worker.
    gc.collect()
    gc.freeze()
