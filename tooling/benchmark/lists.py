"""In-process timings of the list pages and list APIs (issue 14, points 1 and 2): each path's
p50 as a ratio to the login page's p50 measured in the same run, since the machine's speed
drifts, with the queries each request made. Used by `manage.py bench_lists` and callable from
the server benchmark (list_page_timings)."""

import statistics
import time
from dataclasses import dataclass

from django.contrib.auth.base_user import AbstractBaseUser
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from organisations.models import Organisation, PublicationStatus, Sector

LOGIN = "login"


@dataclass(frozen=True, slots=True)
class ListTiming:
    """One path: the median of its timed requests, that over the login page's, its queries."""

    path: str
    p50_ms: float
    ratio: float
    queries: int
    status: int


def list_paths(*, dashboard: bool = False) -> list[str]:
    """The paths issue 14 sets targets for: the organisation list plain, by the most common
    sector and deep, the organisation API, the opportunity list and API, and the dashboard."""
    organisations = reverse("organisations:list")
    sector = (
        Sector.objects.filter(organisations__status=PublicationStatus.PUBLISHED)
        .values_list("slug", flat=True)
        .first()
    )
    published = Organisation.objects.published().count()
    deep = max(1, published // 25 // 2)
    paths = [
        organisations,
        f"{organisations}?sector={sector}" if sector else organisations,
        f"{organisations}?page={deep}",
        "/api/organisations/",
        reverse("opportunities:list"),
        "/api/opportunities/",
    ]
    if dashboard:
        paths.append(reverse("matchmaking:dashboard"))
    return paths


def _timed(client: Client, path: str, repeat: int, warmup: int) -> tuple[float, int, int]:
    for _ in range(warmup):
        client.get(path)
    seconds = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(path)
        seconds.append(time.perf_counter() - started)
    with CaptureQueriesContext(connection) as queries:
        status = client.get(path).status_code
    return statistics.median(seconds) * 1000.0, len(queries), status


def list_page_timings(
    *,
    paths: list[str] | None = None,
    repeat: int = 30,
    warmup: int = 3,
    member: AbstractBaseUser | None = None,
    host: str = "127.0.0.1",
) -> list[ListTiming]:
    """Times each path (and the login page first, as the yardstick) with the Django test
    client in this process, signed in as `member` if given (the dashboard needs one). The
    first row is the login page itself (ratio 1). Only the dashboard is signed in; the lists
    are timed as a visitor sees them."""
    if paths is None:
        paths = list_paths(dashboard=member is not None)
    login_path = reverse("account_login")
    anonymous = Client(HTTP_HOST=host)
    signed_in = Client(HTTP_HOST=host)
    if member is not None:
        signed_in.force_login(member)
    login_p50, login_queries, login_status = _timed(anonymous, login_path, repeat, warmup)
    rows = [ListTiming(login_path, login_p50, 1.0, login_queries, login_status)]
    dashboard = reverse("matchmaking:dashboard")
    for path in paths:
        client = signed_in if path.startswith(dashboard) else anonymous
        p50, queries, status = _timed(client, path, repeat, warmup)
        rows.append(ListTiming(path, p50, p50 / login_p50, queries, status))
    return rows


def list_timings_table(rows: list[ListTiming], *, target_ratio: float = 3.0) -> str:
    """The rows as a Markdown table, each against the target ratio."""
    lines = [
        "| path | p50 ms | x login | queries | status | target |",
        "| --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in rows:
        met = "met" if row.ratio <= target_ratio and row.status == 200 else "MISSED"
        lines.append(
            f"| {row.path} | {row.p50_ms:.1f} | {row.ratio:.2f} | {row.queries} | {row.status} "
            f"| {met if row.ratio != 1.0 else '-'} |"
        )
    return "\n".join(lines)
