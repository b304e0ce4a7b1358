"""The routes of an indicator page (IndicatorPage's RoutablePageMixin paths call these).

Query parameters are read here, and only here, and passed on as plain values: `?belediye=` (a
part of a municipality's name), `?donem=` (a monitoring period's id) and `?sayfa=` (the page
number, portal.pagination.PAGE_PARAM). Parameter names are Turkish, like the URLs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.http import Http404, HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from plans.models import MunicipalityPage
from plans.tree import source_of
from portal.pagination import PAGE_PARAM, pagination_links

from .listing import indicator_comparison, series_listing
from .series import series_by_indicator

if TYPE_CHECKING:
    from .models import IndicatorPage

#: A part of a municipality's name, to filter the series and the comparison by.
NAME_PARAM = "belediye"
#: The id of the monitoring period the comparison shows.
PERIOD_PARAM = "donem"


def _name(request: HttpRequest) -> str:
    return request.GET.get(NAME_PARAM, "").strip()


def _requested_id(request: HttpRequest, param: str) -> int | None:
    """The id `?param=` asks for: None when absent or empty; 0 (no row's id: ids start at 1)
    when it is not a number, so that it is answered like any id that does not exist."""
    raw = request.GET.get(param, "").strip()
    if not raw:
        return None
    return int(raw) if raw.isascii() and raw.isdigit() else 0


def series_page(page: IndicatorPage, request: HttpRequest) -> HttpResponse:
    """The definition and, per municipality, the approved time series (chart + table),
    SERIES_PER_PAGE municipalities a page, filtered by name."""
    name = _name(request)
    listing = series_listing(page, name, request.GET.get(PAGE_PARAM))
    return page.render(
        request,
        context_overrides={
            "listing": listing,
            "links": pagination_links(listing.page, {NAME_PARAM: name}),
            "name_param": NAME_PARAM,
        },
    )


def comparison_page(page: IndicatorPage, request: HttpRequest) -> HttpResponse:
    """Every municipality's latest value in one monitoring period, filtered by name."""
    name = _name(request)
    comparison = indicator_comparison(
        page, _requested_id(request, PERIOD_PARAM), name, request.GET.get(PAGE_PARAM)
    )
    links = []
    if comparison.listing is not None and comparison.period is not None:
        kept = {NAME_PARAM: name, PERIOD_PARAM: comparison.period.pk}
        links = pagination_links(comparison.listing.page, kept)
    return page.render(
        request,
        context_overrides={
            "comparison": comparison,
            "listing": comparison.listing,
            "links": links,
            "name_param": NAME_PARAM,
            "period_param": PERIOD_PARAM,
        },
        template="indicators/indicator_comparison.html",
    )


def embed_page(page: IndicatorPage, request: HttpRequest, municipality_slug: str) -> HttpResponse:
    """Chart and table of one municipality's series, for other sites to frame (the route sets
    the Content-Security-Policy; this response leaves out X-Frame-Options)."""
    town = (
        MunicipalityPage.objects.for_public()
        .filter(locale_id=page.locale_id, slug=municipality_slug)
        .first()
    )
    if town is None:
        raise Http404(_("Yayımlanmış böyle bir belediye yok."))
    series = series_by_indicator([page], [source_of(town).path])[page.translation_key]
    response = TemplateResponse(
        request,
        "indicators/indicator_embed.html",
        {"page": page, "item": series[0] if series else None, "municipality": town},
    )
    response.xframe_options_exempt = True
    return response
