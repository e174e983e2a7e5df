"""Two app servers on one PostgreSQL database stay consistent.

Starts two gunicorn servers (`make serve`'s configuration) on two loopback ports against
DATABASE_URL, warms the matching index of the second, edits the demo SME's profile through the
first (API, with a token), and checks the second's next partner suggestions reflect the edit.
The profile is put back at the end. Needs a migrated database with the demo data:

    export DATABASE_URL=postgresql://app:app@127.0.0.1:5432/app
    make demo && .venv/bin/python scripts/two_servers_check.py

Exit status 0 when consistent, 1 when not.
"""

import json
import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
PORTS = (8701, 8702)
LIMIT = 10


def start(port: int) -> subprocess.Popen:
    env = {**os.environ, "WEB_CONCURRENCY": "1", "PORT": str(port)}
    return subprocess.Popen(
        [
            str(ROOT / ".venv/bin/gunicorn"),
            "--config",
            "config/gunicorn.py",
            "--bind",
            f"127.0.0.1:{port}",
            "--access-logfile",
            "/dev/null",
        ],
        cwd=ROOT,
        env=env,
    )


def call(port: int, path: str, token: str, method: str = "GET", body: dict | None = None):
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response)


# A fresh clone's first start compiles the index's numba kernels before forking, which took
# over 30 s on a busy 2-core machine; a server that has exited is reported at once instead.
START_SECONDS = 180


def wait_until_up(port: int, server: subprocess.Popen) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"The server on port {port} exited with status {server.returncode}.")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/api/schema/", timeout=2)
            return
        except OSError:
            time.sleep(0.5)
    raise SystemExit(f"The server on port {port} did not start within {START_SECONDS} s.")


def main() -> int:
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to the PostgreSQL database both servers share.")
    import django

    django.setup()
    from api.services import api_token_create, api_token_revoke
    from organisations.models import Membership, Organisation

    membership = (
        Membership.objects.select_related("organisation", "user")
        .filter(user__username="sme")
        .first()
    )
    if membership is None:
        raise SystemExit("No demo data: run `make demo` first.")
    mine = membership.organisation
    token, secret = api_token_create(user=membership.user, name="two servers check")
    servers = [start(port) for port in PORTS]
    first, second = PORTS
    try:
        for port, server in zip(PORTS, servers, strict=True):
            wait_until_up(port, server)
        path = f"/api/organisations/{mine.pk}/partners/?limit={LIMIT}"
        before = [row["organisation"]["id"] for row in call(second, path, secret)]
        # A published Korean organisation the second server does not suggest yet.
        target = (
            Organisation.objects.filter(status="published", country="KR")
            .exclude(pk__in=before)
            .exclude(offers=None)
            .order_by("pk")
            .first()
        )
        original = call(first, f"/api/organisations/{mine.pk}/", secret)
        wanted = {
            "seeks": list(target.offers.values_list("slug", flat=True)),
            "sectors": list(target.sectors.values_list("slug", flat=True)),
        }
        print(f"Server {second} suggests {len(before)} partners; {target.name} is not one.")
        call(first, f"/api/organisations/{mine.pk}/", secret, "PATCH", wanted)
        print(f"Through server {first}: {mine.name} now seeks {', '.join(wanted['seeks'])}.")
        after = [row["organisation"]["id"] for row in call(second, path, secret)]
        consistent = target.pk in after
        print(
            f"Server {second}'s next suggestions "
            + (f"include {target.name}: consistent." if consistent else "do not change: STALE.")
        )
        restore = {field: original[field] for field in ("seeks", "sectors")}
        call(first, f"/api/organisations/{mine.pk}/", secret, "PATCH", restore)
        return 0 if consistent else 1
    finally:
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        api_token_revoke(token=token)


if __name__ == "__main__":
    sys.exit(main())
