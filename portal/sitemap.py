"""sitemap.xml for every language's page tree, with hreflang alternates between translations.

Sub-pages served by routes that are public HTML (a municipality's period reports, an indicator's
comparison, the whole guide, the data dictionary) follow their page, in its language's words,
with the same sub-page of its translations as alternates (portal.routes, `sitemap_subpages`).

Wagtail's own Sitemap lists only the default site's root tree (the Turkish one); this lists the
root page's translations' trees too, and links each page to its translations in one pass.

Pages are read as base pages: only page types that change how their URLs are built are read as
their own class, so the sitemap runs the same few queries however many pages and page types the
site has.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.locales import default_locale, language_code_of
from portal.models import public_pages
from portal.routes import join_url, listed_subpages

#: Page methods that build the sitemap entry; a page type overriding one is read as its own class.
URL_METHODS = ("get_sitemap_urls", "get_full_url", "get_url", "get_url_parts")


def builds_own_urls(model: type[Page] | None) -> bool:
    """Whether pages of this type build their URLs differently from a base Page."""
    return model is not None and any(
        getattr(model, name) is not getattr(Page, name) for name in URL_METHODS
    )


def as_url_builders(pages: list[Page]) -> list[Page]:
    """The pages, each as its own class where that class builds its own URLs (one query per such
    page type; none today), else as the base page."""
    ids = [page.pk for page in pages if builds_own_urls(page.specific_class)]
    if not ids:
        return pages
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    return [specific.get(page.pk, page) for page in pages]


class PortalSitemap(Sitemap):
    """Live, public pages of all languages (portal.models.public_pages), in tree order."""

    def items(self):  # type: ignore[no-untyped-def]
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home = Q()
        for home in homes:
            in_a_home |= Q(path__startswith=home.path)
        return public_pages().filter(in_a_home)

    def _urls(self, page: int, protocol: str, domain: str) -> list[dict[str, Any]]:
        items = as_url_builders(list(self.paginator.page(page).object_list))
        subpages = listed_subpages(items)
        urls, by_key = [], defaultdict(list)
        for item in items:
            lang_code = language_code_of(item.locale_id)
            for url_info in item.get_sitemap_urls(self.request):
                entries = [(url_info, item.translation_key)]
                entries += [
                    (
                        {
                            "location": join_url(
                                url_info["location"], listed.subpage.path_for(item)
                            ),
                            "lastmod": listed.lastmod or url_info.get("lastmod"),
                        },
                        (item.translation_key, listed.subpage),
                    )
                    for listed in subpages.get(item.pk, ())
                ]
                for entry, key in entries:
                    entry["translation_key"] = key
                    entry["lang_code"] = lang_code
                    urls.append(entry)
                    by_key[key].append(entry)
        source_code = default_locale().language_code
        for url_info in urls:
            group = by_key[url_info["translation_key"]]
            if len(group) > 1:
                url_info["alternates"] = [
                    {"location": other["location"], "lang_code": other["lang_code"]}
                    for other in group
                ] + [
                    {"location": other["location"], "lang_code": "x-default"}
                    for other in group
                    if other["lang_code"] == source_code
                ]
        lastmods = [url_info.get("lastmod") for url_info in urls]
        if lastmods and None not in lastmods:
            self.latest_lastmod = max(lastmods)
        return urls
