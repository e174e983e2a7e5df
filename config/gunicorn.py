"""gunicorn's settings for `make serve`; the address comes from the command line (--bind)."""

import functools
import gc
import io
import os
import sys
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

    from common.heap import heap_trim, library_pages_release
    from matchmaking.index_store import matching_index_fork_prepare, matching_index_serve_setup

    # The app's import garbage goes now, so the index built next fills the slots it leaves;
    # from here until the workers start (post_fork), nothing is collected (see gc.freeze below).
    gc.collect()
    gc.disable()

    # A sync worker with one thread serves one request at a time: edits may then be written
    # into the shared index's pages rather than into a copy of its arrays in every worker.
    one_at_a_time = server.cfg.worker_class_str == "sync" and server.cfg.threads == 1
    try:
        index = matching_index_serve_setup(one_request_at_a_time=one_at_a_time)
    except Exception:
        # The database may be down for a moment: serve anyway (pages answer 503 until it is
        # back), and the first suggestion request builds the index, as before.
        server.log.exception("Matching index not built at start; a first request will build it")
    else:
        server.log.info("Matching index ready: %d organisations", len(index.ids))
        _warm_up(server, organisation_id=int(index.ids[0]) if len(index.ids) else None)
        matching_index_fork_prepare()
    # A connection opened here must not be shared by the forked workers.
    connections.close_all()
    # Objects made so far (the index's lists and dicts included) move out of the collector's
    # reach: collections in the workers would otherwise write to every object's header and
    # copy the shared pages into each worker. No collection first (the collector has been off
    # since the start of this hook): the slots it would free are where each worker would put
    # its own new objects, copying the shared page around each one (Python's advice for
    # gc.freeze; measured, 3 to 4% less summed memory for the same requests).
    gc.freeze()
    # The build's temporaries are freed but glibc keeps the pages; hand them back, or the
    # master alone holds them.
    heap_trim()
    # Likewise the libraries' code the build and warm-up ran (LLVM's, to load numba's kernels,
    # about 70 MB): a forked worker maps none of those pages, so only the master held them.
    server.log.info("Released %d kB of library pages before forking", library_pages_release())


def post_fork(server, worker):
    """In each new worker: the collector, off in the master since on_starting, runs again
    (over the worker's own objects only: the master's are frozen)."""
    gc.enable()


WARM_UP_PATHS = ("/", "/accounts/login/", "/ko/accounts/login/", "/organisations/")


def _warm_up(server, *, organisation_id: int | None) -> None:
    """A few requests through the app in the master: what Django loads lazily on a first
    request (URL patterns, templates, translation catalogues, DRF) is then loaded once and
    shared by the workers, instead of costing each worker's first request a second."""
    from django.conf import settings

    from config.wsgi import application

    hosts = [host for host in settings.ALLOWED_HOSTS if host not in ("*", "") and host[0] != "."]
    paths = list(WARM_UP_PATHS)
    if organisation_id is not None:
        paths.append(f"/api/organisations/{organisation_id}/partners/")
    for path in paths:
        environ = {
            "REQUEST_METHOD": "GET", "PATH_INFO": path, "QUERY_STRING": "",
            "SERVER_NAME": hosts[0] if hosts else "localhost", "SERVER_PORT": "443",
            "HTTP_HOST": hosts[0] if hosts else "localhost", "HTTPS": "on",
            "HTTP_X_FORWARDED_PROTO": "https", "REMOTE_ADDR": "127.0.0.1",
            "wsgi.url_scheme": "https", "wsgi.input": io.BytesIO(), "wsgi.errors": sys.stderr,
            "wsgi.version": (1, 0), "wsgi.multithread": False, "wsgi.multiprocess": True,
            "wsgi.run_once": False,
        }  # fmt: skip
        statuses: list[str] = []
        body = application(environ, functools.partial(_keep_status, statuses))
        b"".join(body)
        getattr(body, "close", lambda: None)()
        server.log.info("Warm-up request %s: %s", path, statuses[0] if statuses else "?")


def _keep_status(statuses: list[str], status: str, headers, exc_info=None) -> None:
    statuses.append(status)
