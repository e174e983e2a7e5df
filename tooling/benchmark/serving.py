"""`make bench`'s serving benchmark: the production server (`make serve`: gunicorn,
4 workers, DEBUG off) on the benchmark's PostgreSQL database, measured over HTTP.

Every timing is reported as a ratio to the login page's p50 in the same run, because this
machine's speed drifts with its load; each row has its target. A fresh server's first
suggestion request, the workers' summed proportional memory (PSS, /proc/<pid>/smaps_rollup)
against one worker's resident memory, and a mixed load of pages, suggestions and profile edits
from several clients at once complete the report.
"""

import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.auth import get_user_model
from django.test import Client

from api.models import ApiToken
from api.services import api_token_create, api_token_revoke
from opportunities.models import Opportunity
from organisations.models import Membership, Organisation, Sector
from tooling.benchmark.measure import load_average, machine_description
from tooling.benchmark.server import _server_environment

LIST_TARGET = 3.0  # x the login page's p50
SUGGESTION_TARGET = 2.0
FIRST_REQUEST_TARGET = 3.0  # seconds
PSS_TARGET = 1.6  # x one worker's RSS
BENCH_USERNAME = "bench-serving"
START_TIMEOUT = 900  # seconds: a first start builds the index and compiles the kernels
WARM_UP = 5


@dataclass(frozen=True)
class ServingOptions:
    workers: int = 4
    requests: int = 60
    load_clients: int = 4
    load_seconds: float = 60.0
    seed: int = 0


@dataclass
class Row:
    name: str
    path: str
    timings: list[float] = field(default_factory=list)
    statuses: set[int] = field(default_factory=set)
    target: float | None = None

    @property
    def p50(self) -> float:
        return statistics.median(self.timings)

    @property
    def p99(self) -> float:
        ordered = sorted(self.timings)
        return ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))]


