"""Settings for pytest: fast hashing, in-memory media, no DEBUG."""

from __future__ import annotations

import tempfile

from .base import *  # noqa: F403

SECRET_KEY = "test-only-key"  # noqa: S105
# The demo site and the synthetic data are tested too (tests/demo/).
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
DEBUG = False
ALLOWED_HOSTS = ["localhost", "testserver", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="yeep-test-media-")
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://localhost"
# Slug changes made by translations need no redirects in tests; they cost a task per page.
WAGTAILREDIRECTS_AUTO_CREATE = False
WHITENOISE_AUTOREFRESH = True
# Two-factor authentication off, whatever the environment says: tests that need it turn it on.
YEEP_REQUIRE_2FA = False
WAGTAIL_2FA_REQUIRED = False
# Login lockout counts in the per-process cache, cleared before every test (tests/conftest.py);
# django-axes warns that a local-memory cache is not shared between processes, which a test run
# does not need.
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
SILENCED_SYSTEM_CHECKS = ["axes.W001"]
