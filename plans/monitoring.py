"""What the public may see of monitoring results, read for pages, exports and (later) the API.

Every function here reads rows through the for_public() helpers of plans.models, so nothing from a
draft, in-moderation, rejected or private assessment can appear. Numbers are read from the
source-language assessments (AssessmentPage.objects.of_record()); titles and names are shown in the
visitor's language by matching translation keys. Each function runs a fixed number of queries,
whatever the number of actions, indicators or periods.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, TypeVar
from uuid import UUID

from django.core.paginator import Page as PaginatorPage
from django.core.paginator import Paginator
from django.db.models import Exists, F, Model, OuterRef, Q, QuerySet
from django.db.models.functions import Substr
from django.db.models.lookups import In
from django.http import QueryDict
from django.utils.translation import gettext as _

from wagtail.models import Page

from indicators.models import IndicatorPage, IndicatorTarget
from plans.models import (
    ActionAssessment,
    ActionPage,
    AssessmentPage,
    IndicatorValue,
    MonitoringPeriod,
    MunicipalityPage,
    PlanObjective,
    PlanPage,
    ThematicArea,
)
from plans.scales import ActionStatus
from portal.locales import active_locale, default_locale
from portal.models import view_restricted
from portal.pagination import PAGE_PARAM, PageLink, pagination_links
from portal.text import natural_sort_key, turkish_contains, turkish_sort_key

M = TypeVar("M", bound=Model)

# Root (1) → home (2) → municipality index (3) → municipality (4); the tree rules fix this depth.
MUNICIPALITY_DEPTH = 4


def municipality_path(path: str) -> str:
    """The tree path of the municipality a page (at or below it) belongs to."""
    return path[: Page.steplen * MUNICIPALITY_DEPTH]


def source_of(page: Page) -> Page:
    """The page's version in the source language (itself when it is the source)."""
    default = default_locale()
    if page.locale_id == default.pk:
        return page
    return page.get_translation_or_none(default) or page


def localized_by_key(model: type[M], items: Iterable[Any]) -> dict[UUID, M]:
    """{translation_key: object in the active language} for the given translatable objects.

    One query instead of one `.localized` per object, and none when every object already is in
    the active language; objects without a translation map to themselves.
    """
    items = [item for item in items if item is not None]
    found = {item.translation_key: item for item in items}
    locale = active_locale()
    keys = {
        item.translation_key
        for item in items
        if not (isinstance(item, model) and item.locale_id == locale.pk)
    }
    if keys:
        manager = model._default_manager  # type: ignore[attr-defined]
        for translated in manager.filter(translation_key__in=keys, locale=locale):
            found[translated.translation_key] = translated
    return found


def public_in_active_language(model: type[M], pages: Iterable[Any]) -> list[M]:
    """The given pages in the visitor's language (the source page where untranslated), keeping
    only live, public ones, in the given order. Two queries, whatever the number of pages."""
    pages = [page for page in pages if page is not None]
    shown = localized_by_key(model, pages)
    candidates = [shown[page.translation_key] for page in pages]
    public = model.objects.for_public().in_bulk([page.pk for page in candidates])  # type: ignore[attr-defined]
    return [public[page.pk] for page in candidates if page.pk in public]


# Plans and actions -------------------------------------------------------------------------------


@dataclass
class ActionItem:
    """An action with its latest approved row (None when no approved assessment covers it)."""

    page: ActionPage
    latest: ActionAssessment | None


@dataclass
class ObjectiveGroup:
    """An objective of the plan and its actions."""

    objective: PlanObjective | None
    actions: list[ActionItem] = field(default_factory=list)


@dataclass
class AreaGroup:
    """A thematic area and the plan's objectives in it."""

    area: ThematicArea | None
    objectives: list[ObjectiveGroup] = field(default_factory=list)


