"""An indicator's approved time series per municipality, with its baseline and target.

Values are read through `IndicatorValue.objects.for_public()` (approved, public, source-language
assessments), so nothing from a draft, in-moderation, rejected or private assessment appears.
Municipalities and periods are shown by the portal's language rule (portal.languages). A call
runs a fixed number of queries, whatever the number of indicators, municipalities or periods.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

from django.db.models import Exists, F, OuterRef, Q, QuerySet

from wagtail.models import Page

from plans.data_quality import FLAG_FIELDS, DataFlag, FlagNote, flag_notes, flags_of
from plans.models import AssessmentPage, IndicatorValue, MonitoringPeriod, MunicipalityPage
from plans.tree import municipality_prefix
from portal.languages import shown_by_key
from portal.locales import active_locale, default_locale
from portal.text import turkish_sort_key

from .models import IndicatorPage, IndicatorTarget


@dataclass(frozen=True)
class SeriesCell:
    """One table cell: a value (None when missing) and its data-quality flags."""

    value: Decimal | None
    flags: tuple[DataFlag, ...] = ()

    @property
    def symbols(self) -> str:
        """The flags' footnote symbols ("e,p"), empty when there is none."""
        return ",".join(flag.symbol for flag in self.flags)


@dataclass
class SeriesRow:
    """One date of a municipality's series: a value per disaggregation (None when missing) and
    the data-quality flags of the values that have some."""

    date: date
    period: MonitoringPeriod  # the copy shown to the visitor
    values: dict[str, Decimal | None]  # in the indicator's disaggregation order
    flags: dict[str, tuple[DataFlag, ...]] = field(default_factory=dict)

    @property
    def cells(self) -> list[Decimal | None]:
        """The values in the indicator's disaggregation order."""
        return list(self.values.values())

    @property
    def flagged_cells(self) -> list[SeriesCell]:
        """The values with their flags, in the indicator's disaggregation order (table cells)."""
        return [SeriesCell(value, self.flags.get(kind, ())) for kind, value in self.values.items()]


@dataclass
class MunicipalitySeries:
    """An indicator's approved values for one municipality, with its baseline and target."""

    municipality: MunicipalityPage  # the copy shown to the visitor
    rows: list[SeriesRow]
    targets: list[IndicatorTarget]

    @property
    def latest(self) -> SeriesRow | None:
        return self.rows[-1] if self.rows else None

    @property
    def flag_notes(self) -> list[FlagNote]:
        """The footnotes of the flags its values carry."""
        return flag_notes(
            flag for row in self.rows for flags in row.flags.values() for flag in flags
        )


def public_municipalities_at(
    paths: Iterable[str],
) -> tuple[dict[str, MunicipalityPage], dict[UUID, MunicipalityPage]]:
    """The public municipality pages at the given (source-language) tree paths, by path, and the
    copy of each shown to the visitor (portal.languages: its public copy in the visitor's
    language, else itself), by translation key; one query, by the pages' translation keys and
    languages (with the paths OR the keys as its condition, PostgreSQL read every page)."""
    prefixes = set(paths)
    if not prefixes:
        return {}, {}
    active = active_locale()
    keys = MunicipalityPage.objects.filter(path__in=prefixes).values("translation_key")
    candidates = MunicipalityPage.objects.for_public().filter(
        translation_key__in=keys, locale_id__in={default_locale().pk, active.pk}
    )
    sources, shown = {}, {}
    for page in candidates.order_by("path"):
        if page.path in prefixes:
            sources[page.path] = page
        if page.locale_id == active.pk:
            shown[page.translation_key] = page
    for page in sources.values():
        shown.setdefault(page.translation_key, page)
    return sources, shown


def _values_of_record(
    indicators: list[IndicatorPage], municipality_paths: Iterable[str] | None = None, **filters: Any
) -> list[Any]:
    """Approved values of the indicators (under the given municipalities only, when given); where
    two periods report the same date and disaggregation of an indicator, the later period's value
    wins (a correction).

    Light rows rather than model instances (at national scale a page reads thousands): each has
    indicator_key (the indicator's translation key), prefix (the municipality's path),
    period_key (the period's translation key), date, disaggregation, value and the flag_* fields.
    """
    if municipality_paths is None:
        values = IndicatorValue.objects.for_public()
    else:
        # The ids of the municipalities' assessments of record first (a few each; LIKE 'prefix%'
        # uses the path index), then their values by the assessment index: with the condition
        # inside one query, PostgreSQL estimated one row and read every value of the indicators
        # (830,000 at national scale, 1.2 s) before filtering them.
        under = Q(pk__in=[])
        for path in municipality_paths:
            under |= Q(path__startswith=path)
        values = _values_of_assessments(AssessmentPage.objects.of_record().filter(under))
    return _latest_values(values.filter(indicator_id__in=indicator_page_ids(indicators), **filters))


def indicator_page_ids(indicators: Iterable[IndicatorPage]) -> QuerySet[Page]:
    """The ids of the indicators' pages in every language (a subquery; list() it where the
    estimate of one page misleads PostgreSQL), to filter values by: a join on the indicator's
    translation key was estimated at one row, which made PostgreSQL read every value of the
    indicators first."""
    keys = {indicator.translation_key for indicator in indicators}
    return Page.objects.filter(translation_key__in=keys).order_by().values_list("pk", flat=True)


def _values_of_assessments(assessments: QuerySet[AssessmentPage]) -> QuerySet[IndicatorValue]:
    """The values of these assessments (of record: the rule of IndicatorValue.for_public()), by
    the literal list of their ids: the public rule as a subquery made PostgreSQL check every
    assessment's privacy (70 ms at national scale) instead of these only."""
    return IndicatorValue.objects.filter(
        assessment_id__in=list(assessments.order_by().values_list("pk", flat=True))
    )


