"""Pages of an indicator's series (the comparison of municipalities: indicators.comparison).

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
from portal.text import turkish_contains, turkish_sort_key

from .models import IndicatorPage
from .series import MunicipalitySeries, public_municipalities_at, series_by_indicator

#: Municipalities per page of an indicator's series (each one a chart and a table).
SERIES_PER_PAGE = 10


@dataclass
class SeriesListing:
    """One page of an indicator's series: the municipalities on it, in Turkish order, among
    those with approved values whose name contains `name` (all when it is empty)."""

    series: list[MunicipalitySeries]
    page: PaginatorPage
    name: str
    with_values: int  # municipalities with approved values, before the name filter


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
