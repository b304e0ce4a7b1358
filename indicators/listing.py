"""Pages of an indicator's series and its comparison of municipalities for one period.

At national scale an indicator has values for ~1,400 municipalities: a page picks its
municipalities first (from the assessments that reported the indicator, far fewer rows than the
values) and reads the values of those only, so a page costs the same for 10 municipalities or
1,400. The functions take plain values; reading them from the query string is the page's job
(indicators.views).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import QuerySet

from plans.models import AssessmentPage, IndicatorValue, MonitoringPeriod, MunicipalityPage
from plans.tree import municipality_prefix
from portal.languages import in_visitor_language
from portal.text import turkish_contains, turkish_sort_key

from .models import IndicatorPage
from .series import MunicipalitySeries, public_municipalities_at, series_by_indicator

#: Municipalities per page of an indicator's series (each one a chart and a table).
SERIES_PER_PAGE = 10
#: Municipalities per page of an indicator's comparison (one table row each).
COMPARISON_PER_PAGE = 50


@dataclass
class SeriesListing:
    """One page of an indicator's series: the municipalities on it, in Turkish order, among
    those with approved values whose name contains `name` (all when it is empty)."""

    series: list[MunicipalitySeries]
    page: PaginatorPage
    name: str
    with_values: int  # municipalities with approved values, before the name filter


@dataclass
class Comparison:
    """The municipalities on one indicator for one period: each one's latest row in it."""

    periods: list[MonitoringPeriod]  # every period as shown to the visitor, oldest first
    period: MonitoringPeriod | None  # the period shown; None when there is no period at all
    listing: SeriesListing | None  # each series holds only its latest row in the period
    unknown_period: bool  # a period was asked for that does not exist (another one is shown)


def reporting_assessments(
    indicator: IndicatorPage, period: MonitoringPeriod | None = None
) -> QuerySet[AssessmentPage]:
    """The assessments of record that reported values of the indicator (in the period, when
    given)."""
    reported = IndicatorValue.objects.filter(indicator__translation_key=indicator.translation_key)
    assessments = AssessmentPage.objects.of_record().filter(pk__in=reported.values("assessment_id"))
    if period is not None:
        assessments = assessments.filter(period__translation_key=period.translation_key)
    return assessments.order_by()


def municipalities_with_values(
    indicator: IndicatorPage, period: MonitoringPeriod | None = None
) -> list[tuple[str, MunicipalityPage]]:
    """(source path, copy shown) of each public municipality with approved values of the
    indicator (in the period, when given), in Turkish alphabetical order; two queries."""
    prefixes = (
        reporting_assessments(indicator, period)
        .values_list(municipality_prefix("path"), flat=True)
        .distinct()
    )
    sources, shown = public_municipalities_at(prefixes)
    towns = [(path, shown[page.translation_key]) for path, page in sources.items()]
    return sorted(towns, key=lambda town: turkish_sort_key(town[1].title))


def series_listing(
    indicator: IndicatorPage,
    name: str = "",
    page_number: str | int | None = None,
    period: MonitoringPeriod | None = None,
    per_page: int | None = None,
) -> SeriesListing:
    """Page `page_number` (any value Paginator.get_page() takes; out of range is the last page)
    of the indicator's series, only the period's values when given, of the municipalities whose
    name contains `name` (Turkish case rules), `per_page` a page (SERIES_PER_PAGE by default)."""
    towns = municipalities_with_values(indicator, period)
    matching = [town for town in towns if turkish_contains(town[1].title, name)]
    page = Paginator(matching, per_page or SERIES_PER_PAGE).get_page(page_number)
    on_page = [path for path, _page in page.object_list]
    series: list[MunicipalitySeries] = []
    if on_page:
        filters = {"assessment__period__translation_key": period.translation_key} if period else {}
        series = series_by_indicator([indicator], on_page, **filters)[indicator.translation_key]
    return SeriesListing(series=series, page=page, name=name, with_values=len(towns))


def indicator_comparison(
    indicator: IndicatorPage,
    period_id: int | None = None,
    name: str = "",
    page_number: str | int | None = None,
) -> Comparison:
    """The municipalities on the indicator for the period `period_id` (the id of a copy shown
    to the visitor; by default, or when no such period exists, the latest period with approved
    values), each with its latest row in the period, COMPARISON_PER_PAGE a page, filtered by name
    as the series."""
    periods = list(in_visitor_language(MonitoringPeriod.objects.all()))
    chosen = None
    if period_id is not None:
        chosen = next((period for period in periods if period.pk == period_id), None)
    unknown = period_id is not None and chosen is None
    if chosen is None:
        with_data = set(
            reporting_assessments(indicator)
            .values_list("period__translation_key", flat=True)
            .distinct()
        )
        candidates = [period for period in periods if period.translation_key in with_data]
        chosen = candidates[-1] if candidates else (periods[-1] if periods else None)
    listing = None
    if chosen is not None:
        listing = series_listing(indicator, name, page_number, chosen, COMPARISON_PER_PAGE)
        for item in listing.series:
            item.rows = item.rows[-1:]
    return Comparison(periods=periods, period=chosen, listing=listing, unknown_period=unknown)