@dataclass
class ServingResults:
    organisations: int = 0
    opportunities: int = 0
    machine: str = ""
    start_seconds: float = 0.0
    first_request_seconds: float = 0.0
    first_request_status: int = 0
    rows: list[Row] = field(default_factory=list)
    login: Row | None = None
    pss_kb: dict[int, int] = field(default_factory=dict)
    rss_kb: dict[int, int] = field(default_factory=dict)
    master_pid: int = 0
    load: dict[str, Row] = field(default_factory=dict)
    load_errors: list[str] = field(default_factory=list)
    load_seconds: float = 0.0


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ProductionServer:
    """`make serve` in a subprocess: collectstatic, then gunicorn with config/gunicorn.py."""

    def __init__(self, *, workers: int):
        self.port = _free_port()
        self.environment = _server_environment()
        self.environment.update(
            WEB_CONCURRENCY=str(workers),
            # The sessions made here must be valid there.
            SECRET_KEY=settings.SECRET_KEY,
        )
        self.process: subprocess.Popen | None = None
        self.start_seconds = 0.0

    def __enter__(self) -> "ProductionServer":
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
            cwd=settings.BASE_DIR, env=self.environment, check=True,
        )  # fmt: skip
        gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
        started = time.perf_counter()
        self.process = subprocess.Popen(
            [gunicorn, "--config", "config/gunicorn.py", "--bind", f"127.0.0.1:{self.port}"],
            cwd=settings.BASE_DIR, env=self.environment,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn stopped: {self.process.stderr.read()[-2000:]}")
            if time.perf_counter() - started > START_TIMEOUT:
                self.__exit__()
                raise RuntimeError("gunicorn did not start listening in time")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        self.start_seconds = time.perf_counter() - started
        # Drain gunicorn's log so that a full pipe never blocks it.
        threading.Thread(target=self.process.stderr.read, daemon=True).start()
        return self

    def __exit__(self, *exc_info) -> None:
        if self.process is None:
            return
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def pids(self) -> list[int]:
        """The master first, then its workers."""
        children = f"/proc/{self.process.pid}/task/{self.process.pid}/children"
        with open(children) as listing:
            return [self.process.pid, *(int(pid) for pid in listing.read().split())]

    def request(self, method: str, path: str, *, headers=None, body=None, timeout=60.0):
        """(status, seconds): a new connection per request, as gunicorn's sync workers close
        each one."""
        started = time.perf_counter()
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            response.read()
            return response.status, time.perf_counter() - started
        finally:
            connection.close()


def memory_kb(pid: int) -> tuple[int, int]:
    """(PSS, RSS) of a process in kB."""
    values = {}
    with open(f"/proc/{pid}/smaps_rollup") as rollup:
        for line in rollup:
            name, _, rest = line.partition(":")
            if name in ("Pss", "Rss"):
                values[name] = int(rest.split()[0])
    return values["Pss"], values["Rss"]


@dataclass(frozen=True)
class Fixture:
    """What the requests use: a signed-in session, an API token, organisations to edit and
    organisations to ask suggestions for."""

    cookie: str
    token: str
    editable: list[int]
    suggestion_ids: list[int]
    sector_slug: str
    search_word: str


BENCH_TOKEN_NAME = "bench"


def fixture_prepare(*, clients: int, seed: int) -> Fixture:
    user, _ = get_user_model().objects.get_or_create(username=BENCH_USERNAME)
    editable = list(
        Organisation.objects.published_and_current()
        .order_by("id")
        .values_list("id", flat=True)[:clients]
    )
    for organisation_id in editable:
        Membership.objects.get_or_create(
            user=user, organisation_id=organisation_id, defaults={"role": Membership.Role.OWNER}
        )
    client = Client()
    client.force_login(user)
    # The last run's token goes: every run makes one, and an account holds at most 20.
    for old in ApiToken.objects.filter(user=user, name=BENCH_TOKEN_NAME):
        api_token_revoke(token=old)
    _, token = api_token_create(user=user, name=BENCH_TOKEN_NAME)
    published = list(
        Organisation.objects.published_and_current().values_list("id", flat=True)[:20_000]
    )
    sample = random.Random(seed).sample(published, min(200, len(published)))
    sector = Sector.objects.order_by("id").values_list("slug", flat=True).first() or ""
    name = Organisation.objects.order_by("id").values_list("name", flat=True).first() or "a"
    return Fixture(
        cookie=f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}",
        token=token,
        editable=editable,
        suggestion_ids=sample,
        sector_slug=sector,
        search_word=name.split()[0],
    )


def page_rows(fixture: Fixture) -> list[Row]:
    return [
        Row("/organisations/", "/organisations/", target=LIST_TARGET),
        Row("?sector=", f"/organisations/?sector={fixture.sector_slug}", target=LIST_TARGET),
        Row("?q=", f"/organisations/?q={fixture.search_word}", target=LIST_TARGET),
        Row("deep page (?page=2000)", "/organisations/?page=2000", target=LIST_TARGET),
        Row("/api/organisations/", "/api/organisations/", target=LIST_TARGET),
        Row("/opportunities/", "/opportunities/", target=LIST_TARGET),
        Row("dashboard (signed in)", "/dashboard/", target=LIST_TARGET),
    ]


def _suggestion_paths(fixture: Fixture) -> Callable[[int], str]:
    ids = fixture.suggestion_ids
    return lambda number: f"/api/organisations/{ids[number % len(ids)]}/partners/"


def _headers(fixture: Fixture, path: str) -> dict[str, str]:
    headers = {"Accept": "application/json"} if path.startswith("/api/") else {}
    if path.startswith("/dashboard/"):
        headers["Cookie"] = fixture.cookie
    return headers


def measure_rows(server: ProductionServer, fixture: Fixture, requests: int) -> tuple[Row, list]:
    """The login page and every row, interleaved request by request so that a drift in the
    machine's speed touches all of them alike."""
    login = Row("login page", "/accounts/login/")
    rows = page_rows(fixture)
    suggestion = Row(
        "suggestion API", "/api/organisations/<id>/partners/", target=SUGGESTION_TARGET
    )
    suggestion_path = _suggestion_paths(fixture)
    for number in range(WARM_UP + requests):
        for row in [login, *rows, suggestion]:
            path = suggestion_path(number) if row is suggestion else row.path
            status, seconds = server.request("GET", path, headers=_headers(fixture, path))
            row.statuses.add(status)
            if number >= WARM_UP:
                row.timings.append(seconds)
    return login, [*rows, suggestion]


