"""Small site-wide views: robots.txt and site search."""

from __future__ import annotations

from django.contrib.auth.views import LogoutView
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from portal.choices import KIND_PARAM
from portal.locales import active_locale
from portal.models import searchable_public_pages
from portal.pagination import PAGE_PARAM, pagination_links
from portal.search import (
    MAX_QUERY_LENGTH,
    MUNICIPALITY_PARAM,
    cached_results_page,
    clean_query,
    municipality_filter,
    search_query,
    search_results,
    searchable_types,
)


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Let crawlers index public pages, not the admin; point them at the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def search(request: HttpRequest) -> HttpResponse:
    """Site search over live public pages of the visitor's language, filterable by page type
    (`?tur=`) and municipality (`?belediye=`).

    Each word is searched as typed (case-folded by Turkish rules on the Turkish site: "EŞİTLİK" →
    "eşitlik", "IŞIK" → "ışık", since the backends fold "İ" and "I" the English way) or
    ASCII-folded ("Kadikoy", "IZMIR" find "Kadıköy", "İzmir"; see search_variants).
    """
    raw_query = clean_query(request.GET.get("q", ""))
    query = raw_query[:MAX_QUERY_LENGTH]
    types = searchable_types()
    municipalities = municipality_filter()
    kind = request.GET.get(KIND_PARAM, "")
    municipality = request.GET.get(MUNICIPALITY_PARAM, "")
    notices = []
    if kind and kind not in types:
        notices.append(_("Bilinmeyen içerik türü; tüm türlerde arandı."))
        kind = ""
    if municipality and municipality not in municipalities.paths:
        notices.append(_("Bilinmeyen belediye; tüm belediyelerde arandı."))
        municipality = ""
    results, shown, page_links = None, [], []
    backend_query = search_query(query)
    if backend_query is not None:
        locale = active_locale()
        pages = searchable_public_pages().filter(locale=locale)
        if kind:
            pages = pages.type(types[kind])
        if municipality:
            pages = pages.filter(path__startswith=municipalities.paths[municipality])
        parts = [locale.pk, query, kind, municipality]
        results = cached_results_page(pages, backend_query, request.GET.get(PAGE_PARAM), parts)
        shown = search_results(list(results), query)
        page_links = pagination_links(
            results, {"q": raw_query, KIND_PARAM: kind, MUNICIPALITY_PARAM: municipality}
        )
    return render(
        request,
        "portal/search.html",
        {
            "search_query": raw_query,
            "results": results,
            "search_results": shown,
            "page_links": page_links,
            "type_options": [(slug, model._meta.verbose_name) for slug, model in types.items()],
            "chosen_type": kind,
            "municipality_options": municipalities.options_html(municipality),
            "notices": notices,
        },
    )


class PortalLogoutView(LogoutView):
    """Sign out (POST only) and return to the home page in the visitor's language."""

    def get_default_redirect_url(self) -> str:
        return f"/{get_language()}/"


logout = PortalLogoutView.as_view()
