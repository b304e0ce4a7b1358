"""Production: fails fast without SECRET_KEY or ALLOWED_HOSTS; HTTPS-only cookies, HSTS, 2FA.

Every value is documented in README.md ("Environment variables").
"""

from __future__ import annotations

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .csp import policies
from .env import env_bool, env_int, env_list, env_str

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production.")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production (comma-separated).")
DEBUG = False

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_REFERRER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

# The same policies as everywhere; on an HTTPS site browsers also fetch any http:// reference over
# HTTPS (not on the plain-HTTP local stack, deploy/env.sh, which turns the redirect off).
CONTENT_SECURITY_POLICY, CSP_AREA_POLICIES = policies(
    map_tile_url=MAP_TILE_URL,  # noqa: F405
    media_url=MEDIA_URL,  # noqa: F405
    upgrade_insecure=SECURE_SSL_REDIRECT,
)

# Superusers, editors and the Monitoring Board sign in to the admin with a TOTP app too.
YEEP_REQUIRE_2FA = env_bool("YEEP_REQUIRE_2FA", True)
WAGTAIL_2FA_REQUIRED = YEEP_REQUIRE_2FA

# One proxy (nginx or the load balancer) sets X-Forwarded-For: throttling and the login lockout
# count the client address it saw, so clients cannot dodge either with a forged header.
REST_FRAMEWORK = {**REST_FRAMEWORK, "NUM_PROXIES": env_int("NUM_PROXIES", 1)}  # noqa: F405

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
