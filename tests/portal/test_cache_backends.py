"""The Redis cache degrades to "no cache" while Redis is unreachable and resumes when it is back
(portal/cache_backends.py). Redis is real: a closed port, then a redis-server started on it."""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import time

import pytest

from portal import cache_backends
from portal.cache_backends import FailSoftRedisCache, cache_recovered
from portal.settings.env import cache_config


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def backend(port: int) -> FailSoftRedisCache:
    config = cache_config(f"redis://127.0.0.1:{port}/0")
    assert config["BACKEND"] == "portal.cache_backends.FailSoftRedisCache"
    return FailSoftRedisCache(config["LOCATION"], {"KEY_PREFIX": "yeep-test-failsoft"})


@pytest.fixture
def port() -> int:
    return closed_port()


def test_reads_miss_and_writes_are_dropped_while_redis_is_down(
    port: int, caplog: pytest.LogCaptureFixture
) -> None:
    cache = backend(port)
    start = time.monotonic()
    with caplog.at_level(logging.WARNING, logger="portal.cache_backends"):
        assert cache.get("key") is None
        assert cache.get("key", "default") == "default"
        assert cache.get_or_set("key", lambda: 42) == 42
        assert cache.set("key", 1) is None
        assert cache.add("key", 1) is False
        assert cache.get_many(["a", "b"]) == {}
        assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
        assert cache.has_key("key") is False
        assert cache.delete("key") is False
        cache.delete_many(["a"])
        with pytest.raises(ValueError):  # incr's "no such key": callers set the value instead
            cache.incr("counter")
        for _ in range(200):  # a page's worth of fragment reads
            cache.get("fragment")

    assert time.monotonic() - start < 2
    # One warning per outage, not one per call.
    assert [r.getMessage()[:30] for r in caplog.records] == ["Redis cache unreachable, servi"]


@pytest.fixture
def redis_server(port: int) -> list[str]:
    """The command that starts a Redis server on the port (the test starts it)."""
    executable = shutil.which("redis-server")
    if executable is None:
        pytest.skip("redis-server is not installed")
    command = [
        executable,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
    ]
    return command


def test_caching_resumes_when_redis_comes_back(
    port: int, redis_server: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cache_backends, "RETRY_SECONDS", 0.0)
    cache = backend(port)
    cache.set("key", "lost")
    assert cache.get("key") is None
    recovered = []

    def receiver(sender: FailSoftRedisCache, **kwargs: object) -> None:
        recovered.append(sender)

    cache_recovered.connect(receiver)
    process = subprocess.Popen(redis_server, stdout=subprocess.DEVNULL)  # noqa: S603
    try:
        deadline = time.monotonic() + 10
        while cache.add("probe", 1) is False and time.monotonic() < deadline:
            time.sleep(0.05)
        cache.set("key", "kept")
        assert cache.get("key") == "kept"
        assert recovered == [cache]
    finally:
        cache_recovered.disconnect(receiver)
        process.terminate()
        process.wait(10)


def test_recovery_raises_the_content_generation() -> None:
    from portal.caching import content_generation

    before = content_generation()
    cache_recovered.send(sender=None)
    assert content_generation() == before + 1
