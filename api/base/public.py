"""The pages that the rows of one API response refer to, read by the portal's rules.

Which pages are public is `for_public()` (portal.models.public_pages on base pages) and which
copy is shown is the language rule of portal.languages: the requested language where that copy
is public, else the source-language (Turkish) copy, whose `locale` field says so. Nothing here
spells either rule; the list querysets of the endpoints use portal.languages.in_visitor_language.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol
from uuid import UUID

from wagtail.models import Page

from portal.languages import shown_by_key
from portal.models import public_pages

#: What a reference shows (api.base.serializers.PageRefSerializer) and needs for its URL
#: (api.base.page_urls).
REF_FIELDS = ("id", "translation_key", "locale_id", "slug", "title", "url_path")


class PageRow(Protocol):
    """A referred page as a row of REF_FIELDS (a named tuple), or a page: building page objects
    was a good part of the time of a list with hundreds of references (an assessment's actions)."""

    id: int
    translation_key: UUID
    locale_id: int
    slug: str
    title: str
    url_path: str


class PageRefs:
    """The public pages that the rows of one response refer to, each in the language shown, as
    rows of REF_FIELDS.

    Pages are referred to by translation key (a link field) or by tree path (an ancestor: the
    municipality or plan a page sits under; any copy's path, so an English page under an
    unpublished English municipality still refers to the public Turkish one). At most two
    queries, whatever the number of references.
    """

    def __init__(self, *, keys: Iterable[UUID] = (), paths: Iterable[str] = ()) -> None:
        paths = set(paths)
        self._key_of_path: dict[str, UUID] = {}
        if paths:
            self._key_of_path = dict(
                Page.objects.filter(path__in=paths).values_list("path", "translation_key")
            )
        rows = public_pages().values_list(*REF_FIELDS, named=True)
        self._by_key = shown_by_key(rows, {*keys, *self._key_of_path.values()})

    def by_key(self, key: UUID | None) -> PageRow | None:
        """The public page with this translation key, in the language shown."""
        return self._by_key.get(key) if key else None

    def by_path(self, path: str) -> PageRow | None:
        """The page at this tree path, if it has a public copy, in the language shown."""
        return self.by_key(self._key_of_path.get(path))