def _latest_values(values: QuerySet[IndicatorValue]) -> list[Any]:
    """The light rows of _values_of_record, the later period's value of a date winning."""
    rows = (
        values.annotate(
            indicator_key=F("indicator__translation_key"),
            prefix=municipality_prefix("assessment__path"),
            period_key=F("assessment__period__translation_key"),
        )
        .order_by("assessment__period__start_date", "pk")
        .values_list(
            "indicator_key",
            "prefix",
            "period_key",
            "date",
            "disaggregation",
            "value",
            *FLAG_FIELDS,
            named=True,
        )
    )
    latest = {(row.indicator_key, row.prefix, row.date, row.disaggregation): row for row in rows}
    return list(latest.values())


def _targets_by_key(
    indicators: list[IndicatorPage], municipality_keys: Iterable[UUID] | None = None
) -> dict[tuple[UUID, UUID], list[IndicatorTarget]]:
    """{(indicator key, municipality key): targets} of each indicator's source-language page
    (an indicator without one keeps its own), as source_of(indicator).targets, for the
    municipalities of the given translation keys only (all when None); one query."""
    default = default_locale()
    has_source = Exists(
        IndicatorPage.objects.filter(
            translation_key=OuterRef("page__translation_key"), locale=default
        )
    )
    rows = IndicatorTarget.objects.filter(
        Q(page__translation_key__in={indicator.translation_key for indicator in indicators})
        & Q(page__locale=default)
        | Q(page_id__in=[indicator.pk for indicator in indicators])
    )
    if municipality_keys is not None:
        rows = rows.filter(municipality__translation_key__in=set(municipality_keys))
    rows = rows.annotate(
        indicator_key=F("page__translation_key"),
        page_locale_id=F("page__locale_id"),
        has_source=has_source,
        municipality_key=F("municipality__translation_key"),
    ).order_by("sort_order", "pk")
    targets: dict[tuple[UUID, UUID], list[IndicatorTarget]] = defaultdict(list)
    for target in rows:
        if target.page_locale_id == default.pk or not target.has_source:
            targets[(target.indicator_key, target.municipality_key)].append(target)
    return targets


def _rows_by_prefix(
    indicator: IndicatorPage, values: Iterable[Any], periods: dict[UUID, MonitoringPeriod]
) -> dict[str, list[SeriesRow]]:
    """{municipality path: its rows of the indicator, oldest first} from _values_of_record's
    light rows (`periods`: the copies shown, by translation key)."""
    key = indicator.translation_key
    rows: dict[str, dict[date, SeriesRow]] = defaultdict(dict)
    for value in values:
        if value.indicator_key != key:
            continue
        row = rows[value.prefix].setdefault(
            value.date,
            SeriesRow(
                value.date,
                periods[value.period_key],
                {kind.value: None for kind in indicator.disaggregations},
            ),
        )
        row.values[value.disaggregation] = value.value
        flags = tuple(flags_of(value))
        if flags:
            row.flags[value.disaggregation] = flags
    return {
        path: sorted(by_date.values(), key=lambda row: row.date) for path, by_date in rows.items()
    }


def series_by_indicator(
    indicators: Iterable[IndicatorPage],
    municipality_paths: Iterable[str] | None = None,
    **filters: Any,
) -> dict[UUID, list[MunicipalitySeries]]:
    """{indicator translation key: indicator_series(indicator, …)} for several indicators, in the
    same few queries as for one; only the municipalities at `municipality_paths`, when given."""
    indicators = list(indicators)
    if not indicators:
        return {}
    values = _values_of_record(indicators, municipality_paths, **filters)
    municipalities, shown = public_municipalities_at(value.prefix for value in values)
    periods = shown_by_key(MonitoringPeriod.objects.all(), {value.period_key for value in values})
    towns = municipalities.values()
    targets = _targets_by_key(indicators, (town.translation_key for town in towns))

    result = {}
    for indicator in indicators:
        key = indicator.translation_key
        rows = _rows_by_prefix(indicator, values, periods)
        series = [
            MunicipalitySeries(
                municipality=shown[municipality.translation_key],
                rows=rows[path],
                targets=targets.get((key, municipality.translation_key), []),
            )
            for path, municipality in municipalities.items()
            if path in rows
        ]
        result[key] = sorted(series, key=lambda item: turkish_sort_key(item.municipality.title))
    return result


def indicator_series(indicator: IndicatorPage, **filters: Any) -> list[MunicipalitySeries]:
    """Per municipality, the indicator's approved time series, in Turkish alphabetical order.

    `filters` restrict the values further (e.g. to one period's assessments).
    """
    return series_by_indicator([indicator], **filters)[indicator.translation_key]


def latest_in_period(
    indicator: IndicatorPage, period: MonitoringPeriod
) -> tuple[dict[str, SeriesRow], dict[UUID, list[IndicatorTarget]]]:
    """What the comparison shows of every municipality: by the path of its source-language page,
    its latest approved row of the indicator in the period (`period`: the copy shown, each row's
    period), where it has one; and the targets of every municipality by its translation key.
    Four queries, whatever the number of municipalities."""
    assessments = AssessmentPage.objects.of_record().filter(
        period__translation_key=period.translation_key
    )
    # The indicator's page ids as a list (as a subquery, PostgreSQL estimated one page and read
    # the values of every period).
    pages = list(indicator_page_ids([indicator]))
    values = _values_of_assessments(assessments).filter(indicator_id__in=pages)
    rows = _rows_by_prefix(indicator, _latest_values(values), {period.translation_key: period})
    targets = {
        municipality: found
        for (_indicator, municipality), found in _targets_by_key([indicator]).items()
    }
    return {path: found[-1] for path, found in rows.items()}, targets
