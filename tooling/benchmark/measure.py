"""Timing, memory and machine facts for the benchmark report."""

import os
import platform
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import numba
import numpy as np
import scipy
import sklearn
from django.db import connection


@dataclass(frozen=True, slots=True)
class Timing:
    """Latencies of one method over a sample of requests, in milliseconds."""

    method: str
    count: int
    p50: float
    p95: float
    p99: float

    @classmethod
    def of(cls, method: str, seconds: list[float]) -> "Timing":
        if not seconds:
            return cls(method, 0, float("nan"), float("nan"), float("nan"))
        p50, p95, p99 = np.percentile(np.asarray(seconds) * 1000.0, [50, 95, 99])
        return cls(method, len(seconds), float(p50), float(p95), float(p99))


def timed_calls(calls: Iterable[Callable[[], object]]) -> tuple[list[float], list[object]]:
    """Runs each call once, returning the seconds each took and what each returned."""
    seconds, results = [], []
    for call in calls:
        started = time.perf_counter()
        result = call()
        seconds.append(time.perf_counter() - started)
        results.append(result)
    return seconds, results


def _status_kilobytes(field: str) -> int | None:
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def rss_bytes() -> int | None:
    """The process's resident memory now (Linux), or None where /proc is missing."""
    kilobytes = _status_kilobytes("VmRSS")
    return None if kilobytes is None else kilobytes * 1024


def peak_rss_bytes() -> int | None:
    kilobytes = _status_kilobytes("VmHWM")
    return None if kilobytes is None else kilobytes * 1024


def peak_rss_reset() -> bool:
    """Starts a new peak, so the build's peak is not the data generation's (Linux 4.0+)."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory_total() -> str:
    try:
        with open("/proc/meminfo") as meminfo:
            for line in meminfo:
                if line.startswith("MemTotal:"):
                    return f"{int(line.split()[1]) / 1024 / 1024:.1f} GB"
    except OSError:
        pass
    return "unknown"


def database_description() -> str:
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
    if connection.vendor == "sqlite":
        return f"SQLite {sqlite3.sqlite_version}"
    return connection.vendor


def load_average() -> str:
    try:
        return " ".join(f"{value:.2f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def machine_description() -> list[tuple[str, str]]:
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    cores = f"{os.cpu_count()}" + (
        f" ({usable} usable)" if usable not in (None, os.cpu_count()) else ""
    )
    return [
        ("CPU", _cpu_model()),
        ("Cores", cores),
        ("RAM", _memory_total()),
        ("Database", database_description()),
        ("Python", platform.python_version()),
        (
            "Libraries",
            f"numpy {np.__version__}, numba {numba.__version__}, scipy {scipy.__version__}, "
            f"scikit-learn {sklearn.__version__}",
        ),
        ("OS", platform.platform()),
    ]
