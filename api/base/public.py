"""The pages that the rows of one API response refer to, read by the portal's rules.

Which pages are public is `for_public()` (portal.models.public_pages on base pages) and which
copy is shown is the language rule of portal.languages: the requested language where that copy
is public, else the source-language (Turkish) copy, whose `locale` field says so. Nothing here
spells either rule; the list querysets of the endpoints use portal.languages.in_visitor_language.
"""

from __future__ import annotations

from collections.abc import Iterable
from uuid import UUID

from wagtail.models import Page

from portal.languages import shown_by_key
from portal.models import public_pages

#: What a reference shows (api.base.serializers.PageRefSerializer) and needs for its URL; the
#: pages are read without their other columns, a good part of the time of a list with many.
REF_FIELDS = ("id", "translation_key", "locale_id", "slug", "title", "url_path")


class PageRefs:
    """The public pages that the rows of one response refer to, each in the language shown.

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
        pages = public_pages().only(*REF_FIELDS)
        self._by_key = shown_by_key(pages, {*keys, *self._key_of_path.values()})

    def by_key(self, key: UUID | None) -> Page | None:
        """The public page with this translation key, in the language shown."""
        return self._by_key.get(key) if key else None

    def by_path(self, path: str) -> Page | None:
        """The page at this tree path, if it has a public copy, in the language shown."""
        return self.by_key(self._key_of_path.get(path))
