"""Security glue: the Content-Security-Policy by area, the login lockout, two-factor sign-in.

- ContentSecurityPolicyMiddleware: django-csp's middleware, with its own policy for the admin
  and the API docs (settings.CSP_AREA_POLICIES; portal/settings/csp.py).
- LoginLockoutBackend, client_ip, lockout_response: django-axes, counting failed logins per
  username and client address (settings AXES_*).
- TwoFactorMiddleware: wagtail-2fa's middleware, forcing a TOTP device on superusers and the
  groups in settings.YEEP_2FA_GROUPS only, when settings.YEEP_REQUIRE_2FA is on.
"""

from __future__ import annotations

import math
from typing import Any

import django_otp
from axes.backends import AxesStandaloneBackend
from axes.helpers import get_cool_off
from csp.middleware import CSPMiddleware, PolicyParts
from wagtail_2fa.middleware import VerifyUserMiddleware

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.http import HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import render

from portal import two_factor_token_form

# --- Content-Security-Policy ------------------------------------------------------------------


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware; paths listed in settings.CSP_AREA_POLICIES get that policy instead
    of CONTENT_SECURITY_POLICY. A view's own @csp/@csp_update/@csp_replace still applies on top.
    """

    def get_policy_parts(
        self, request: HttpRequest, response: HttpResponseBase, report_only: bool = False
    ) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None:
            for prefix, directives in settings.CSP_AREA_POLICIES:
                if request.path_info.startswith(prefix):
                    parts.config = directives
                    break
        return parts


# --- Login lockout ----------------------------------------------------------------------------


class LoginLockoutBackend(AxesStandaloneBackend):
    """django-axes' backend, which refuses a locked-out username and address before the password
    is checked, except for authenticate() calls without a request (Django's test client, the
    shell): those are no HTTP login to rate-limit, and django-axes would raise instead."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> None:
        """Raise PermissionDenied for a locked-out login; never authenticates anyone itself."""
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)


def client_ip(request: HttpRequest) -> str:
    """The client's address for the lockout: REMOTE_ADDR, or behind NUM_PROXIES proxies (the
    API's setting, production.py) the address the first of them saw in X-Forwarded-For. Without a
    proxy count the header is ignored: anyone can send it."""
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = settings.REST_FRAMEWORK.get("NUM_PROXIES") or 0
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if not proxies or not forwarded:
        return remote
    return forwarded[-min(proxies, len(forwarded))]


def lockout_response(
    request: HttpRequest,
    original_response: HttpResponse | None = None,
    credentials: dict[str, Any] | None = None,
) -> HttpResponse:
    """The page a locked-out login gets (HTTP 429), saying for how long."""
    cool_off = get_cool_off(request)
    minutes = math.ceil(cool_off.total_seconds() / 60) if cool_off else 0
    response = render(request, "portal/login_locked.html", {"minutes": minutes}, status=429)
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response


# --- Two-factor authentication ----------------------------------------------------------------


def must_use_two_factor(user: AbstractBaseUser | AnonymousUser) -> bool:
    """Whether the user may only use the admin after a TOTP check: superusers and members of
    settings.YEEP_2FA_GROUPS (editors, the Monitoring Board)."""
    if not user.is_authenticated:
        return False
    return bool(user.is_superuser or user.groups.filter(name__in=settings.YEEP_2FA_GROUPS).exists())


class TwoFactorMiddleware(VerifyUserMiddleware):
    """wagtail-2fa's middleware, which (with WAGTAIL_2FA_REQUIRED) sends every admin user to set
    up a device and then to enter its code; here only the users must_use_two_factor() names, and
    anyone who has added a device anyway. Reporters and participants sign in with a password.

    With 2FA off it only installs django-otp's user.is_verified(), as django-otp's middleware.
    It also installs the fix of wagtail-2fa's code form (portal.two_factor_token_form).
    """

    _allowed_url_names = [*VerifyUserMiddleware._allowed_url_names, "logout"]

    def __init__(self, get_response: Any) -> None:
        super().__init__(get_response)
        two_factor_token_form.install()

    def process_request(self, request: HttpRequest) -> HttpResponse | None:
        """Redirect a user who must verify (or set up) a device; None lets the request through."""
        if not settings.WAGTAIL_2FA_REQUIRED:
            self._install_lazy_accessors(request)
            return None
        response = super().process_request(request)
        user = request.user
        if user.is_authenticated:
            # wagtail-2fa's menu hook hides the admin menu from unverified users with this flag.
            user.enable_2fa = must_use_two_factor(user) or django_otp.user_has_device(user)
        return response

    def _require_verified_user(self, request: HttpRequest) -> bool:
        user = request.user
        if not user.is_authenticated:
            return False
        if not (must_use_two_factor(user) or django_otp.user_has_device(user, confirmed=True)):
            return False
        return super()._require_verified_user(request)
