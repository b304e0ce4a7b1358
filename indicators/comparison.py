"""The comparison of one indicator across municipalities for one monitoring period.

Every public municipality is a row: those with an approved value in the period ranked by it
(highest first; ties in Turkish alphabetical order), then those without one, which say so.
Rows can be narrowed to a peer group (the municipality's kind), a population band and a part of
the name; the rank is among the rows shown. Each row carries its baseline and target, the gap
between women and men where the indicator is sex-disaggregated, and the value per 100,000
inhabitants where the indicator is a count (IndicatorPage.measure) and the municipality has a
population figure. A count is ranked and drawn either as it is or per 100,000 inhabitants
(ComparisonMeasure); per capita, a municipality without a population figure has no value to
rank and joins the rows without data, saying why.

A row whose value is flagged "not comparable with other municipalities" (plans.data_quality) is
listed with its values and the reason, but neither ranked nor drawn; every flagged value carries
its footnote symbol, explained under the table (Comparison.flag_notes).

Figures (values, kind, population) are read from the source-language pages and approved rows
(the numbers-of-record rule); names are the copies shown to the visitor. Every municipality's
row, ranked, is plain values (indicators.towns.Town, SeriesRow, Goal) kept per indicator, period,
measure, content generation and language (indicators.caching): a request filters, numbers and
pages them, and the downloads read the same rows. A comparison costs the same few queries for 10
municipalities or 1,400. The functions take plain values; reading the query string is
indicators.views' job.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from uuid import UUID

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.http import HttpRequest

from plans.data_quality import FlagNote, flag_notes
from plans.models import MonitoringPeriod, MunicipalityKind
from portal.languages import in_visitor_language
from portal.text import turkish_sort_key

from .caching import public_cached
from .comparison_rows import (
    ComparisonMeasure,
    ComparisonRow,
    Goal,
    IndexedRow,
    PopulationBand,
    RankedRows,
)
from .listing import periods_with_values
from .models import IndicatorPage
from .series import latest_in_period
from .towns import name_matcher, public_towns, site_of

#: Rows per page of the comparison (table rows, and bar groups of the chart).
COMPARISON_PER_PAGE = 50


@dataclass
class Comparison:
    """The municipalities on one indicator for one period, filtered, ranked and paged."""

    indicator: IndicatorPage
    periods: list[MonitoringPeriod]  # every period as shown to the visitor, oldest first
    period: MonitoringPeriod | None  # the period shown; None when there is no period at all
    unknown_period: bool  # a period was asked for that does not exist (another one is shown)
    kept: list[tuple[IndexedRow, int | None]]  # every row the filters keep, with its rank
    page: PaginatorPage  # the page of `rows` shown (ComparisonRows)
    name: str = ""
    kind: str = ""
    band: str = ""
    measure: str = ""  # a ComparisonMeasure value for a count; "" for any other indicator
    municipalities: int = 0  # public municipalities, before the filters
    with_values: int = 0  # of them, with an approved value in the period
    without_population: int = 0  # of those, shown per capita but without a population figure
    not_comparable: int = 0  # rows kept by the filters whose value is not comparable

    @cached_property
    def rows(self) -> list[ComparisonRow]:
        """Every row the filters keep, ranked ones first (made on first use: a page shows only
        `page`)."""
        return [self.unpacked(packed, rank) for packed, rank in self.kept]

    def unpacked(self, indexed: IndexedRow, rank: int | None) -> ComparisonRow:
        """One kept row as a ComparisonRow."""
        kinds = [kind.value for kind in self.indicator.disaggregations]
        row = indexed.row()
        return ComparisonRow.unpacked(row, rank, self.period, kinds, self.per_capita_shown)

    @property
    def ranked(self) -> list[ComparisonRow]:
        """The rows with values on the page shown (the chart's bars): per capita, those with a
        population figure."""
        return [
            row
            for row in self.page.object_list
            if row.row is not None and not row.without_population and not row.not_comparable
        ]

    @property
    def flag_notes(self) -> list[FlagNote]:
        """The footnotes of the flags on the page shown."""
        return flag_notes(flag for row in self.page.object_list for flag in row.flags)

    @property
    def sample_data(self) -> bool:
        """Whether the indicator or any municipality the filters keep is sample (demo) data."""
        return self.indicator.is_sample_data or any(row.is_sample_data for row, _rank in self.kept)

    @property
    def selection(self) -> tuple[object, ...]:
        """What chooses the rows on the page shown (a cache key): the indicator, the period,
        the filters, the measure and the page."""
        page = self.page
        period = self.period.pk if self.period else None
        filters = (self.kind, self.band, self.name, self.measure)
        return (self.indicator.pk, period, *filters, page.number, page.paginator.per_page)

    @property
    def filtered(self) -> bool:
        return bool(self.name or self.kind or self.band)

    @property
    def per_capita(self) -> bool:
        """Whether per-capita values are shown (the indicator is a count)."""
        return self.indicator.is_count

    @property
    def per_capita_shown(self) -> bool:
        """Whether the rows are ranked and drawn per PER_CAPITA_BASE inhabitants."""
        return self.measure == ComparisonMeasure.PER_CAPITA

    @property
    def measure_label(self) -> str:
        """The measure's name ("Sayı", "100.000 kişi başına"); "" for an indicator that is not
        a count."""
        return str(ComparisonMeasure(self.measure).label) if self.measure else ""

    @property
    def disaggregated(self) -> bool:
        return self.indicator.disaggregated_by_sex

    @property
    def value_columns(self) -> int:
        """The table's columns after the municipality's name (a row without a value spans
        them): date, one per disaggregation, gap and ratio, baseline, target, per capita."""
        return (
            1
            + len(self.indicator.disaggregations)
            + (2 if self.disaggregated else 0)
            + 2
            + (1 if self.per_capita else 0)
        )


def chosen_period(
    indicator: IndicatorPage, periods: list[MonitoringPeriod], period_id: int | None
) -> tuple[MonitoringPeriod | None, bool]:
    """The period `period_id` names among `periods` (copies shown), else the latest with
    approved values of the indicator, else the latest; and whether the id named none."""
    chosen = None
    if period_id is not None:
        chosen = next((period for period in periods if period.pk == period_id), None)
    unknown = period_id is not None and chosen is None
    if chosen is None:
        with_data = periods_with_values(indicator)
        candidates = [period for period in periods if period.translation_key in with_data]
        chosen = candidates[-1] if candidates else (periods[-1] if periods else None)
    return chosen, unknown


def _rows(
    indicator: IndicatorPage,
    period: MonitoringPeriod | None,
    per_capita: bool,
    request: HttpRequest | None,
) -> list[ComparisonRow]:
    """Every public municipality with its latest approved row of the indicator in the period
    (None without one), unranked."""
    latest, targets = latest_in_period(indicator, period) if period else ({}, {})
    return [
        ComparisonRow(
            municipality=town,
            row=latest.get(town.path),
            targets={
                target.disaggregation: Goal.of(target)
                for target in targets.get(UUID(town.key), [])
                if town.path in latest
            },
            per_capita_shown=per_capita,
        )
        for town in public_towns(request)
    ]


def shared_ranks(values: Iterable[object]) -> list[int]:
    """The ranks of values ordered highest first: equal values share a rank ("1, 2, 2, 4")."""
    ranks: list[int] = []
    previous = None
    for position, value in enumerate(values, start=1):
        ranks.append(ranks[-1] if ranks and value == previous else position)
        previous = value
    return ranks


def rank(rows: list[ComparisonRow]) -> list[ComparisonRow]:
    """`rows` ordered by total in the measure shown (`ranked_value`), highest first, ties in
    Turkish alphabetical order; then the rows with values but no total (or, per capita, no
    population figure, or a value not comparable), then those without values (both
    alphabetical). Equal totals share a rank ("1, 2, 2, 4")."""
    ranked = sorted(
        (row for row in rows if row.ranked_value is not None),
        key=lambda row: (-row.ranked_value, turkish_sort_key(row.municipality.title)),
    )
    for row, place in zip(ranked, shared_ranks(row.ranked_value for row in ranked), strict=True):
        row.rank = place
    rest = sorted(
        (row for row in rows if row.ranked_value is None),
        key=lambda row: (row.row is None, turkish_sort_key(row.municipality.title)),
    )
    for row in rest:
        row.rank = None
    return [*ranked, *rest]


def _ranked(
    indicator: IndicatorPage,
    period: MonitoringPeriod | None,
    measure: str,
    request: HttpRequest | None,
) -> RankedRows:
    rows = rank(_rows(indicator, period, measure == ComparisonMeasure.PER_CAPITA, request))
    return RankedRows(
        rows=tuple(IndexedRow.of(row.packed()) for row in rows),
        with_values=sum(1 for row in rows if row.row is not None),
        without_population=sum(1 for row in rows if row.without_population),
    )


def ranked_rows(
    indicator: IndicatorPage,
    period: MonitoringPeriod | None,
    measure: str = "",
    request: HttpRequest | None = None,
) -> RankedRows:
    """Every public municipality's row of the indicator in the period, ranked (rank()) in the
    measure (a ComparisonMeasure value, "" for an indicator that is not a count), kept per
    content generation and language (indicators.caching): a filter keeps them in this order
    and numbers them again."""
    return public_cached(
        "indicators.comparison",
        [indicator.pk, period.pk if period else None, measure, site_of(request)],
        lambda: _ranked(indicator, period, measure, request),
    )


def _kept(
    rows: tuple[IndexedRow, ...], name: str, kind: str, band: str
) -> list[tuple[IndexedRow, int | None]]:
    """The rows the filters keep, in order, each with its rank among them (as rank(): rows
    share a rank among all exactly when their values are equal, so their ranks among all
    number them as their values would)."""
    named = name_matcher(name)
    kept = [
        row
        for row in rows
        if (not kind or row.kind == kind)
        and (not band or PopulationBand.of(row.population) == band)
        and (not name or named(row))
    ]
    if len(kept) == len(rows):
        return [(row, row.rank) for row in kept]
    ranked = [row for row in kept if row.rank is not None]  # first, in rank order
    places = shared_ranks(row.rank for row in ranked)
    return [*zip(ranked, places, strict=True), *((row, None) for row in kept[len(ranked) :])]


def indicator_comparison(
    indicator: IndicatorPage,
    period_id: int | None = None,
    name: str = "",
    page_number: str | int | None = None,
    kind: str = "",
    band: str = "",
    per_page: int | None = None,
    measure: str = "",
    request: HttpRequest | None = None,
) -> Comparison:
    """The comparison of the indicator for the period `period_id` (the id of a copy shown to the
    visitor; by default, or when no such period exists, the latest period with approved values),
    of the municipalities of kind `kind` (a MunicipalityKind value; "" for all) in the population
    band `band` (a PopulationBand value; "" for all) whose name contains `name`; page
    `page_number` of COMPARISON_PER_PAGE rows (out of range: the last page). A count is ranked
    in `measure` (a ComparisonMeasure value; by default, or when unknown, as reported); any
    other indicator as reported. Links are made for the request's site."""
    periods = list(in_visitor_language(MonitoringPeriod.objects.all()))
    period, unknown = chosen_period(indicator, periods, period_id)
    kind = kind if kind in MunicipalityKind.values else ""
    band = band if band in PopulationBand.values else ""
    if indicator.is_count:
        measure = measure if measure in ComparisonMeasure.values else ComparisonMeasure.COUNT
    else:
        measure = ""
    everyone = ranked_rows(indicator, period, str(measure), request)
    kept = _kept(everyone.rows, name, kind, band)
    comparison = Comparison(
        indicator=indicator,
        periods=periods,
        period=period,
        unknown_period=unknown,
        kept=kept,
        page=Paginator(kept, per_page or COMPARISON_PER_PAGE).get_page(page_number),
        name=name,
        kind=kind,
        band=band,
        measure=str(measure),
        municipalities=len(everyone.rows),
        with_values=everyone.with_values,
        without_population=everyone.without_population,
        not_comparable=sum(1 for row, _rank in kept if row.not_comparable),
    )
    page = comparison.page
    page.object_list = [comparison.unpacked(row, rank) for row, rank in page.object_list]
    return comparison
