"""SQL queries per request, counted in the bench process (import after django.setup()).

Each URL is requested twice with Django's test client against the bench database, as an
anonymous visitor without cookies; the second request is the one reported (the first warms the
per-process caches: content types, site root paths, templates), the first is kept too. A page
slower than SLOW_SECONDS is requested once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.targets import Target


@dataclass(frozen=True)
class QueryCount:
    """Queries of one URL: first (cold) and second (warm) request, the warm request's status,
    its size and how long it took in this process (one request, no concurrency)."""

    first: int
    warm: int
    status: int
    bytes: int
    seconds: float


def client_for(host: str, username: str = "") -> Client:
    """A test client for the host: anonymous, or logged in as `username` (an admin screen)."""
    client = Client(HTTP_HOST=host)
    if username:
        user = get_user_model().objects.get(username=username)
        client.force_login(user)
        verify_second_factor(client, user)
    return client


def verify_second_factor(client: Client, user: Any) -> None:
    """Mark the client's session as having passed the second factor, as django-otp does after a
    TOTP code (production requires one of editors and board members: portal.settings), with a
    confirmed device of the user's named "bench" (created in the bench database if missing)."""
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    device, _created = TOTPDevice.objects.get_or_create(
        user=user, name="bench", defaults={"confirmed": True}
    )
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()


def session_cookie(username: str) -> str:
    """A Cookie header value with a new session of the user, valid for the bench's gunicorn
    (same database and cache as this process)."""
    client = client_for("localhost", username)
    name = settings.SESSION_COOKIE_NAME
    return f"{name}={client.cookies[name].value}"


def count_request(path: str, host: str, username: str = "") -> QueryCount:
    """Queries, status, size and duration of one GET (anonymous unless `username`)."""
    client = client_for(host, username)
    started = time.monotonic()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    seconds = round(time.monotonic() - started, 3)
    queries = len(captured.captured_queries)
    return QueryCount(queries, queries, response.status_code, len(response.content), seconds)


#: A first request slower than this is also taken as the warm one: warming up is then a small
#: part of its time, and a second request would cost the run as much again.
SLOW_SECONDS = 5.0


def count_queries(target: Target, host: str) -> QueryCount:
    """Queries of a cold and of a warm request to the target; the rest from the warm one."""
    first = count_request(target.path, host, target.user)
    if first.seconds > SLOW_SECONDS:
        return first
    warm = count_request(target.path, host, target.user)
    return QueryCount(first.first, warm.warm, warm.status, warm.bytes, warm.seconds)