def latest_action_rows(action_keys: Iterable[UUID]) -> dict[UUID, ActionAssessment]:
    """{action translation key: the row of the latest approved period} for the given actions.

    The latest row of each action is picked from light (key, id) pairs, then only those rows are
    read whole: an action has a row per period, ten years of them at national scale."""
    public = ActionAssessment.objects.for_public().filter(
        action__translation_key__in=list(action_keys)
    )
    pairs = public.order_by("assessment__period__start_date", "pk").values_list(
        "action__translation_key", "pk"
    )
    latest = dict(pairs)  # later periods overwrite earlier ones
    rows = ActionAssessment.objects.filter(pk__in=latest.values()).select_related(
        "action", "assessment__period"
    )
    return {row.action.translation_key: row for row in rows}


def plan_overview(plan: PlanPage) -> list[AreaGroup]:
    """Areas → objectives → actions of a plan, each action with its latest approved status."""
    actions = list(ActionPage.objects.child_of(plan).for_public().order_by("path"))
    latest = latest_action_rows(action.translation_key for action in actions)
    objectives = list(plan.objectives.select_related("area"))
    areas = localized_by_key(ThematicArea, [objective.area for objective in objectives])

    by_objective: dict[str, ObjectiveGroup] = {
        objective.code: ObjectiveGroup(objective) for objective in objectives
    }
    unassigned = ObjectiveGroup(None)
    for action in sorted(actions, key=lambda page: natural_sort_key(page.code)):
        group = by_objective.get(action.objective_code, unassigned)
        group.actions.append(ActionItem(action, latest.get(action.translation_key)))

    groups: dict[UUID | None, AreaGroup] = {}
    for objective in objectives:
        key = objective.area.translation_key if objective.area else None
        area = areas.get(key) if key else None
        groups.setdefault(key, AreaGroup(area)).objectives.append(by_objective[objective.code])
    if unassigned.actions:
        groups.setdefault(None, AreaGroup(None)).objectives.append(unassigned)
    return list(groups.values())


@dataclass
class HistoryEntry:
    """An action's row in one approved assessment, with the period in the visitor's language."""

    period: MonitoringPeriod
    row: ActionAssessment


def action_history(action: ActionPage) -> list[HistoryEntry]:
    """The action's status in each approved assessment, oldest period first."""
    rows = list(
        ActionAssessment.objects.for_public()
        .filter(action__translation_key=action.translation_key)
        .select_related("assessment__period")
        .order_by("assessment__period__start_date")
    )
    periods = localized_by_key(MonitoringPeriod, [row.assessment.period for row in rows])
    return [HistoryEntry(periods[row.assessment.period.translation_key], row) for row in rows]


def assessment_rows(assessment: AssessmentPage) -> dict[str, Any]:
    """Rows of an assessment page, from its approved source-language version only."""
    source = source_of(assessment)
    action_rows = list(
        ActionAssessment.objects.for_public()
        .filter(assessment=source)
        .select_related("action")
        .order_by("sort_order")
    )
    actions = localized_by_key(ActionPage, [row.action for row in action_rows])
    values = list(
        IndicatorValue.objects.for_public()
        .filter(assessment=source)
        .select_related("indicator")
        .order_by("indicator__code", "date", "disaggregation")
    )
    indicators = localized_by_key(IndicatorPage, [value.indicator for value in values])
    return {
        "action_rows": [
            (actions.get(row.action.translation_key) if row.action else None, row)
            for row in action_rows
        ],
        "indicator_rows": [
            (indicators[value.indicator.translation_key], value) for value in values
        ],
        "status_counts": status_counts(row.status for row in action_rows),
    }


@dataclass
class StatusCount:
    """How many actions have a status."""

    status: ActionStatus
    count: int


def status_counts(statuses: Iterable[str]) -> list[StatusCount]:
    """Counts per status in the scale's order, zero counts included."""
    counter = Counter(statuses)
    return [StatusCount(status, counter.get(status.value, 0)) for status in ActionStatus]


# Municipalities ----------------------------------------------------------------------------------


