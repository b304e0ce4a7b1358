"""Purging a municipality's Atom feed (`atom/`, subscriptions.feeds) from the front cache when
something it lists changes: an assessment under the municipality, or a report, news item or event
naming it (portal.caching's FRONT_CACHE_URLS_HOOK, run after the commit like every purge)."""

from __future__ import annotations

from typing import Any

from wagtail.models import Page

from plans.models import AssessmentPage, MunicipalityPage
from plans.models.links import MunicipalityLinksMixin
from plans.tree import municipality_path
from portal.caching import add_page_routes
from portal.locales import default_locale

#: The feed's route (MunicipalityPage.atom_feed): the same words in every language.
FEED_PATHS = ("atom/",)


def add_feed_urls(page: Page, batch: Any) -> None:
    """Hook: the feeds of the municipalities the page is about (in every language)."""
    if isinstance(page, AssessmentPage):
        towns = MunicipalityPage.objects.filter(path=municipality_path(page.path))
    elif isinstance(page, MunicipalityLinksMixin):
        keys = page.municipality_link_rows().values("municipality__translation_key")
        # The Turkish page of each; add_page_routes adds every language's copy.
        towns = MunicipalityPage.objects.filter(translation_key__in=keys, locale=default_locale())
    else:
        return
    for town in towns:
        add_page_routes(batch, town, FEED_PATHS)
