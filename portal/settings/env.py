"""The one place settings read the environment.

Every variable the portal understands is read here, with its default, so README.md and this file
are the whole list. Bad values raise ImproperlyConfigured naming the variable.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dj_database_url

from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "") -> str:
    """Return the variable as a stripped string, or the default when unset."""
    return os.environ.get(name, default).strip()


def env_bool(name: str, default: bool = False) -> bool:
    """Parse a boolean variable (1/0, true/false, yes/no, on/off)."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), got {raw!r}.")


def env_int(name: str, default: int) -> int:
    """Parse an integer variable."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}.") from error


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    """Parse a comma-separated list variable, dropping empty items."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default or [])
    return [item.strip() for item in raw.split(",") if item.strip()]


def database_config(url: str | None = None) -> dict[str, Any]:
    """Database settings from DATABASE_URL; an SQLite file in the project when it is unset."""
    url = url if url is not None else env_str("DATABASE_URL")
    if not url:
        url = f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    # Health checks: a kept connection (DATABASE_CONN_MAX_AGE > 0) that died with a database
    # restart is replaced before the next request uses it, not found broken by that request.
    config = dj_database_url.parse(
        url, conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0), conn_health_checks=True
    )
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets the dev server read while a management command writes.
        config.setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
    elif config["ENGINE"] == "django.db.backends.postgresql":
        # JIT compilation pays off for long analytical queries, not for page views: at national
        # scale (generate_scale) it added up to 1.3 s to a 50 ms query, by its cost estimate.
        # A DATABASE_URL with its own ?options=... keeps them.
        config.setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    return config


def cache_config(url: str | None = None) -> dict[str, Any]:
    """Cache settings from REDIS_URL; a per-process local-memory cache when it is unset.

    Redis through portal.cache_backends.FailSoftRedisCache: while Redis is down, reads miss and
    writes are dropped instead of raising, and caching resumes when it is back."""
    url = url if url is not None else env_str("REDIS_URL")
    if not url:
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    return {
        "BACKEND": "portal.cache_backends.FailSoftRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "yeep"),
    }