@dataclass
class MunicipalitySummary:
    """What a municipality page shows about monitoring."""

    plans: list[PlanPage]
    assessment: AssessmentPage | None  # the latest approved, in the visitor's language if live
    status_counts: list[StatusCount]
    average_progress: Decimal | None
    action_count: int


def municipality_summary(municipality: MunicipalityPage) -> MunicipalitySummary:
    """Plans, and status counts and progress from the latest approved assessment."""
    plans = list(PlanPage.objects.child_of(municipality).for_public().order_by("-start_year"))
    source = source_of(municipality)
    latest = (
        AssessmentPage.objects.of_record()
        .descendant_of(source)
        .select_related("period")
        .order_by("-period__start_date", "-pk")
        .first()
    )
    if latest is None:
        return MunicipalitySummary(plans, None, [], None, 0)
    rows = list(ActionAssessment.objects.for_public().filter(assessment=latest).values_list(
        "status", "progress"
    ))  # fmt: skip
    progress = [Decimal(value) for _status, value in rows]
    average = (sum(progress) / len(progress)).quantize(Decimal("1")) if progress else None
    shown = latest.get_translation_or_none(active_locale())
    if shown is None or not shown.live:
        shown = latest
    return MunicipalitySummary(
        plans=plans,
        assessment=shown.specific if shown is not latest else latest,
        status_counts=status_counts(status for status, _value in rows),
        average_progress=average,
        action_count=len(rows),
    )


# Indicators --------------------------------------------------------------------------------------


@dataclass
class SeriesRow:
    """One date of a municipality's series: a value per disaggregation (None when missing)."""

    date: Any
    period: MonitoringPeriod
    values: dict[str, Decimal | None]  # in the indicator's disaggregation order

    @property
    def cells(self) -> list[Decimal | None]:
        """The values in the indicator's disaggregation order (table cells)."""
        return list(self.values.values())


@dataclass
class MunicipalitySeries:
    """An indicator's approved values for one municipality, with its baseline and target."""

    municipality: MunicipalityPage
    rows: list[SeriesRow]
    targets: list[IndicatorTarget]

    @property
    def latest(self) -> SeriesRow | None:
        return self.rows[-1] if self.rows else None


def _municipalities_by_path(
    assessment_paths: Iterable[str],
) -> tuple[dict[str, MunicipalityPage], dict[UUID, MunicipalityPage]]:
    """The live, public municipality pages the assessments lie under, by path, and each one in
    the visitor's language (as localized_by_key), by translation key; one query for both."""
    prefixes = {municipality_path(path) for path in assessment_paths}
    if not prefixes:
        return {}, {}
    locale = active_locale()
    under = MunicipalityPage.objects.filter(path__in=prefixes)
    translated = Q(locale=locale, translation_key__in=under.values("translation_key"))
    candidates = (
        MunicipalityPage.objects.filter(Q(path__in=prefixes) | translated)
        .annotate(restricted=view_restricted())
        .order_by("path")
    )
    sources, shown = {}, {}
    for page in candidates:
        if page.path in prefixes and page.live and not page.restricted:
            sources[page.path] = page
        if page.locale_id == locale.pk:
            shown[page.translation_key] = page
    for page in sources.values():
        shown.setdefault(page.translation_key, page)
    return sources, shown


def municipality_prefix(lookup: str) -> Substr:
    """municipality_path() as an SQL expression over the path `lookup`."""
    return Substr(lookup, 1, Page.steplen * MUNICIPALITY_DEPTH)


