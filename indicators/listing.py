"""Pages of an indicator's series (the comparison of municipalities: indicators.comparison).

At national scale an indicator has values for ~1,400 municipalities: a page picks its
municipalities first from the list of those with values (kept per content generation and
language: indicators.caching) and reads the values of those only, so a page costs the same for
10 municipalities or 1,400. The functions take plain values; reading them from the query string
is the page's job (indicators.views).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from uuid import UUID

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest

from plans.models import AssessmentPage, IndicatorValue, MonitoringPeriod
from plans.tree import municipality_prefix

from .caching import public_cached
from .models import IndicatorPage
from .series import MunicipalitySeries, indicator_page_ids, series_by_indicator
from .towns import Town, name_matcher, public_towns, site_of

#: Municipalities per page of an indicator's series (each one a chart and a table).
SERIES_PER_PAGE = 10


@dataclass
class SeriesListing:
    """One page of an indicator's series: the municipalities on it, in Turkish order, among
    those with approved values whose name contains `name` (all when it is empty). The page's
    objects are indicators.towns.Towns; `series` reads their values on first use."""

    indicator: IndicatorPage
    period: MonitoringPeriod | None
    page: PaginatorPage
    name: str
    with_values: int  # municipalities with approved values, before the name filter

    @property
    def paths(self) -> list[str]:
        """The source paths of the municipalities on the page, in order."""
        return [town.path for town in self.page.object_list]

    @cached_property
    def series(self) -> list[MunicipalitySeries]:
        """The series of the municipalities on the page (the period's values only, when given)."""
        if not self.paths:
            return []
        period = self.period
        filters = {"assessment__period__translation_key": period.translation_key} if period else {}
        found = series_by_indicator([self.indicator], self.paths, **filters)
        return found[self.indicator.translation_key]


def reporting_assessments(
    indicator: IndicatorPage, period: MonitoringPeriod | None = None
) -> QuerySet[AssessmentPage]:
    """The assessments of record that reported values of the indicator (in the period, when
    given)."""
    # The indicator's page ids as a list: as a subquery, PostgreSQL estimated one page and
    # checked every assessment's values (0.4 s at national scale instead of 0.12 s).
    pages = list(indicator_page_ids([indicator]))
    reported = IndicatorValue.objects.filter(indicator_id__in=pages, assessment_id=OuterRef("pk"))
    assessments = AssessmentPage.objects.of_record().filter(Exists(reported))
    if period is not None:
        assessments = assessments.filter(period__translation_key=period.translation_key)
    return assessments.order_by()


def reporting(indicator: IndicatorPage) -> dict[str, frozenset[str]]:
    """{period translation key, as text: the source paths of the municipalities whose assessment
    of record in the period reports the indicator}; one query, kept per content generation."""

    def build() -> dict[str, frozenset[str]]:
        pairs = reporting_assessments(indicator).values_list(
            "period__translation_key", municipality_prefix("path")
        )
        found: dict[str, set[str]] = {}
        for period_key, prefix in pairs.distinct():
            found.setdefault(str(period_key), set()).add(prefix)
        return {key: frozenset(prefixes) for key, prefixes in found.items()}

    return public_cached("indicators.reporting", [indicator.translation_key], build)


def periods_with_values(indicator: IndicatorPage) -> frozenset[UUID]:
    """The translation keys of the periods with approved values of the indicator (kept on their
    own: every comparison reads them, and they are a small part of reporting())."""
    return public_cached(
        "indicators.periods",
        [indicator.translation_key],
        lambda: frozenset(UUID(key) for key in reporting(indicator)),
    )


def _reporting_prefixes(indicator: IndicatorPage, period: MonitoringPeriod | None) -> set[str]:
    """The source paths of the municipalities with assessments of record reporting the
    indicator (in the period, when given)."""
    found = reporting(indicator)
    if period is not None:
        return set(found.get(str(period.translation_key), ()))
    return set().union(*found.values())


def listed_towns(
    indicator: IndicatorPage,
    period: MonitoringPeriod | None = None,
    request: HttpRequest | None = None,
) -> list[Town]:
    """Each public municipality with approved values of the indicator (in the period, when
    given), in Turkish alphabetical order; kept per content generation and language."""

    def build() -> list[Town]:
        reporting = _reporting_prefixes(indicator, period)
        return [town for town in public_towns(request) if town.path in reporting]

    key = [indicator.translation_key, period.translation_key if period else None]
    return public_cached("indicators.listing", [*key, site_of(request)], build)


def series_listing(
    indicator: IndicatorPage,
    name: str = "",
    page_number: str | int | None = None,
    period: MonitoringPeriod | None = None,
    per_page: int | None = None,
    request: HttpRequest | None = None,
) -> SeriesListing:
    """Page `page_number` (any value Paginator.get_page() takes; out of range is the last page)
    of the indicator's series, only the period's values when given, of the municipalities whose
    name contains `name` (Turkish case rules), `per_page` a page (SERIES_PER_PAGE by default)."""
    towns = listed_towns(indicator, period, request)
    named = name_matcher(name)
    matching = [town for town in towns if not name or named(town)]
    page = Paginator(matching, per_page or SERIES_PER_PAGE).get_page(page_number)
    return SeriesListing(
        indicator=indicator, period=period, page=page, name=name, with_values=len(towns)
    )
