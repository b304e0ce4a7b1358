"""A forgotten admin password is reset by e-mail, through a real SMTP server, without getting
round the login lockout (django-axes) or two-factor sign-in (wagtail-2fa)."""

from __future__ import annotations

import re

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client, override_settings

from tests import smtp
from tests.security.test_two_factor import confirmed_device

pytestmark = pytest.mark.django_db

smtp_server = smtp.smtp_server

ADDRESS = "heyet@example.org"
OLD_PASSWORD = "x-secret-123"  # tests.scenarios.users.PASSWORD
NEW_PASSWORD = "Yeni-parola-2026!"
RESET_LINK = re.compile(r"http://localhost(/admin/password_reset/confirm/\S+/)")


def request_reset(client: Client, server: smtp.SmtpServer, address: str) -> str:
    """Ask for a reset on the admin's form; the path of the link in the e-mail that arrives."""
    response = client.post("/admin/password_reset/", {"email": address})
    assert response.status_code == 302
    [mail] = server.to(address)
    match = RESET_LINK.search(mail.text)
    assert match, mail.text
    return match.group(1)


def set_new_password(client: Client, link: str) -> None:
    """Follow the e-mailed link and choose the new password."""
    form = client.get(link, follow=True)
    assert form.status_code == 200
    set_password_url = form.redirect_chain[-1][0]
    done = client.post(
        set_password_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    )
    assert done.status_code == 302 and done["Location"] == "/admin/password_reset/complete/"


def log_in(password: str, username: str = "heyet-uyesi") -> Client:
    client = Client(HTTP_HOST="localhost")
    client.post("/admin/login/", {"username": username, "password": password})
    return client


def test_forgotten_password_is_reset_through_the_emailed_link(
    board_member: AbstractUser, smtp_server: smtp.SmtpServer
) -> None:
    board_member.email = ADDRESS
    board_member.save()
    client = Client(HTTP_HOST="localhost")
    assert 'href="/admin/password_reset/"' in client.get("/admin/login/").content.decode()

    set_new_password(client, request_reset(client, smtp_server, ADDRESS))

    assert log_in(NEW_PASSWORD).get("/admin/").status_code == 200
    assert log_in(OLD_PASSWORD).get("/admin/").status_code == 302
    # The link works once.
    [mail] = smtp_server.to(ADDRESS)
    reused = client.get(RESET_LINK.search(mail.text).group(1), follow=True)
    assert 'name="new_password1"' not in reused.content.decode()


def test_an_unknown_address_gets_no_mail_and_the_same_answer(
    board_member: AbstractUser, smtp_server: smtp.SmtpServer
) -> None:
    response = Client(HTTP_HOST="localhost").post(
        "/admin/password_reset/", {"email": "kimse@example.org"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/admin/password_reset/done/"
    assert smtp_server.received == []


def test_a_reset_password_still_needs_the_second_factor(
    board_member: AbstractUser, smtp_server: smtp.SmtpServer
) -> None:
    board_member.email = ADDRESS
    board_member.save()
    confirmed_device(board_member)
    client = Client(HTTP_HOST="localhost")

    with override_settings(YEEP_REQUIRE_2FA=True, WAGTAIL_2FA_REQUIRED=True):
        set_new_password(client, request_reset(client, smtp_server, ADDRESS))
        response = log_in(NEW_PASSWORD).get("/admin/pages/")

    assert response.status_code == 302
    assert response["Location"].startswith("/admin/2fa/auth")


def test_a_locked_out_user_can_reset_but_the_lockout_still_runs_out(
    board_member: AbstractUser, smtp_server: smtp.SmtpServer
) -> None:
    """The reset is not a way round the lockout: a reset password waits for the cool-off too."""
    board_member.email = ADDRESS
    board_member.save()
    for _ in range(5):
        log_in("yanlis-parola")
    locked = Client(HTTP_HOST="localhost").post(
        "/admin/login/", {"username": "heyet-uyesi", "password": OLD_PASSWORD}
    )
    assert locked.status_code == 429
    client = Client(HTTP_HOST="localhost")

    set_new_password(client, request_reset(client, smtp_server, ADDRESS))

    still_locked = Client(HTTP_HOST="localhost").post(
        "/admin/login/", {"username": "heyet-uyesi", "password": NEW_PASSWORD}
    )
    assert still_locked.status_code == 429
