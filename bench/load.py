"""Load runs with wrk on 127.0.0.1: a URL uncached (straight to gunicorn), through nginx's warm
front cache, and the same bytes served by nginx as a static file."""

from __future__ import annotations

import http.client
import json
import math
import os
import statistics
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.targets import Target

WRK_SCRIPT = Path(__file__).resolve().parent / "wrk_report.lua"
STATIC_PREFIX = "/__bench_static/"


@dataclass(frozen=True)
class WrkSettings:
    """wrk's options. Uncached runs last `seconds`, longer for slow pages (up to `max_seconds`)
    so that some requests finish; cached and static runs alternate `rounds` times for
    `round_seconds` each, so a change in the machine's load hits a cached round and the static
    round after it alike; the ratio is the median of those pairs' ratios (a best-of-three per mode
    let one lucky round decide: the same page measured 0.77 and 0.88 on one machine)."""

    threads: int = 2
    connections: int = 4
    seconds: int = 5
    max_seconds: int = 20
    warmup_seconds: int = 1
    rounds: int = 5
    round_seconds: int = 2

    def arguments(self, seconds: int, cookie: str = "") -> list[str]:
        """wrk's command-line options for a run of that many seconds (with a Cookie header for
        a logged-in user's requests)."""
        options = [
            f"-t{self.threads}",
            f"-c{self.connections}",
            f"-d{seconds}s",
            "--timeout=30s",
            "--latency",
        ]
        return [*options, "-H", f"Cookie: {cookie}"] if cookie else options

    def describe(self) -> str:
        """The options as one would type them."""
        return (
            f"{' '.join(self.arguments(self.seconds))} uncached (longer for slow pages, up to "
            f"{self.max_seconds}s); {self.rounds} × {self.round_seconds}s cached / static"
        )

    def busy_seconds(self, one_request: float) -> float:
        """How long the connections keep the cores busy with one request each."""
        return one_request * self.connections / (os.cpu_count() or 1)

    def uncached_seconds(self, one_request: float) -> int:
        """A run long enough for two requests on every connection, at least `seconds`."""
        needed = math.ceil(2 * self.busy_seconds(one_request))
        return min(max(self.seconds, needed), self.max_seconds)


@dataclass(frozen=True)
class WrkResult:
    """One wrk run: throughput, latency and failed requests (socket errors and non-2xx/3xx)."""

    requests: int
    requests_per_second: float | None  # None when not measured
    median_ms: float | None  # None when no request completed
    p99_ms: float | None
    errors: int
    seconds: int = 0


@dataclass(frozen=True)
class Response:
    """Status, the X-Cache-Status header and the body of one GET."""

    status: int
    cache_status: str
    body: bytes


def fetch(port: int, path: str, cookie: str = "") -> Response:
    """One GET to 127.0.0.1:port, no redirects followed, no cookies sent but `cookie`."""
    # A national-scale indicator page takes tens of seconds to render.
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        connection.request("GET", path, headers={"Cookie": cookie} if cookie else {})
        response = connection.getresponse()
        body = response.read()
        return Response(response.status, response.getheader("X-Cache-Status", ""), body)
    finally:
        connection.close()


def run_wrk(url: str, settings: WrkSettings, seconds: int, cookie: str = "") -> WrkResult:
    """Run wrk against the URL (with the cookie, if any) and read the JSON summary printed by
    wrk_report.lua."""
    arguments = settings.arguments(seconds, cookie)
    completed = subprocess.run(  # noqa: S603 - our own arguments, a 127.0.0.1 URL
        ["wrk", *arguments, "-s", str(WRK_SCRIPT), url],  # noqa: S607 - PATH
        check=True,
        capture_output=True,
        text=True,
    )
    line = next(
        (line for line in completed.stdout.splitlines() if line.startswith("BENCH_JSON ")), None
    )
    if line is None:
        raise RuntimeError(f"wrk printed no summary for {url}:\n{completed.stdout}")
    summary = json.loads(line.removeprefix("BENCH_JSON "))
    errors = sum(value for key, value in summary.items() if key.startswith("errors_"))
    done = summary["requests"] > 0
    return WrkResult(
        requests=summary["requests"],
        requests_per_second=round(summary["requests"] / (summary["duration_us"] / 1e6), 1),
        median_ms=round(summary["latency_median_us"] / 1000, 2) if done else None,
        p99_ms=round(summary["latency_p99_us"] / 1000, 2) if done else None,
        errors=errors,
        seconds=seconds,
    )


