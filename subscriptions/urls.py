"""The subscription views' URL patterns, in each language's words (for portal/urls.py's
i18n_patterns): /tr/abonelik/…, /en/subscribe/…"""

from __future__ import annotations

from django.urls import URLPattern

from portal.routes import localized_view_paths

from .views import confirm, subscribe, unsubscribe


def subscription_paths() -> list[URLPattern]:
    """The patterns of sign-up, confirmation and unsubscribe."""
    return [
        *localized_view_paths(subscribe, "subscribe", tr="abonelik/", en="subscribe/"),
        *localized_view_paths(
            confirm,
            "subscription_confirm",
            tr="abonelik/onay/<str:token>/",
            en="subscribe/confirm/<str:token>/",
        ),
        *localized_view_paths(
            unsubscribe,
            "subscription_unsubscribe",
            tr="abonelik/iptal/<str:token>/",
            en="unsubscribe/<str:token>/",
        ),
    ]
