"""A load client for the fault runs: N threads, each with its own keep-alive connection, request a
rotating list of URLs for a fixed time and record every status, timeout and connection error per
second. (wrk reports non-2xx/3xx only as one number; the fault runs need to see when they happened
and what the 503s said.)"""

from __future__ import annotations

import http.client
import itertools
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

#: Seconds a request may take before it counts as a timeout.
REQUEST_TIMEOUT = 30.0

#: Numbers for "{n}" in a path: a query string no cache has seen.
_unique = itertools.count()


@dataclass
class Sample:
    """One bad response kept for the report."""

    second: int
    path: str
    status: int
    headers: dict[str, str]
    body: bytes


@dataclass
class Results:
    """What the clients saw."""

    statuses: Counter = field(default_factory=Counter)  # status or error name -> count
    per_second: dict[int, Counter] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    uncached: list[float] = field(default_factory=list)  # latencies of "{n}" paths
    samples: dict[int, list[Sample]] = field(default_factory=dict)  # status -> first ones
    duration: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(
        self,
        second: int,
        outcome: int | str,
        latency: float,
        sample: Sample | None,
        uncached: bool = False,
    ) -> None:
        with self.lock:
            self.statuses[outcome] += 1
            self.per_second.setdefault(second, Counter())[outcome] += 1
            (self.uncached if uncached else self.latencies).append(latency)
            if sample is not None:
                kept = self.samples.setdefault(sample.status, [])
                area = sample.path.split("/")[1]  # tr, en, api: two of each
                if sum(1 for each in kept if each.path.split("/")[1] == area) < 2:
                    kept.append(sample)

    @property
    def total(self) -> int:
        return sum(self.statuses.values())

    def errors(self) -> int:
        """5xx responses, timeouts and connection errors."""
        return sum(n for key, n in self.statuses.items() if isinstance(key, str) or key >= 500)

    def summary(self) -> str:
        counts = ", ".join(f"{key}: {n}" for key, n in sorted(self.statuses.items(), key=str))
        rate = self.total / self.duration
        text = f"{self.total} requests in {self.duration:.1f} s ({rate:.0f}/s); {counts}"
        for name, latencies in (("cacheable URLs", self.latencies), ("uncached", self.uncached)):
            if latencies:
                text += f"\n    {name}: {len(latencies)} requests, latency {spread(latencies)}"
        return text

    def timeline(self, width: int = 5) -> list[str]:
        """One line per `width` seconds: the outcomes counted in that slice."""
        lines = []
        last = max(self.per_second, default=-1)
        for start in range(0, last + 1, width):
            slice_counts: Counter = Counter()
            for second in range(start, start + width):
                slice_counts.update(self.per_second.get(second, Counter()))
            text = ", ".join(f"{k}: {n}" for k, n in sorted(slice_counts.items(), key=str))
            lines.append(f"    {start:3d}-{start + width:3d} s  {text}")
        return lines


def spread(latencies: list[float]) -> str:
    """Median, p99 and maximum of latencies in seconds, as milliseconds."""
    ordered = sorted(latencies)

    def at(share: float) -> float:
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000

    return f"median {at(0.5):.1f} ms, p99 {at(0.99):.1f} ms, max {at(1.0):.1f} ms"


class Load:
    """`connections` threads requesting `paths` (rotating, each thread from its own offset)
    against host:port for `seconds`; "{n}" in a path becomes a new number each time."""

    def __init__(self, host: str, port: int, paths: list[str], connections: int, seconds: float):
        self.host, self.port, self.paths = host, port, paths
        self.connections, self.seconds = connections, seconds
        self.results = Results()
        self.started = 0.0
        self._threads: list[threading.Thread] = []

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def start(self) -> None:
        self.started = time.monotonic()
        for index in range(self.connections):
            thread = threading.Thread(target=self._client, args=(index,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def wait(self) -> Results:
        for thread in self._threads:
            thread.join(self.seconds + REQUEST_TIMEOUT + 5)
        self.results.duration = self.elapsed()
        return self.results

    def _client(self, index: int) -> None:
        connection = http.client.HTTPConnection(self.host, self.port, timeout=REQUEST_TIMEOUT)
        position = index * 7
        while self.elapsed() < self.seconds:
            path = self.paths[position % len(self.paths)]
            uncached = "{n}" in path
            path = path.replace("{n}", str(next(_unique))) if uncached else path
            position += 1
            begin = time.monotonic()
            second = int(begin - self.started)
            try:
                connection.request("GET", path, headers={"Accept-Encoding": "gzip"})
                response = connection.getresponse()
                body = response.read()
            except TimeoutError:
                outcome: int | str = "timeout"
            except (OSError, http.client.HTTPException) as error:
                outcome = type(error).__name__
            else:
                outcome = response.status
                sample = None
                if outcome >= 400:
                    sample = Sample(second, path, outcome, dict(response.getheaders()), body)
                self.results.record(second, outcome, time.monotonic() - begin, sample, uncached)
                if response.will_close:
                    connection.close()
                continue
            connection.close()  # reconnects on the next request
            self.results.record(second, outcome, time.monotonic() - begin, None, uncached)
            time.sleep(0.05)  # a refused connection returns at once: don't spin


def get(host: str, port: int, path: str, timeout: float = 10) -> tuple[int, dict[str, str], str]:
    """One GET: status, headers, body (text)."""
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read().decode("utf-8", "replace")
        return response.status, dict(response.getheaders()), body
    finally:
        connection.close()
