"""Production settings pass `manage.py check --deploy` without a single warning, and harden what
the check cannot see (cookies, CSP, 2FA, lockout store), in a fresh interpreter per case."""

from __future__ import annotations

import json

import pytest

from tests.portal.test_settings import PRODUCTION_ENV, run_python

CHECK_DEPLOY = (
    "from django.core.management import execute_from_command_line; "
    "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
)

#: Everything a production server may set (README, "Environment variables"), with real-looking
#: values; the databases and Redis are not contacted by the check.
FULL_PRODUCTION_ENV = {
    **PRODUCTION_ENV,
    "ALLOWED_HOSTS": "yeep.example.org,www.yeep.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://yeep.example.org",
    "DATABASE_URL": "postgres://yeep:secret@127.0.0.1:5432/yeep",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "MAP_TILE_URL": "https://{s}.tile.example.org/{z}/{x}/{y}.png",
    "WAGTAILADMIN_BASE_URL": "https://yeep.example.org",
}


@pytest.mark.parametrize(
    "env", [PRODUCTION_ENV, FULL_PRODUCTION_ENV], ids=["required-only", "all-variables"]
)
def test_check_deploy_prints_no_warning(env: dict[str, str]) -> None:
    result = run_python(CHECK_DEPLOY, "portal.settings.production", **env)

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "System check identified no issues (0 silenced)."
    assert "WARNING" not in result.stderr


PRINT_SECURITY_SETTINGS = """
import json
import django
django.setup()
from django.conf import settings
print(json.dumps({
    name: getattr(settings, name)
    for name in (
        "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_PROXY_SSL_HEADER", "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SECURE_REFERRER_POLICY",
        "SECURE_CONTENT_TYPE_NOSNIFF", "SESSION_COOKIE_SECURE", "SESSION_COOKIE_HTTPONLY",
        "SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SECURE", "CSRF_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SAMESITE", "LANGUAGE_COOKIE_SECURE", "X_FRAME_OPTIONS",
        "YEEP_REQUIRE_2FA", "WAGTAIL_2FA_REQUIRED", "AXES_HANDLER", "AXES_FAILURE_LIMIT",
        "CONTENT_SECURITY_POLICY", "AUTH_PASSWORD_VALIDATORS",
    )
}, default=str))
"""


def production_settings(**env: str) -> dict:
    """The security settings production.py ends up with under the given environment."""
    result = run_python(PRINT_SECURITY_SETTINGS, "portal.settings.production", **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_cookies_transport_and_headers_are_hardened() -> None:
    values = production_settings(**FULL_PRODUCTION_ENV)

    assert values["DEBUG"] is False
    assert values["SECURE_SSL_REDIRECT"] is True
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_HSTS_SECONDS"] == 31_536_000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SECURE_HSTS_PRELOAD"] is True
    assert values["SECURE_REFERRER_POLICY"] == "same-origin"
    assert values["SECURE_CONTENT_TYPE_NOSNIFF"] is True
    for cookie in ("SESSION", "CSRF"):
        assert values[f"{cookie}_COOKIE_SECURE"] is True
        assert values[f"{cookie}_COOKIE_HTTPONLY"] is True
        assert values[f"{cookie}_COOKIE_SAMESITE"] == "Lax"
    assert values["LANGUAGE_COOKIE_SECURE"] is True
    assert values["X_FRAME_OPTIONS"] == "DENY"
    directives = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert directives["upgrade-insecure-requests"] is True
    assert "https://*.tile.example.org" in directives["img-src"]
    validators = {
        item["NAME"].rsplit(".", 1)[1]: item for item in values["AUTH_PASSWORD_VALIDATORS"]
    }
    assert set(validators) == {
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    }
    assert validators["MinimumLengthValidator"]["OPTIONS"] == {"min_length": 12}


def test_plain_http_stack_does_not_upgrade_requests() -> None:
    values = production_settings(**PRODUCTION_ENV, SECURE_SSL_REDIRECT="false")

    assert "upgrade-insecure-requests" not in values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]


def test_production_requires_2fa_unless_turned_off() -> None:
    assert production_settings(**PRODUCTION_ENV)["WAGTAIL_2FA_REQUIRED"] is True
    off = production_settings(**PRODUCTION_ENV, YEEP_REQUIRE_2FA="false")
    assert (off["YEEP_REQUIRE_2FA"], off["WAGTAIL_2FA_REQUIRED"]) == (False, False)


def test_login_lockout_counts_in_the_database_even_with_redis() -> None:
    with_redis = production_settings(**FULL_PRODUCTION_ENV)
    without = production_settings(**PRODUCTION_ENV)

    # In the cache, a Redis outage (reads miss: portal.cache_backends) would lift every lockout.
    assert with_redis["AXES_HANDLER"] == "axes.handlers.database.AxesDatabaseHandler"
    assert without["AXES_HANDLER"] == "axes.handlers.database.AxesDatabaseHandler"
    assert with_redis["AXES_FAILURE_LIMIT"] == 5
