"""Login lockout (django-axes): a few wrong passwords for one username from one address lock that
pair out for a while, on the admin login and on the site's login, with a Turkish message."""

from __future__ import annotations

import pytest
from axes.models import AccessAttempt

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.cache import cache
from django.test import Client, override_settings

from portal.security import client_ip
from tests.training.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "parola-123"
ADMIN_LOGIN = "/admin/login/"
SITE_LOGIN = "/tr/_util/login/"
LOCKED_MESSAGE = "Bu kullanıcı adıyla çok fazla başarısız giriş denemesi yapıldı."


@pytest.fixture
def staff() -> AbstractUser:
    """An account that may use the admin."""
    return UserFactory(username="deneme-editor", is_superuser=True)


def attempt(client: Client, url: str, username: str, password: str) -> int:
    """POST one login; the response's status code."""
    return client.post(url, {"username": username, "password": password}).status_code


@pytest.mark.parametrize("url", [ADMIN_LOGIN, SITE_LOGIN], ids=["admin", "site"])
def test_wrong_passwords_lock_the_account_out_with_a_turkish_message(
    url: str, staff: AbstractUser
) -> None:
    client = Client()
    limit = settings.AXES_FAILURE_LIMIT
    statuses = [attempt(client, url, staff.username, "yanlis-parola") for _ in range(limit - 1)]
    assert statuses == [200] * (limit - 1)  # the form again, with its error

    locked = client.post(url, {"username": staff.username, "password": "yanlis-parola"})
    html = locked.content.decode()

    assert locked.status_code == 429
    assert LOCKED_MESSAGE in html
    assert "15 dakika boyunca kapalı; doğru parola da bu sürede kabul edilmez" in html
    assert locked["Retry-After"] == "900"


@pytest.mark.parametrize("url", [ADMIN_LOGIN, SITE_LOGIN], ids=["admin", "site"])
def test_the_right_password_is_refused_while_locked_out(url: str, staff: AbstractUser) -> None:
    client = Client()
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, url, staff.username, "yanlis-parola")

    response = client.post(url, {"username": staff.username, "password": PASSWORD})

    assert response.status_code == 429
    assert LOCKED_MESSAGE in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302  # still sent to the login page


def test_the_lockout_is_per_username_and_address(staff: AbstractUser) -> None:
    other = UserFactory(username="baska-kullanici")
    attacker = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(attacker, ADMIN_LOGIN, staff.username, "yanlis-parola")

    assert attempt(attacker, ADMIN_LOGIN, staff.username, PASSWORD) == 429
    # The same address may still sign in as someone else...
    assert attempt(attacker, SITE_LOGIN, other.username, PASSWORD) == 302
    # ...and the locked-out user from their own address.
    assert attempt(Client(REMOTE_ADDR="198.51.100.4"), ADMIN_LOGIN, staff.username, PASSWORD) == 302


def test_a_successful_login_clears_the_failures(staff: AbstractUser) -> None:
    client = Client()
    limit = settings.AXES_FAILURE_LIMIT
    for _ in range(limit - 1):
        attempt(client, ADMIN_LOGIN, staff.username, "yanlis-parola")
    assert attempt(client, ADMIN_LOGIN, staff.username, PASSWORD) == 302
    client.post("/admin/logout/")

    statuses = [attempt(client, ADMIN_LOGIN, staff.username, "yanlis") for _ in range(limit - 1)]

    assert statuses == [200] * (limit - 1)
    assert attempt(client, ADMIN_LOGIN, staff.username, PASSWORD) == 302


def test_failures_are_counted_in_the_cache_not_the_database(staff: AbstractUser) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(Client(), ADMIN_LOGIN, staff.username, "yanlis-parola")

    assert settings.AXES_HANDLER == "axes.handlers.cache.AxesCacheHandler"
    assert not AccessAttempt.objects.exists()
    cache.clear()  # what the cool-off's expiry does: the pair may sign in again
    assert attempt(Client(), ADMIN_LOGIN, staff.username, PASSWORD) == 302


def test_force_login_and_client_login_are_not_rate_limited(staff: AbstractUser) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(Client(), ADMIN_LOGIN, staff.username, "yanlis-parola")

    forced = Client()
    forced.force_login(staff)
    assert forced.get("/admin/").status_code == 200
    # Django's test client authenticates without a request: no HTTP login, nothing to count.
    assert Client().login(username=staff.username, password=PASSWORD)


def test_client_address_behind_the_proxy() -> None:
    from django.test import RequestFactory

    request = RequestFactory().get(
        "/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7"
    )

    # Without a proxy count the header is anyone's to forge: the socket's address counts.
    assert client_ip(request) == "127.0.0.1"
    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "NUM_PROXIES": 1}):
        assert client_ip(request) == "203.0.113.7"
    with override_settings(REST_FRAMEWORK={**settings.REST_FRAMEWORK, "NUM_PROXIES": 2}):
        assert client_ip(request) == "10.9.9.9"
