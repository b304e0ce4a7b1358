"""E-mail settings from EMAIL_URL and the single EMAIL_* variables (portal/settings/env.py)."""

from __future__ import annotations

import pytest

from django.core.exceptions import ImproperlyConfigured

from portal.settings.env import CONSOLE_BACKEND, SMTP_BACKEND, email_config
from tests.portal.test_settings import PRODUCTION_ENV, run_python
from tests.security.test_deploy_check import CHECK_DEPLOY

EMAIL_VARIABLES = (
    "EMAIL_URL",
    "EMAIL_HOST",
    "EMAIL_PORT",
    "EMAIL_HOST_USER",
    "EMAIL_HOST_PASSWORD",
    "EMAIL_USE_TLS",
    "EMAIL_USE_SSL",
    "EMAIL_TIMEOUT",
)


@pytest.fixture(autouse=True)
def no_email_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in EMAIL_VARIABLES:
        monkeypatch.delenv(name, raising=False)


def test_without_settings_a_local_mail_server_with_a_short_timeout() -> None:
    assert email_config() == {
        "EMAIL_BACKEND": SMTP_BACKEND,
        "EMAIL_HOST": "localhost",
        "EMAIL_PORT": 25,
        "EMAIL_HOST_USER": "",
        "EMAIL_HOST_PASSWORD": "",
        "EMAIL_USE_TLS": False,
        "EMAIL_USE_SSL": False,
        "EMAIL_TIMEOUT": 10,
    }


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "smtp+tls://yeep%40example.org:p%40ss%3Aw%2Frd@mail.example.org",
            ("mail.example.org", 587, "yeep@example.org", "p@ss:w/rd", True, False),
        ),
        ("submission://u:p@mail.example.org", ("mail.example.org", 587, "u", "p", True, False)),
        ("smtps://mail.example.org", ("mail.example.org", 465, "", "", False, True)),
        ("smtp+ssl://mail.example.org:2465", ("mail.example.org", 2465, "", "", False, True)),
        ("smtp://relay.local:2525", ("relay.local", 2525, "", "", False, False)),
    ],
)
def test_email_url(url: str, expected: tuple) -> None:
    config = email_config(url)
    assert config["EMAIL_BACKEND"] == SMTP_BACKEND
    assert (
        config["EMAIL_HOST"],
        config["EMAIL_PORT"],
        config["EMAIL_HOST_USER"],
        config["EMAIL_HOST_PASSWORD"],
        config["EMAIL_USE_TLS"],
        config["EMAIL_USE_SSL"],
    ) == expected


def test_single_variables_override_the_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMAIL_HOST_PASSWORD", "from-a-secret-store")
    monkeypatch.setenv("EMAIL_TIMEOUT", "3")
    monkeypatch.setenv("EMAIL_HOST", "other.example.org")

    config = email_config("smtp+tls://yeep:in-url@mail.example.org?timeout=20")

    assert config["EMAIL_HOST"] == "other.example.org"
    assert config["EMAIL_HOST_USER"] == "yeep"
    assert config["EMAIL_HOST_PASSWORD"] == "from-a-secret-store"
    assert config["EMAIL_TIMEOUT"] == 3
    assert email_config("smtp://mail.example.org?timeout=20")["EMAIL_TIMEOUT"] == 3


def test_single_variables_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMAIL_HOST", "mail.example.org")
    monkeypatch.setenv("EMAIL_USE_SSL", "true")
    monkeypatch.setenv("EMAIL_HOST_USER", "yeep")

    config = email_config()

    assert (config["EMAIL_HOST"], config["EMAIL_PORT"], config["EMAIL_USE_SSL"]) == (
        "mail.example.org",
        465,
        True,
    )
    assert email_config("smtp://x?timeout=20")["EMAIL_TIMEOUT"] == 20


def test_console_and_dummy_backends() -> None:
    assert email_config("console://")["EMAIL_BACKEND"] == CONSOLE_BACKEND
    assert email_config("dummy://")["EMAIL_BACKEND"].endswith(".dummy.EmailBackend")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("smpt://mail.example.org", "EMAIL_URL must start with one of"),
        ("smtp://mail.example.org:port", "EMAIL_URL has a bad port"),
        ("smtp://mail.example.org?timeout=soon", "EMAIL_URL has a bad port or timeout"),
    ],
)
def test_bad_urls_name_the_variable(url: str, message: str) -> None:
    with pytest.raises(ImproperlyConfigured, match=message):
        email_config(url)


def test_tls_and_ssl_exclude_each_other(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EMAIL_USE_SSL", "true")
    with pytest.raises(ImproperlyConfigured, match="exclude each other"):
        email_config("smtp+tls://mail.example.org")


PRINT_EMAIL_SETTINGS = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print(s.EMAIL_BACKEND, s.EMAIL_HOST, s.EMAIL_PORT, s.EMAIL_USE_TLS, s.EMAIL_TIMEOUT, "
    "s.DEFAULT_FROM_EMAIL, s.SERVER_EMAIL, s.WAGTAIL_PASSWORD_RESET_ENABLED)"
)
MAIL_ENV = {
    "EMAIL_URL": "smtp+tls://yeep:secret@mail.example.org",
    "DEFAULT_FROM_EMAIL": "YEEP <yeep@example.org>",
}


def test_production_reads_the_mail_settings_and_passes_the_deploy_check() -> None:
    printed = run_python(
        PRINT_EMAIL_SETTINGS, "portal.settings.production", **PRODUCTION_ENV, **MAIL_ENV
    )
    checked = run_python(CHECK_DEPLOY, "portal.settings.production", **PRODUCTION_ENV, **MAIL_ENV)

    assert printed.stdout.split() == [
        SMTP_BACKEND,
        "mail.example.org",
        "587",
        "True",
        "10",
        "YEEP",
        "<yeep@example.org>",
        "YEEP",
        "<yeep@example.org>",
        "True",
    ], printed.stderr
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "WARNING" not in checked.stderr


def test_dev_prints_mails_unless_a_server_is_named() -> None:
    code = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.EMAIL_BACKEND)"
    )
    assert run_python(code, "portal.settings.dev").stdout.strip() == CONSOLE_BACKEND
    named = run_python(code, "portal.settings.dev", EMAIL_URL="smtp://mail.example.org")
    assert named.stdout.strip() == SMTP_BACKEND
