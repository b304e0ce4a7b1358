"""Small site-wide views: robots.txt and site search."""

from __future__ import annotations

import unicodedata

from django.contrib.auth.views import LogoutView
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.models import Page

from portal.locales import active_locale
from portal.models import page_cards, public_pages, searchable
from portal.pagination import PAGE_PARAM, pagination_links
from portal.text import turkish_casefold

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def robots_txt(request: HttpRequest) -> HttpResponse:
    """Let crawlers index public pages, not the admin; point them at the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def clean_query(raw: str) -> str:
    """The search text without control characters, which no one types and which break the
    database's full-text query (a NUL is a server error on SQLite and PostgreSQL)."""
    return "".join(" " if unicodedata.category(char) == "Cc" else char for char in raw).strip()


def searchable_types() -> dict[str, type[Page]]:
    """{slug: page model} of the page types a visitor can filter search results by."""
    from events.models import EventPage
    from guide.models import GuideChapterPage
    from indicators.models import IndicatorPage
    from news.models import NewsPage
    from plans.models import ActionPage, AssessmentPage, MunicipalityPage, PlanPage
    from portal.models import StandardPage
    from reports.models import ReportPage
    from stories.models import StoryPage
    from training.models import TrainingModulePage, TrainingProgrammePage

    return {
        "belediye": MunicipalityPage,
        "plan": PlanPage,
        "eylem": ActionPage,
        "degerlendirme": AssessmentPage,
        "gosterge": IndicatorPage,
        "rapor": ReportPage,
        "haber": NewsPage,
        "deneyim": StoryPage,
        "kilavuz": GuideChapterPage,
        "egitim": TrainingProgrammePage,
        "egitim-modulu": TrainingModulePage,
        "etkinlik": EventPage,
        "sayfa": StandardPage,
    }


def search(request: HttpRequest) -> HttpResponse:
    """Site search over live public pages of the visitor's language, filterable by page type.

    On the Turkish site the query is case-folded by Turkish rules first ("EŞİTLİK" → "eşitlik",
    "IŞIK" → "ışık"), since the database backends fold "İ" and "I" the English way.
    """
    raw_query = clean_query(request.GET.get("q", ""))
    query = raw_query[:MAX_QUERY_LENGTH]
    query = turkish_casefold(query) if get_language() == "tr" else query.casefold()
    types = searchable_types()
    kind = request.GET.get("tur", "")
    notice = ""
    if kind and kind not in types:
        notice = _("Bilinmeyen içerik türü; tüm türlerde arandı.")
        kind = ""
    results, cards, page_links = None, [], []
    if query:
        pages = public_pages().filter(locale=active_locale())
        if kind:
            pages = pages.type(types[kind])
        results = Paginator(searchable(pages).search(query), RESULTS_PER_PAGE).get_page(
            request.GET.get(PAGE_PARAM)
        )
        cards = page_cards(results)
        page_links = pagination_links(results, {"q": raw_query, "tur": kind})
    return render(
        request,
        "portal/search.html",
        {
            "search_query": raw_query,
            "results": results,
            "result_cards": cards,
            "page_links": page_links,
            "type_options": [(slug, model._meta.verbose_name) for slug, model in types.items()],
            "chosen_type": kind,
            "notice": notice,
        },
    )


class PortalLogoutView(LogoutView):
    """Sign out (POST only) and return to the home page in the visitor's language."""

    def get_default_redirect_url(self) -> str:
        return f"/{get_language()}/"


logout = PortalLogoutView.as_view()
