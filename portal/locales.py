"""Locale lookups without a query each time.

Locales change only through migrations or the admin's locale screens, yet Wagtail's
Locale.get_default()/get_active() query the database on every call, several times per page.
This keeps them per process and forgets them whenever a Locale is saved or deleted.
"""

from __future__ import annotations

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import get_supported_language_variant

from wagtail.models import Locale

_locales: dict[str, Locale] = {}
_codes: dict[int, str] = {}


def locale_for(language_code: str) -> Locale:
    """The Locale of a content language, e.g. "tr" or "en"."""
    code = get_supported_language_variant(language_code)
    if code not in _locales:
        _locales[code] = Locale.objects.get(language_code=code)
    return _locales[code]


def default_locale() -> Locale:
    """The source language's Locale (Turkish)."""
    return locale_for(settings.LANGUAGE_CODE)


def active_locale() -> Locale:
    """The Locale of the language of the current request."""
    return locale_for(translation.get_language() or settings.LANGUAGE_CODE)


def language_code_of(locale_id: int) -> str:
    """The language code of a Locale id (what `page.locale.language_code` reads with a query)."""
    if locale_id not in _codes:
        _codes.update(Locale.objects.values_list("pk", "language_code"))
    return _codes[locale_id]


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs: object) -> None:
    """Drop the cache when a locale changes."""
    _locales.clear()
    _codes.clear()
