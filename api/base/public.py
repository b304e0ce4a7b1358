"""The API's language rule over the public read helpers.

Pages and snippets are read in the requested language; where an item has no public copy in that
language, its source-language (Turkish) copy is shown instead, and its `locale` field says so.
Which pages are public is never decided here: the querysets passed in come from the models'
for_public() helpers, and references to other pages go through the same helper applied to base
pages (PortalPageQuerySet.for_public()).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar
from uuid import UUID

from django.db.models import Model, Q, QuerySet

from wagtail.models import Page

from portal.locales import active_locale, default_locale
from portal.models import PortalPageQuerySet

M = TypeVar("M", bound=Model)


def in_language(queryset: QuerySet[M]) -> QuerySet[M]:
    """The rows of `queryset` in the active language, plus the source-language rows that have
    no copy in it among `queryset` (so, for pages, no public copy: a draft English translation
    does not hide the Turkish page). One query when evaluated."""
    active, default = active_locale(), default_locale()
    if active.pk == default.pk:
        return queryset.filter(locale=default)
    translated = queryset.filter(locale=active).values("translation_key")
    return queryset.filter(
        Q(locale=active) | Q(locale=default) & ~Q(translation_key__in=translated)
    )


def public_pages() -> PortalPageQuerySet:
    """Every live, public page of any type (the portal's for_public() on base pages)."""
    return PortalPageQuerySet(Page).for_public()


class PageRefs:
    """The public pages that the rows of one response refer to, each in the active language
    where it has a public copy in it and in the source language otherwise.

    Pages are referred to by translation key (a link field) or by tree path (an ancestor: the
    municipality or plan a page sits under). Two queries, whatever the number of references.
    """

    def __init__(self, *, keys: Iterable[UUID] = (), paths: Iterable[str] = ()) -> None:
        keys, paths = set(keys), set(paths)
        self._by_key: dict[UUID, Page] = {}
        self._key_of_path: dict[str, UUID] = {}
        if not keys and not paths:
            return
        active, default = active_locale(), default_locale()
        by_path = Page.objects.filter(path__in=paths).values("translation_key")
        rows = public_pages().filter(
            Q(translation_key__in=keys) | Q(translation_key__in=by_path),
            locale_id__in={active.pk, default.pk},
        )
        for page in rows:
            if page.path in paths:
                self._key_of_path[page.path] = page.translation_key
            known = self._by_key.get(page.translation_key)
            if known is None or page.locale_id == active.pk:
                self._by_key[page.translation_key] = page

    def by_key(self, key: UUID | None) -> Page | None:
        """The public page with this translation key, in the language shown."""
        return self._by_key.get(key) if key else None

    def by_path(self, path: str) -> Page | None:
        """The page at this tree path, if it is public, in the language shown."""
        return self.by_key(self._key_of_path.get(path))
