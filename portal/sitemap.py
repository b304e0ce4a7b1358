"""sitemap.xml for every language's page tree, with hreflang alternates between translations.

Wagtail's own Sitemap lists only the default site's root tree (the Turkish one); this lists the
root page's translations' trees too, and links each page to its translations in one pass.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from portal.locales import default_locale


class PortalSitemap(Sitemap):
    """Live, public pages of all languages (read through the same live/public filter)."""

    def items(self):  # type: ignore[no-untyped-def]
        homes = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_a_home = Q()
        for home in homes:
            in_a_home |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(in_a_home)
            .live()
            .public()
            .select_related("locale")
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page: int, protocol: str, domain: str) -> list[dict[str, Any]]:
        items = list(self.paginator.page(page).object_list)
        urls, by_key = [], defaultdict(list)
        for item in items:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["translation_key"] = item.translation_key
                url_info["lang_code"] = item.locale.language_code
                urls.append(url_info)
                by_key[item.translation_key].append(url_info)
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
