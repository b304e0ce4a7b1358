"""A municipality added in the admin is set up like the others: its English page
(so it is listed on /en/municipalities/ once published), and its reporters with rights on both
languages.

The English page is a wagtail-localize translation with the title translated by rule ("Seferihisar
Belediyesi" → "Seferihisar Municipality", "… Büyükşehir Belediyesi" → "… Metropolitan
Municipality"); its other texts stay missing segments for a translator (the translation status
lists them). It is published with the Turkish page's first publication.
"""

from __future__ import annotations

import re

from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment

from portal.locales import default_locale
from portal.translation import record_translations

from .models import MunicipalityPage
from .roles import ensure_municipality_reporters

#: Turkish name endings and their English form ("Büyükşehir" first: it ends like the other).
TITLE_ENDINGS = (
    (re.compile(r"\s+Büyükşehir Belediyesi$"), " Metropolitan Municipality"),
    (re.compile(r"\s+Belediyesi$"), " Municipality"),
)


def english_title(turkish_title: str) -> str:
    """A municipality's English name by rule; the Turkish name where no rule applies."""
    for ending, english in TITLE_ENDINGS:
        if ending.search(turkish_title):
            return ending.sub(english, turkish_title)
    return turkish_title


def title_by_rule(segment: StringSegment) -> str | None:
    """The translation of a municipality's title segment (english_title); None for the other
    segments, which stay for a translator."""
    return english_title(segment.string.data) if segment.context.path == "title" else None


def english_locales() -> list[Locale]:
    """Every locale but the source language's."""
    return list(Locale.objects.exclude(pk=default_locale().pk))


def create_translations(municipality: MunicipalityPage) -> list[MunicipalityPage]:
    """Draft translations of a new municipality into every other language, with the title
    translated by rule and the rest left to a translator; existing translations are kept."""
    created = []
    for locale in english_locales():
        if municipality.get_translation_or_none(locale) is not None:
            continue
        parent = municipality.get_parent().get_translation_or_none(locale)
        if parent is None:  # the index is not translated: nowhere to put the page
            continue
        translation = record_translations(municipality, locale, title_by_rule)
        translation.save_target(publish=False)
        created.append(municipality.get_translation(locale).specific)
    return created


def set_up_new_municipality(page: Page) -> None:
    """After a municipality is created in the admin: its translations, then its reporters (whose
    rights cover every translation)."""
    municipality = page.specific
    if not isinstance(municipality, MunicipalityPage):
        return
    if municipality.locale_id == default_locale().pk:
        create_translations(municipality)
        if municipality.live:  # "create and publish": the publish hook ran before this one
            publish_translations_on_first_publication(municipality)
    ensure_municipality_reporters(municipality)


def publish_translations_on_first_publication(page: Page) -> None:
    """When a Turkish municipality is published for the first time, its never-published
    translations made by `create_translations` are published with it."""
    municipality = page.specific
    if not isinstance(municipality, MunicipalityPage):
        return
    if municipality.locale_id != default_locale().pk:
        return
    for translation in municipality.get_translations():
        if not translation.live and translation.first_published_at is None:
            revision = translation.get_latest_revision() or translation.save_revision()
            revision.publish()
