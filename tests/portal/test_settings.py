"""Settings come from the environment; production refuses to start without its secrets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from django.core.exceptions import ImproperlyConfigured

from portal.settings.env import cache_config, database_config, env_bool

BASE_DIR = Path(__file__).resolve().parents[2]
PRODUCTION_ENV = {
    "SECRET_KEY": "production-test-key-" + "x" * 50,
    "ALLOWED_HOSTS": "yeep.example.org",
}


def run_python(code: str, settings_module: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run code in a fresh interpreter with only the given variables set (no inherited ones)."""
    clean_env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL", "DEBUG"}
    }
    clean_env.update(DJANGO_SETTINGS_MODULE=settings_module, **env)
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        cwd=BASE_DIR,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


PRINT_SETTINGS = (
    "import django; django.setup(); from django.conf import settings; "
    "print(settings.DATABASES['default']['ENGINE'], settings.CACHES['default']['BACKEND'], "
    "settings.DEBUG)"
)


def test_production_fails_without_secret_key() -> None:
    result = run_python(PRINT_SETTINGS, "portal.settings.production", ALLOWED_HOSTS="x.org")
    assert result.returncode != 0
    assert "SECRET_KEY must be set in production" in result.stderr


def test_production_fails_without_allowed_hosts() -> None:
    result = run_python(PRINT_SETTINGS, "portal.settings.production", SECRET_KEY="k" * 60)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS must be set in production" in result.stderr


def test_production_passes_check_deploy_with_documented_variables() -> None:
    code = (
        "import sys; from django.core.management import execute_from_command_line; "
        "execute_from_command_line(['manage.py', 'check', '--deploy', '--fail-level', 'WARNING'])"
    )
    result = run_python(code, "portal.settings.production", **PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_database_url_switches_to_postgresql_and_redis() -> None:
    result = run_python(
        PRINT_SETTINGS,
        "portal.settings.production",
        **PRODUCTION_ENV,
        DATABASE_URL="postgres://postgres@127.0.0.1:5432/yeep",
        REDIS_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "portal.cache_backends.FailSoftRedisCache",
        "False",
    ]


def test_defaults_are_sqlite_and_local_memory_cache() -> None:
    result = run_python(PRINT_SETTINGS, "portal.settings.dev")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "True",
    ]


def test_database_config_parses_urls() -> None:
    config = database_config("postgres://user:secret@db.example.org:5433/yeep")
    assert config["ENGINE"] == "django.db.backends.postgresql"
    assert (config["NAME"], config["HOST"], config["PORT"], config["USER"]) == (
        "yeep",
        "db.example.org",
        5433,
        "user",
    )
    assert config["OPTIONS"]["options"] == "-c jit=off -c max_parallel_workers_per_gather=0"
    own = database_config("postgres://db/yeep?options=-c%20work_mem%3D64MB")
    assert own["OPTIONS"]["options"] == "-c work_mem=64MB"
    assert database_config("")["ENGINE"] == "django.db.backends.sqlite3"
    assert cache_config("")["BACKEND"].endswith("LocMemCache")
    assert cache_config("redis://cache:6379/0")["LOCATION"] == "redis://cache:6379/0"


def test_bad_boolean_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEBUG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="DEBUG must be a boolean"):
        env_bool("DEBUG")