def load_run(
    server: ProductionServer, fixture: Fixture, *, clients: int, seconds: float, seed: int
) -> tuple[dict[str, Row], list[str]]:
    """`clients` threads for `seconds`, each mixing list pages, suggestions and profile edits
    (one organisation per client, PATCHed through the API with a token)."""
    kinds = {
        "page /organisations/": "/organisations/",
        "page /opportunities/": "/opportunities/",
        "page login": "/accounts/login/",
        "suggestion API": None,
        "write PATCH /api/organisations/<id>/": None,
    }
    results = {name: Row(name, name) for name in kinds}
    errors: list[str] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds
    suggestion_path = _suggestion_paths(fixture)
    originals = dict(
        Organisation.objects.filter(id__in=fixture.editable).values_list("id", "description")
    )

    def client(number: int) -> None:
        chooser = random.Random(seed + number)
        editable = fixture.editable[number % len(fixture.editable)]
        count = 0
        while time.perf_counter() < deadline:
            count += 1
            name = chooser.choices(list(kinds), weights=[3, 2, 1, 3, 1])[0]
            method, body, headers = "GET", None, {}
            if name == "suggestion API":
                path = suggestion_path(chooser.randrange(10_000))
            elif name.startswith("write"):
                method, path = "PATCH", f"/api/organisations/{editable}/"
                body = json.dumps({"description": f"{originals[editable]} Edit {count}."})
                headers = {"Authorization": f"Bearer {fixture.token}"}
                headers["Content-Type"] = "application/json"
            else:
                path = kinds[name]
            headers.update(_headers(fixture, path))
            try:
                status, took = server.request(method, path, headers=headers, body=body)
            except OSError as error:
                with lock:
                    errors.append(f"{name}: {error}")
                continue
            with lock:
                results[name].timings.append(took)
                results[name].statuses.add(status)
                if status >= 400:
                    errors.append(f"{name} {path}: HTTP {status}")

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for organisation_id, description in originals.items():
        Organisation.objects.filter(id=organisation_id).update(description=description)
    return {name: row for name, row in results.items() if row.timings}, errors


def serving_benchmark_run(options: ServingOptions, progress: Callable[[str], None]):
    results = ServingResults(
        organisations=Organisation.objects.count(),
        opportunities=Opportunity.objects.count(),
        machine="; ".join(f"{name} {value}" for name, value in machine_description()),
    )
    fixture = fixture_prepare(clients=options.load_clients, seed=options.seed)
    progress("Starting the production server (gunicorn) ...")
    with ProductionServer(workers=options.workers) as server:
        results.start_seconds = server.start_seconds
        path = _suggestion_paths(fixture)(0)
        status, seconds = server.request("GET", path, headers=_headers(fixture, path))
        results.first_request_status, results.first_request_seconds = status, seconds
        progress(f"Timing {options.requests} requests per row ...")
        results.login, results.rows = measure_rows(server, fixture, options.requests)
        progress(f"Load: {options.load_clients} clients for {options.load_seconds:.0f} s ...")
        started = time.perf_counter()
        results.load, results.load_errors = load_run(
            server, fixture, clients=options.load_clients, seconds=options.load_seconds,
            seed=options.seed,
        )  # fmt: skip
        results.load_seconds = time.perf_counter() - started
        pids = server.pids()
        results.master_pid = pids[0]
        for pid in pids:
            results.pss_kb[pid], results.rss_kb[pid] = memory_kb(pid)
        _smaps_keep(pids)
    return results


