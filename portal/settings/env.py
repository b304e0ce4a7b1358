"""The one place settings read the environment.

Every variable the portal understands is read here, with its default, so README.md and this file
are the whole list. Bad values raise ImproperlyConfigured naming the variable.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

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
        # Parallel workers neither: a page's queries read a few thousand rows at most, where
        # starting a worker costs more than it saves (the explorer's listing and count, the
        # comparison: 8 % slower with them in `make bench`'s database), and under load every
        # core already serves a request. A DATABASE_URL with its own ?options=... keeps them.
        config.setdefault("OPTIONS", {}).setdefault(
            "options", "-c jit=off -c max_parallel_workers_per_gather=0"
        )
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


SMTP_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
CONSOLE_BACKEND = "django.core.mail.backends.console.EmailBackend"

#: EMAIL_URL schemes: (backend, STARTTLS, implicit TLS).
_EMAIL_SCHEMES: dict[str, tuple[str, bool, bool]] = {
    "smtp": (SMTP_BACKEND, False, False),
    "smtp+tls": (SMTP_BACKEND, True, False),
    "submission": (SMTP_BACKEND, True, False),
    "smtps": (SMTP_BACKEND, False, True),
    "smtp+ssl": (SMTP_BACKEND, False, True),
    "console": (CONSOLE_BACKEND, False, False),
    "dummy": ("django.core.mail.backends.dummy.EmailBackend", False, False),
}

#: Seconds to wait for the SMTP server: a dead server delays a submission or a password reset by
#: this much at most (Wagtail logs the failure and carries on), instead of hanging the worker.
EMAIL_TIMEOUT_DEFAULT = 10


def email_configured() -> bool:
    """Whether the environment names a mail server (EMAIL_URL or EMAIL_HOST)."""
    return bool(env_str("EMAIL_URL") or env_str("EMAIL_HOST"))


def email_config(url: str | None = None) -> dict[str, Any]:
    """Django's EMAIL_* settings from EMAIL_URL, each part overridden by its own variable when set.

    EMAIL_URL looks like ``smtp+tls://user:password@mail.example.org:587`` (user and password
    percent-encoded). Schemes: ``smtp`` (plain, port 25), ``smtp+tls`` or ``submission``
    (STARTTLS, port 587), ``smtps`` or ``smtp+ssl`` (implicit TLS, port 465), ``console`` (print
    to standard output), ``dummy`` (drop). ``?timeout=<seconds>`` sets EMAIL_TIMEOUT. EMAIL_HOST,
    EMAIL_PORT, EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS, EMAIL_USE_SSL and
    EMAIL_TIMEOUT replace their part of the URL (e.g. a password kept out of the URL). Without
    either: SMTP on localhost:25, Django's default (a local mail transfer agent).
    """
    url = url if url is not None else env_str("EMAIL_URL")
    parts = urlsplit(url)
    scheme = parts.scheme.lower() if url else "smtp"
    if scheme not in _EMAIL_SCHEMES:
        raise ImproperlyConfigured(
            f"EMAIL_URL must start with one of {', '.join(_EMAIL_SCHEMES)}://, got {scheme!r}."
        )
    backend, url_tls, url_ssl = _EMAIL_SCHEMES[scheme]
    try:
        url_port = parts.port
        url_timeout = int(parse_qs(parts.query).get("timeout", [EMAIL_TIMEOUT_DEFAULT])[-1])
    except ValueError as error:
        raise ImproperlyConfigured(f"EMAIL_URL has a bad port or timeout: {error}.") from error
    use_tls = env_bool("EMAIL_USE_TLS", url_tls)
    use_ssl = env_bool("EMAIL_USE_SSL", url_ssl)
    if use_tls and use_ssl:
        raise ImproperlyConfigured(
            "EMAIL_USE_TLS (STARTTLS, usually port 587) and EMAIL_USE_SSL (implicit TLS, usually "
            "port 465) exclude each other: set one."
        )
    default_port = 465 if use_ssl else 587 if use_tls else 25
    return {
        "EMAIL_BACKEND": backend,
        "EMAIL_HOST": env_str("EMAIL_HOST") or parts.hostname or "localhost",
        "EMAIL_PORT": env_int("EMAIL_PORT", url_port or default_port),
        "EMAIL_HOST_USER": env_str("EMAIL_HOST_USER") or unquote(parts.username or ""),
        "EMAIL_HOST_PASSWORD": os.environ.get("EMAIL_HOST_PASSWORD")
        or unquote(parts.password or ""),
        "EMAIL_USE_TLS": use_tls,
        "EMAIL_USE_SSL": use_ssl,
        "EMAIL_TIMEOUT": env_int("EMAIL_TIMEOUT", url_timeout),
    }
