"""The routes of an indicator page (IndicatorPage's RoutablePageMixin paths call these).

Query parameters are read here, and only here, and passed on as plain values: `?belediye=` (a
part of a municipality's name), `?donem=` (a monitoring period's id), `?tur=` (a municipality
kind), `?nufus=` (a population band), `?olcu=` (a count as reported or per 100,000 inhabitants)
and `?sayfa=` (the page number, portal.pagination.PAGE_PARAM). Parameter names and values are
Turkish in every language, like the site's other filters (the words of the paths are the page's
language's: portal.routes); the labels of the choices are translated.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING
from urllib.parse import urlencode

from django.http import Http404, HttpRequest, HttpResponse
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from plans.models import MunicipalityKind, MunicipalityPage
from plans.tree import source_of
from portal.choices import KIND_PARAM
from portal.pagination import PAGE_PARAM, pagination_links

from .caching import public_cached
from .comparison import Comparison, ComparisonMeasure, PopulationBand, indicator_comparison
from .comparison_downloads import (
    comparison_chart,
    comparison_csv_response,
    comparison_png_response,
    comparison_svg_response,
    rows_line,
)
from .listing import SeriesListing, series_listing
from .series import series_by_indicator
from .towns import site_of

if TYPE_CHECKING:
    from .models import IndicatorPage

#: A part of a municipality's name, to filter the series and the comparison by.
NAME_PARAM = "belediye"
#: The id of the monitoring period the comparison shows.
PERIOD_PARAM = "donem"
#: The population band (indicators.comparison.PopulationBand) the comparison is narrowed to;
#: the peer group (the municipality's kind) is portal.choices.KIND_PARAM (`?tur=`).
BAND_PARAM = "nufus"
#: The measure a count is ranked and drawn in (indicators.comparison.ComparisonMeasure).
MEASURE_PARAM = "olcu"


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
    listing = series_listing(page, name, request.GET.get(PAGE_PARAM), request=request)
    return page.render(
        request,
        context_overrides={
            "listing": listing,
            "series_html": series_html(page, listing, request),
            "links": pagination_links(listing.page, {NAME_PARAM: name}),
            "name_param": NAME_PARAM,
        },
    )


def series_html(page: IndicatorPage, listing: SeriesListing, request: HttpRequest) -> SafeString:
    """The charts and tables of the municipalities on the listing's page. Each municipality's is
    kept per content generation and language (indicators.caching): drawing them cost more than
    all the rest of the page. Kept one by one, so that whatever a name filter puts on a page
    takes no more room in the cache than the municipalities themselves; on a miss the page's
    series are read together, once. The embed codes name the request's host."""
    period = listing.period.pk if listing.period else None
    found: dict[str, SafeString] = {}

    def rendered(key: str) -> SafeString:
        if not found:  # the first miss reads the series of every municipality on the page
            for item in listing.series:
                context = {"page": page, "item": item, "number": item.municipality.pk}
                found[str(item.municipality.translation_key)] = render_to_string(
                    "indicators/components/series.html",
                    {**context, "embeddable": True, "request": request},
                )
        return found.get(key, SafeString(""))

    parts = [page.pk, period, request.scheme, request.get_host()]
    return SafeString(
        "\n".join(
            public_cached("indicators.series-html", [*parts, town.key], partial(rendered, town.key))
            for town in listing.page.object_list
        )
    )


def _comparison(page: IndicatorPage, request: HttpRequest) -> Comparison:
    """The comparison the query string asks for: period, kind, population band, name, measure,
    page."""
    return indicator_comparison(
        page,
        _requested_id(request, PERIOD_PARAM),
        _name(request),
        request.GET.get(PAGE_PARAM),
        kind=request.GET.get(KIND_PARAM, "").strip(),
        band=request.GET.get(BAND_PARAM, "").strip(),
        measure=request.GET.get(MEASURE_PARAM, "").strip(),
        request=request,
    )


def _kept(comparison: Comparison) -> dict[str, object]:
    """The query parameters that choose this comparison (without the page number)."""
    kept: dict[str, object] = {
        NAME_PARAM: comparison.name,
        KIND_PARAM: comparison.kind,
        BAND_PARAM: comparison.band,
        MEASURE_PARAM: comparison.measure,
    }
    if comparison.period is not None:
        kept[PERIOD_PARAM] = comparison.period.pk
    return kept


def comparison_page(page: IndicatorPage, request: HttpRequest) -> HttpResponse:
    """Every municipality on the indicator in one monitoring period: chart, table, filters and
    downloads of the same selection."""
    comparison = _comparison(page, request)
    kept = _kept(comparison)
    return page.render(
        request,
        context_overrides={
            "comparison": comparison,
            "comparison_html": comparison_html(page, comparison, request),
            "links": pagination_links(comparison.page, kept),
            "name_param": NAME_PARAM,
            "period_param": PERIOD_PARAM,
            "kind_param": KIND_PARAM,
            "band_param": BAND_PARAM,
            "measure_param": MEASURE_PARAM,
            "kind_choices": MunicipalityKind.choices,
            "band_choices": PopulationBand.choices,
            "measure_choices": ComparisonMeasure.choices,
        },
        template="indicators/indicator_comparison.html",
    )


def comparison_html(
    page: IndicatorPage, comparison: Comparison, request: HttpRequest
) -> SafeString:
    """The chart and table of the page of the comparison shown, with their download links, kept
    per content generation and language for the same selection (indicators.caching): drawing
    and writing them cost more than the rest of the page. Not kept for a name filter: any text
    can be typed there, and each would take room in the cache."""
    kept = _kept(comparison)
    query = urlencode(
        {key: value for key, value in kept.items() if value}
        | ({PAGE_PARAM: comparison.page.number} if comparison.page.number > 1 else {})
    )

    def build() -> SafeString:
        return render_to_string(
            "indicators/components/comparison_table.html",
            {
                "page": page,
                "comparison": comparison,
                "chart": comparison_chart(comparison, request),
                "rows_line": rows_line(comparison),
                "download_query": f"?{query}" if query else "",
                "request": request,
            },
        )

    if comparison.name:
        return build()
    return public_cached(
        "indicators.comparison-html", [*comparison.selection, site_of(request)], build
    )


def comparison_download(page: IndicatorPage, request: HttpRequest, kind: str) -> HttpResponse:
    """The comparison the query string asks for as "svg" or "png" (the chart of the page shown)
    or "csv" (every row the filters keep)."""
    comparison = _comparison(page, request)
    respond = {
        "svg": comparison_svg_response,
        "png": comparison_png_response,
        "csv": comparison_csv_response,
    }[kind]
    return respond(comparison, request)


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
