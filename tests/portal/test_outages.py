"""An unreachable database gives a 503 in the URL's language, not a 500 (portal/outages.py).

The failing connection is real: a second database connection pointed at a closed port (PostgreSQL)
or at a file in a missing folder (SQLite) raises Django's own OperationalError."""

from __future__ import annotations

import json
import socket
from collections.abc import Callable
from importlib import import_module

import pytest

from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.http import HttpRequest, HttpResponse
from django.test import Client, override_settings
from django.urls import path

pytestmark = pytest.mark.django_db


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens once the socket is closed


def unreachable_database() -> BaseDatabaseWrapper:
    """A new connection to a database that is not there."""
    settings_dict = dict(connection.settings_dict)
    if connection.vendor == "sqlite":
        settings_dict["NAME"] = "/nonexistent-yeep-folder/db.sqlite3"
    else:
        settings_dict.update(HOST="127.0.0.1", PORT=str(closed_port()))
    backend = import_module(f"{settings_dict['ENGINE']}.base")
    return backend.DatabaseWrapper(settings_dict, alias="unreachable")


def query_the_database(request: HttpRequest) -> HttpResponse:
    with unreachable_database().cursor() as cursor:
        cursor.execute("SELECT 1")
    return HttpResponse("unreachable")


def failing_view_error(request: HttpRequest) -> HttpResponse:
    raise ValueError("not a database error")


urlpatterns = [
    path("tr/kesinti/", query_the_database),
    path("en/outage/", query_the_database),
    path("api/v1/outage/", query_the_database),
    path("tr/hata/", failing_view_error),
]


class QueryingMiddleware:
    """A middleware that reads the database before the view (as a session lookup would)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return query_the_database(request)


@override_settings(ROOT_URLCONF=__name__)
@pytest.mark.parametrize(("url", "language"), [("/tr/kesinti/", "tr"), ("/en/outage/", "en")])
def test_view_on_an_unreachable_database_gets_a_503_page(
    url: str, language: str, django_assert_num_queries
) -> None:
    with django_assert_num_queries(0):  # the 503 itself reads nothing from the database
        response = Client().get(url)

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    assert response["Cache-Control"] == "no-store"
    assert "X-Accel-Expires" not in response
    assert response["Content-Language"] == language
    body = response.content.decode()
    assert f'<html lang="{language}">' in body
    assert "Hizmet geçici olarak kullanılamıyor" in body or "temporarily unavailable" in body
    assert "Traceback" not in body and "OperationalError" not in body


@override_settings(ROOT_URLCONF=__name__)
def test_api_gets_a_json_503() -> None:
    response = Client().get("/api/v1/outage/")

    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert response["Retry-After"] == "30"
    assert set(json.loads(response.content)) == {"detail"}


@override_settings(
    ROOT_URLCONF=__name__,
    MIDDLEWARE=["portal.outages.DatabaseOutageMiddleware", f"{__name__}.QueryingMiddleware"],
)
def test_a_middleware_on_an_unreachable_database_gets_the_503_too() -> None:
    # Django turns a middleware's exception into a 500 before outer middleware see it.
    response = Client(raise_request_exception=False).get("/tr/kesinti/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"


@override_settings(ROOT_URLCONF=__name__)
def test_other_errors_stay_500() -> None:
    response = Client(raise_request_exception=False).get("/tr/hata/")

    assert response.status_code == 500
