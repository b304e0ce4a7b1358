"""A clean 503 while the database is unreachable (a PostgreSQL restart, a failover).

Without this, every request during a restart ends in Django's 500 page and an error report. With
it, a request that fails on django.db's OperationalError or InterfaceError gets HTTP 503 with
Retry-After: an HTML page in Turkish or English (by the /tr/ or /en/ prefix of the URL) or, under
/api/, JSON like the API's other errors. The response never touches the database (no session,
user or Wagtail site: templates/503.html stands alone) and is never stored by the front cache
(`Cache-Control: no-store`; FrontCacheMiddleware shares only 200, 301 and 404).

Django connects again by itself on the next request: connections that died with the server are
closed when the request ends (errors_occurred) and, with DATABASE_CONN_MAX_AGE > 0, checked
before reuse (CONN_HEALTH_CHECKS in portal/settings/env.py), so gunicorn needs no restart.

Two paths lead here. A view or template that raises reaches `process_exception`. A middleware
that raises (a session read by a later middleware) is turned into a 500 by Django's handler before
any outer middleware sees the exception; `got_request_exception` marks that request, and this
middleware, first in MIDDLEWARE, replaces the 500 with the 503.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

logger = logging.getLogger(__name__)

#: Seconds a client should wait before trying again (a PostgreSQL restart takes a few).
RETRY_AFTER_SECONDS = 30

#: Exceptions that mean "the database cannot be reached", not a bad query.
DATABASE_DOWN = (OperationalError, InterfaceError)

#: Log at most one line per this many seconds per process during an outage.
LOG_EVERY_SECONDS = 10.0

_MARK = "_portal_database_down"
_last_log = {"time": 0.0, "suppressed": 0}


def language_of(path: str) -> str:
    """The page's language by its URL prefix: English under /en/, otherwise Turkish."""
    return "en" if path == "/en" or path.startswith("/en/") else "tr"


def outage_response(request: HttpRequest) -> HttpResponse:
    """The 503 for this request: JSON under /api/, otherwise the HTML page in the URL's language."""
    language = language_of(request.path)
    with translation.override(language):
        message = gettext(
            "Hizmet geçici olarak kullanılamıyor. Lütfen biraz sonra yeniden deneyin."
        )
        if request.path.startswith("/api/"):
            response: HttpResponse = JsonResponse({"detail": message}, status=503)
        else:
            html = render_to_string(
                "503.html", {"language": language, "retry_after": RETRY_AFTER_SECONDS}
            )
            response = HttpResponse(html, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    response["Content-Language"] = language
    return response


def log_outage(request: HttpRequest, error: BaseException) -> None:
    """One warning per LOG_EVERY_SECONDS, with the count of the requests it stands for."""
    now = time.monotonic()
    if now - _last_log["time"] < LOG_EVERY_SECONDS:
        _last_log["suppressed"] += 1
        return
    logger.warning(
        "Database unavailable, answering 503 (%s %s; %d more since the last message): %s",
        request.method,
        request.path,
        _last_log["suppressed"],
        str(error).strip() or type(error).__name__,
    )
    _last_log.update(time=now, suppressed=0)


class DatabaseOutageMiddleware:
    """Turn database connection errors into a 503 (first in MIDDLEWARE)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        error = getattr(request, _MARK, None)
        if error is not None and response.status_code == 500:
            log_outage(request, error)
            return outage_response(request)
        return response

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        if isinstance(exception, DATABASE_DOWN):
            log_outage(request, exception)
            return outage_response(request)
        return None


def mark_database_down(sender: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
    """got_request_exception receiver: remember a database error on its request."""
    error = sys.exc_info()[1]
    if request is not None and isinstance(error, DATABASE_DOWN):
        setattr(request, _MARK, error)


got_request_exception.connect(mark_database_down, dispatch_uid="portal.outages")
