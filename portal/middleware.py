"""Django's LocaleMiddleware, minus its redirect of 404s outside the language prefixes.

With i18n_patterns(prefix_default_language=True), LocaleMiddleware turns a 404 on a path without
/tr/ or /en/ into a redirect to /<language>/<path> whenever that path resolves, and Wagtail's
catch-all page route resolves every path. So a missing API object (/api/v1/…/999/) or document
(/documents/999/x.pdf) would redirect to an HTML 404 page under /tr/ instead of answering 404.
Paths of the unprefixed URL patterns (portal.urls) keep their own 404.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.cache import patch_vary_headers

#: Path prefixes served outside i18n_patterns (see portal/urls.py).
UNPREFIXED_PATHS = ("/admin/", "/api/", "/documents/", "/media/", "/sitemap.xml", "/robots.txt")


class PortalLocaleMiddleware(LocaleMiddleware):
    """LocaleMiddleware that never redirects a 404 of an unprefixed path."""

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if response.status_code == 404 and request.path_info.startswith(UNPREFIXED_PATHS):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