def measure_uncached(
    target: Target, app_port: int, settings: WrkSettings, one_request: float, cookie: str = ""
) -> dict[str, Any]:
    """wrk straight against gunicorn (with the session cookie of an admin screen's user) after a
    short warm-up run. Skipped when one request takes over half the longest run: wrk would time
    out, and gunicorn would go on rendering the abandoned requests long into the next
    measurements."""
    if one_request > settings.max_seconds / 2:
        skipped = WrkResult(0, None, None, None, 0)
        return {**asdict(skipped), "skipped": f"one request takes {one_request:.1f} s"}
    url = f"http://127.0.0.1:{app_port}{target.path}"
    if one_request < 1:  # a slow page needs no warm-up: the first request's extra cost is small
        run_wrk(url, settings, settings.warmup_seconds, cookie)
        time.sleep(settings.busy_seconds(one_request))  # what the warm-up left running ends
    result = run_wrk(url, settings, settings.uncached_seconds(one_request), cookie)
    # gunicorn finishes the requests wrk abandoned before anything else is measured.
    time.sleep(min(settings.busy_seconds(one_request), settings.max_seconds))
    return asdict(result)


def median_latency_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Of uncached runs (measure_uncached's dicts), the one with the median median latency (the
    upper one of an even number; a run without any finished request counts as slowest)."""

    def latency(run: dict[str, Any]) -> float:
        return math.inf if run["median_ms"] is None else run["median_ms"]

    ranked = sorted(runs, key=latency)
    return ranked[len(ranked) // 2]


def median_run(runs: list[WrkResult]) -> WrkResult:
    """The run with the median throughput (the upper one of an even number)."""
    ranked = sorted(runs, key=lambda run: run.requests_per_second or 0.0)
    return ranked[len(ranked) // 2]


def measure_cached(
    target: Target, http_port: int, static_dir: Path, settings: WrkSettings
) -> dict[str, Any]:
    """wrk through nginx with the front cache warmed by one GET, alternating with wrk on the
    same bytes as a static file; the cache status seen before and after."""
    fetch(http_port, target.path)  # warm-up: MISS, stored if Django allows it
    before = fetch(http_port, target.path)
    (static_dir / target.file_name).write_bytes(before.body)
    cached_url = f"http://127.0.0.1:{http_port}{target.path}"
    static_url = f"http://127.0.0.1:{http_port}{STATIC_PREFIX}{target.file_name}"
    cached_runs, static_runs = [], []
    for _ in range(settings.rounds):
        cached_runs.append(run_wrk(cached_url, settings, settings.round_seconds))
        static_runs.append(run_wrk(static_url, settings, settings.round_seconds))
    after = fetch(http_port, target.path)
    cached, static = median_run(cached_runs), median_run(static_runs)
    ratio = statistics.median(
        (pair[0].requests_per_second or 0.0) / (pair[1].requests_per_second or 1.0)
        for pair in zip(cached_runs, static_runs, strict=True)
    )
    return {
        "status": before.status,
        "bytes": len(before.body),
        "cache_status": before.cache_status or "-",
        "cache_status_after": after.cache_status or "-",
        "cached": asdict(cached),
        "static": asdict(static),
        "cached_rounds": [run.requests_per_second for run in cached_runs],
        "static_rounds": [run.requests_per_second for run in static_runs],
        "cached_vs_static": round(ratio, 3),
    }


def measure_miss_and_hit(path: str, http_port: int) -> dict[str, Any]:
    """A generated file (the period report PDF) requested twice through nginx into an empty
    cache: the first request renders it (a miss of the front cache and of Django's own cache),
    the second is served from the cache. Seconds and cache status of each."""
    runs = {}
    for name in ("miss", "hit"):
        started = time.monotonic()
        response = fetch(http_port, path)
        runs[name] = {
            "seconds": round(time.monotonic() - started, 3),
            "status": response.status,
            "cache_status": response.cache_status or "-",
            "bytes": len(response.body),
        }
    return {"path": path, **runs}
