"""A per-address limit on sign-ups, in Django's cache (not django-axes: that counts failed logins).

A fixed window: the first attempt from an IP starts a counter that expires after WINDOW seconds.
If the cache is down, sign-ups are allowed (the honeypot and the double opt-in still apply).
"""

from __future__ import annotations

from django.core.cache import cache
from django.http import HttpRequest

from portal.security import client_ip

#: Sign-up attempts one IP address may make per window.
LIMIT = 5
#: The window in seconds.
WINDOW = 3600


def cache_key(request: HttpRequest) -> str:
    """The counter's key for the request's client address."""
    return f"subscriptions:signup:{client_ip(request)}"


def allow(request: HttpRequest) -> bool:
    """Count one attempt; whether it is within the limit."""
    key = cache_key(request)
    try:
        if cache.add(key, 1, WINDOW):
            return True
        return cache.incr(key) <= LIMIT
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW)
        return True
    except Exception:  # noqa: BLE001 - a cache outage must not stop sign-ups
        return True