def _values_of_record(
    indicators: list[IndicatorPage], municipality_paths: Iterable[str] | None = None, **filters: Any
) -> list[Any]:
    """Approved values of the indicators (under the given municipalities only, when given); where
    two periods report the same date and disaggregation of an indicator, the later period's value
    wins (a correction).

    Light rows rather than model instances (at national scale a page reads thousands): each has
    indicator_key (the indicator's translation key), prefix (the municipality's path),
    period_key (the period's id), date, disaggregation and value.
    """
    values = IndicatorValue.objects.for_public().filter(
        indicator__translation_key__in=[indicator.translation_key for indicator in indicators],
        **filters,
    )
    if municipality_paths is not None:
        values = values.filter(
            In(municipality_prefix("assessment__path"), list(municipality_paths))
        )
    rows = (
        values.annotate(
            indicator_key=F("indicator__translation_key"),
            prefix=municipality_prefix("assessment__path"),
            period_key=F("assessment__period_id"),
        )
        .order_by("assessment__period__start_date", "pk")
        .values_list(
            "indicator_key", "prefix", "period_key", "date", "disaggregation", "value", named=True
        )
    )
    latest = {(row.indicator_key, row.prefix, row.date, row.disaggregation): row for row in rows}
    return list(latest.values())


def _targets_by_key(
    indicators: list[IndicatorPage], municipalities: Iterable[MunicipalityPage]
) -> dict[tuple[UUID, UUID], list[Any]]:
    """{(indicator key, municipality key): targets} of each indicator's source-language page
    (an indicator without one keeps its own), as source_of(indicator).targets, for the given
    municipalities only; one query."""
    default = default_locale()
    has_source = Exists(
        IndicatorPage.objects.filter(
            translation_key=OuterRef("page__translation_key"), locale=default
        )
    )
    rows = (
        IndicatorTarget.objects.filter(
            Q(page__translation_key__in={indicator.translation_key for indicator in indicators})
            & Q(page__locale=default)
            | Q(page_id__in=[indicator.pk for indicator in indicators]),
            municipality__translation_key__in={town.translation_key for town in municipalities},
        )
        .annotate(
            indicator_key=F("page__translation_key"),
            page_locale_id=F("page__locale_id"),
            has_source=has_source,
        )
        .select_related("municipality")
        .order_by("sort_order", "pk")
    )
    targets: dict[tuple[UUID, UUID], list[IndicatorTarget]] = defaultdict(list)
    for target in rows:
        if target.page_locale_id == default.pk or not target.has_source:
            targets[(target.indicator_key, target.municipality.translation_key)].append(target)
    return targets


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
    municipalities, shown = _municipalities_by_path(value.prefix for value in values)
    sources = MonitoringPeriod.objects.in_bulk({value.period_key for value in values})
    periods = localized_by_key(MonitoringPeriod, sources.values())
    targets = _targets_by_key(indicators, municipalities.values())

    result = {}
    for indicator in indicators:
        key = indicator.translation_key
        rows: dict[str, dict[Any, SeriesRow]] = defaultdict(dict)
        for value in values:
            if value.indicator_key != key or value.prefix not in municipalities:
                continue
            row = rows[value.prefix].setdefault(
                value.date,
                SeriesRow(
                    value.date,
                    periods[sources[value.period_key].translation_key],
                    {kind.value: None for kind in indicator.disaggregations},
                ),
            )
            row.values[value.disaggregation] = value.value
        series = [
            MunicipalitySeries(
                municipality=shown[municipality.translation_key],
                rows=sorted(rows[path].values(), key=lambda row: row.date),
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


#: Municipalities per page of an indicator's series (each one a chart and a table).
SERIES_PER_PAGE = 10
#: Municipalities per page of an indicator's comparison (one table row each).
COMPARISON_PER_PAGE = 50
#: Query parameters (Turkish, like the URLs): a part of a municipality's name; a period's id.
NAME_PARAM = "belediye"
PERIOD_PARAM = "donem"


@dataclass
class SeriesListing:
    """One page of an indicator's series: the municipalities on it, in Turkish order, among
    those with approved values whose name matches `name` (all when it is empty)."""

    series: list[MunicipalitySeries]
    page: PaginatorPage
    links: list[PageLink]
    name: str
    with_values: int  # municipalities with approved values, before the name filter


def _reporting_assessments(
    indicator: IndicatorPage, period: MonitoringPeriod | None = None
) -> QuerySet[AssessmentPage]:
    """The assessments of record that reported values of the indicator (in the period, when
    given): there are far fewer of them than values, so lists are picked here."""
    reported = IndicatorValue.objects.filter(indicator__translation_key=indicator.translation_key)
    assessments = AssessmentPage.objects.of_record().filter(pk__in=reported.values("assessment_id"))
    if period is not None:
        assessments = assessments.filter(period__translation_key=period.translation_key)
    return assessments.order_by()


def municipalities_with_values(
    indicator: IndicatorPage, period: MonitoringPeriod | None = None
) -> list[tuple[str, MunicipalityPage]]:
    """(source path, page in the visitor's language) of each public municipality with approved
    values of the indicator (in the period, when given), in Turkish alphabetical order; two
    queries."""
    prefixes = (
        _reporting_assessments(indicator, period)
        .values_list(municipality_prefix("path"), flat=True)
        .distinct()
    )
    sources, shown = _municipalities_by_path(prefixes)
    towns = [(path, shown[page.translation_key]) for path, page in sources.items()]
    return sorted(towns, key=lambda town: turkish_sort_key(town[1].title))


def indicator_series_listing(
    indicator: IndicatorPage,
    params: QueryDict,
    period: MonitoringPeriod | None = None,
    per_page: int | None = None,
) -> SeriesListing:
    """The page `?sayfa=` of the indicator's series (only the period's values, when given),
    filtered by `?belediye=` (a part of the name; Turkish case rules), `per_page` municipalities
    a page (SERIES_PER_PAGE by default). The municipalities are
    picked before their values are read, so a page costs the same for 10 municipalities or
    1,400."""
    name = params.get(NAME_PARAM, "").strip()
    towns = municipalities_with_values(indicator, period)
    matching = [town for town in towns if turkish_contains(town[1].title, name)]
    page = Paginator(matching, per_page or SERIES_PER_PAGE).get_page(params.get(PAGE_PARAM))
    on_page = [path for path, _page in page.object_list]
    series: list[MunicipalitySeries] = []
    kept: dict[str, object] = {NAME_PARAM: name}
    if period is not None:
        kept[PERIOD_PARAM] = period.pk
    if on_page:
        filters = {"assessment__period__translation_key": period.translation_key} if period else {}
        series = series_by_indicator([indicator], on_page, **filters)[indicator.translation_key]
    return SeriesListing(
        series=series,
        page=page,
        links=pagination_links(page, kept),
        name=name,
        with_values=len(towns),
    )


def indicator_comparison(indicator: IndicatorPage, params: QueryDict) -> dict[str, Any]:
    """The municipalities on one indicator for one period (`?donem=`, the latest with data by
    default): each one's latest row in the period, 50 a page, filtered by name as the series."""
    period_param = params.get(PERIOD_PARAM)
    periods = list(MonitoringPeriod.objects.filter(locale=active_locale()))
    chosen = None
    if period_param and period_param.isdigit():
        chosen = next((period for period in periods if period.pk == int(period_param)), None)
    error = _("Böyle bir izleme dönemi yok.") if period_param and chosen is None else ""
    if chosen is None:
        with_data = set(
            _reporting_assessments(indicator)
            .values_list("period__translation_key", flat=True)
            .distinct()
        )
        candidates = [period for period in periods if period.translation_key in with_data]
        chosen = candidates[-1] if candidates else (periods[-1] if periods else None)
    listing = None
    if chosen is not None:
        listing = indicator_series_listing(indicator, params, chosen, COMPARISON_PER_PAGE)
        for item in listing.series:
            item.rows = item.rows[-1:]
    return {
        "periods": periods,
        "chosen_period": chosen,
        "comparison": listing.series if listing else [],
        "listing": listing,
        "name_param": NAME_PARAM,
        "period_error": error,
        "disaggregations": indicator.disaggregations,
    }
