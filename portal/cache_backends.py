"""A Redis cache that degrades to "no cache" while Redis is unreachable.

Django's RedisCache raises redis.ConnectionError from every call when the server is down, so a
stopped Redis would turn every page into a 500. The portal's cache holds nothing that cannot be
rebuilt (page fragments, Wagtail's site lookup, the API throttle's history): a read becomes a
miss, a write is dropped, and pages are built from the database, only slower. Sessions live in the
database and the login lockout counts in the database (AXES_HANDLER), so neither depends on Redis.

After a failure the backend stops asking Redis for RETRY_SECONDS (one refused connection per
call would add up on a page with dozens of cache reads), then tries again: when Redis is back,
caching resumes without a restart. The first success after an outage sends `cache_recovered`;
portal.caching raises the content generation on it, so fragments cached before a publish that
happened during the outage (its generation bump was lost) are not shown again.

This replaces django-redis's IGNORE_EXCEPTIONS with ~100 lines over Django's own backend: no
second Redis client library, and the same keys and serialisation as before.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from redis.backoff import NoBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from redis.retry import Retry

from django.core.cache.backends.redis import RedisCache
from django.dispatch import Signal

logger = logging.getLogger(__name__)

#: Sent (sender: the backend) by the first successful call after Redis was unreachable.
cache_recovered = Signal()

#: Errors meaning "Redis is not there", not a wrong command (ResponseError still raises).
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)

#: How long the backend skips Redis after a failure before trying again.
RETRY_SECONDS = 5.0

#: Client options unless the settings' OPTIONS say otherwise: short timeouts (a cache that
#: answers in seconds is no cache), one immediate retry (a pooled connection broken by a Redis
#: restart is replaced at once) instead of redis-py's default retries with back-off (~1 s).
DEFAULT_OPTIONS: dict[str, Any] = {
    "socket_connect_timeout": 1.0,
    "socket_timeout": 2.0,
    "retry": Retry(NoBackoff(), 1),
}

Result = TypeVar("Result")


def fail_soft(fallback: Callable[..., Any]) -> Callable[[Callable[..., Result]], Any]:
    """Decorate a cache method: while Redis is unreachable return fallback(*args, **kwargs)."""

    def decorate(method: Callable[..., Result]) -> Callable[..., Any]:
        @wraps(method)
        def wrapper(self: FailSoftRedisCache, *args: Any, **kwargs: Any) -> Any:
            if self.skipping():
                return fallback(*args, **kwargs)
            try:
                result = method(self, *args, **kwargs)
            except UNREACHABLE as error:
                self.failed(error)
                return fallback(*args, **kwargs)
            self.succeeded()
            return result

        return wrapper

    return decorate


def _default(key: str, default: Any = None, version: int | None = None) -> Any:
    return default


def _false(*args: Any, **kwargs: Any) -> bool:
    return False


def _none(*args: Any, **kwargs: Any) -> None:
    return None


def _empty_dict(*args: Any, **kwargs: Any) -> dict[str, Any]:
    return {}


def _all_keys(data: dict[str, Any], *args: Any, **kwargs: Any) -> list[str]:
    return list(data)  # set_many returns the keys it could not store


def _unknown_key(key: str, *args: Any, **kwargs: Any) -> int:
    # incr's contract for a missing key; callers (bump_content_generation) handle it.
    raise ValueError(f"Key '{key}' not found (the cache is unreachable).")


class FailSoftRedisCache(RedisCache):
    """Django's RedisCache whose calls become misses and dropped writes while Redis is down."""

    def __init__(self, server: str, params: dict[str, Any]) -> None:
        params = {**params, "OPTIONS": {**DEFAULT_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._down_until = 0.0  # monotonic time before which Redis is not asked
        self._down = False

    def skipping(self) -> bool:
        """Whether Redis failed less than RETRY_SECONDS ago."""
        return self._down and time.monotonic() < self._down_until

    def failed(self, error: Exception) -> None:
        """Note a failure; log it once per outage, not once per call."""
        if not self._down:
            logger.warning("Redis cache unreachable, serving without it: %s", error)
        self._down = True
        self._down_until = time.monotonic() + RETRY_SECONDS

    def succeeded(self) -> None:
        """Note a success; after an outage, log it and send cache_recovered."""
        if self._down:
            self._down = False
            logger.warning("Redis cache reachable again, caching resumes")
            cache_recovered.send(sender=self)

    get = fail_soft(_default)(RedisCache.get)
    get_many = fail_soft(_empty_dict)(RedisCache.get_many)
    has_key = fail_soft(_false)(RedisCache.has_key)
    add = fail_soft(_false)(RedisCache.add)
    set = fail_soft(_none)(RedisCache.set)
    touch = fail_soft(_false)(RedisCache.touch)
    delete = fail_soft(_false)(RedisCache.delete)
    set_many = fail_soft(_all_keys)(RedisCache.set_many)
    delete_many = fail_soft(_none)(RedisCache.delete_many)
    incr = fail_soft(_unknown_key)(RedisCache.incr)
    clear = fail_soft(_false)(RedisCache.clear)
    # get_or_set and decr are BaseCache's, built on the methods above.
