"""Local development: DEBUG on, an insecure key only when SECRET_KEY is unset."""

from __future__ import annotations

from .base import *  # noqa: F403
from .env import CONSOLE_BACKEND, email_configured, env_bool, env_str

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY") or "dev-only-insecure-key-never-use-in-production"  # noqa: S105
# `make run` loads the demo site (manage.py setup_demo).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# Mails are printed by `make run` unless EMAIL_URL or EMAIL_HOST names a server to try.
if not email_configured():
    EMAIL_BACKEND = CONSOLE_BACKEND
