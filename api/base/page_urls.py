"""Absolute URLs of the many pages one API response links to.

Wagtail's `Page.get_full_url()` finds the page's site root, then reverses the `wagtail_serve`
route for the page's path in its language (`translation.override` and `reverse()`): about 25 µs
a page, which for the 300 action references of a page of assessments was a fifth of the
response's time. The route is the same for every page of a site root and language but the path,
which `reverse()` only quotes and appends; so `PageUrls` reverses it once per language and
appends each page's quoted path. Whatever it is not sure of it leaves to `get_full_url()`: a page
under several sites, a page class with its own `get_url_parts()`, a path the route refuses.

Re-check on a Wagtail upgrade (`Page.get_url_parts`): tests/api/test_list_speed.py compares the
two for every page of the test site, in both languages, Turkish letters in slugs included.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.http import RFC3986_SUBDELIMS
from django.utils.translation import get_language

from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site
from wagtail.urls import serve_pattern

#: What reverse() leaves unquoted in a path (django.urls.resolvers).
SAFE = RFC3986_SUBDELIMS + "/~:@"
SERVE_PATH = re.compile(serve_pattern)
#: Where one request keeps its PageUrls (as Wagtail keeps its site root paths on the request).
REQUEST_ATTRIBUTE = "_api_page_urls"


class PageUrls:
    """The absolute URLs of pages, for one request (in the language active when it is made)."""

    def __init__(self, request: Any = None) -> None:
        self.request = request
        self.roots = Site.get_site_root_paths()
        self.append_slash = getattr(settings, "WAGTAIL_APPEND_SLASH", True)
        self.language = get_language()
        self._prefixes: dict[str, str] = {}

    def full_url(self, page: Any) -> str | None:
        """The absolute URL `page.get_full_url()` gives, for a page or a row with its id and
        url_path (api.base.public.PageRefs)."""
        if getattr(type(page), "get_url_parts", Page.get_url_parts) is not Page.get_url_parts:
            return page.get_full_url(self.request)
        roots = [root for root in self.roots if page.url_path.startswith(root.root_path)]
        if len({root.site_id for root in roots}) != 1:
            return self._wagtails(page)
        root = roots[0]
        relative = page.url_path[len(root.root_path) :]
        if not SERVE_PATH.match(relative):
            return self._wagtails(page)
        path = self._prefix(root.language_code) + quote(relative, safe=SAFE)
        if not self.append_slash and path != "/":
            path = path.rstrip("/")
        return root.root_url + path

    def _wagtails(self, page: Any) -> str | None:
        """Wagtail's own answer, for a page or a row."""
        if not isinstance(page, Page):
            page = Page(id=page.id, url_path=page.url_path)
        return page.get_full_url(self.request)

    def _prefix(self, language_code: str) -> str:
        """The route's path for an empty page path in this language (e.g. "/tr/")."""
        prefix = self._prefixes.get(language_code)
        if prefix is None:
            # As Wagtail does: the active language when it is a variant of the page's.
            language = language_code
            try:
                if get_supported_content_language_variant(self.language) == language_code:
                    language = self.language
            except LookupError:
                pass
            with translation.override(language):
                prefix = self._prefixes[language_code] = reverse("wagtail_serve", args=("",))
        return prefix


def page_urls(request: Any) -> PageUrls:
    """The request's PageUrls (made on first use)."""
    if request is None:
        return PageUrls()
    urls = getattr(request, REQUEST_ATTRIBUTE, None)
    if urls is None:
        urls = PageUrls(request)
        setattr(request, REQUEST_ATTRIBUTE, urls)
    return urls