def _smaps_keep(pids: list[int]) -> None:
    """With BENCH_SMAPS_DIR set, copies each server process's /proc/<pid>/smaps there, to
    break its memory down by mapping afterwards (docs/benchmarks.md, session 8)."""
    directory = os.environ.get("BENCH_SMAPS_DIR")
    if not directory:
        return
    os.makedirs(directory, exist_ok=True)
    for number, pid in enumerate(pids):
        name = "master" if number == 0 else f"worker{number}"
        with open(f"/proc/{pid}/smaps") as source:
            text = source.read()
        with open(os.path.join(directory, f"{name}.smaps"), "w") as target:
            target.write(text)


def _met(ok: bool) -> str:
    return "met" if ok else "NOT MET"


def serving_report(results: ServingResults, options: ServingOptions) -> tuple[list[str], bool]:
    """The report's lines, and whether every target was met."""
    login = results.login.p50
    lines = [
        f"Serving benchmark: gunicorn, {options.workers} workers, DEBUG off, "
        f"{results.organisations} organisations, {results.opportunities} opportunities; "
        f"{options.requests} requests per row after {WARM_UP} to warm up.",
        f"Machine: {results.machine}.",
        f"Load average (1, 5, 15 min) at the end: {load_average()}.",
        f"Login page p50: {login * 1000:.1f} ms (the unit of the ratios).",
        "",
        "| row | p50 ms | ratio to login | target | |",
        "| --- | ---: | ---: | ---: | --- |",
    ]
    all_met = True
    for row in results.rows:
        ratio = row.p50 / login
        ok = ratio <= row.target and row.statuses == {200}
        all_met &= ok
        status = "" if row.statuses == {200} else f" (HTTP {sorted(row.statuses)})"
        lines.append(
            f"| {row.name} | {row.p50 * 1000:.1f} | {ratio:.2f}x | <= {row.target:g}x | "
            f"{_met(ok)}{status} |"
        )
    first_ok = results.first_request_seconds < FIRST_REQUEST_TARGET
    first_ok &= results.first_request_status == 200
    all_met &= first_ok
    lines.append(
        f"| fresh server's first suggestion request | {results.first_request_seconds * 1000:.0f}"
        f" | (start-up before listening: {results.start_seconds:.1f} s) | < "
        f"{FIRST_REQUEST_TARGET:g} s | {_met(first_ok)} |"
    )
    workers = [pid for pid in results.pss_kb if pid != results.master_pid]
    summed = sum(results.pss_kb.values())
    one_worker = max(results.rss_kb[pid] for pid in workers)
    pss_ratio = summed / one_worker
    pss_ok = pss_ratio <= PSS_TARGET
    all_met &= pss_ok
    lines.append(
        f"| summed PSS of master + {len(workers)} workers | {summed / 1024:.0f} MB | "
        f"{pss_ratio:.2f}x one worker's RSS ({one_worker / 1024:.0f} MB) | <= {PSS_TARGET:g}x | "
        f"{_met(pss_ok)} |"
    )
    load_ok = not results.load_errors and bool(results.load)
    all_met &= load_ok
    total = sum(len(row.timings) for row in results.load.values())
    lines.append(
        f"| load: {options.load_clients} clients, {results.load_seconds:.0f} s, {total} "
        f"requests | {len(results.load_errors)} errors | | 0 errors | {_met(load_ok)} |"
    )
    lines += ["", "Load, per path:", "", "| path | requests | p50 ms | p99 ms |"]
    lines.append("| --- | ---: | ---: | ---: |")
    for name, row in results.load.items():
        lines.append(
            f"| {name} | {len(row.timings)} | {row.p50 * 1000:.1f} | {row.p99 * 1000:.1f} |"
        )
    lines += [f"- {error}" for error in results.load_errors[:10]]
    lines += ["", "Memory (kB): " + ", ".join(
        f"{pid}{' (master)' if pid == results.master_pid else ''}: PSS {results.pss_kb[pid]} "
        f"RSS {results.rss_kb[pid]}"
        for pid in results.pss_kb
    )]  # fmt: skip
    return lines, all_met
