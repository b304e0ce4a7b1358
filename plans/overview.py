"""The "at a glance" reads: key figures of the home page, a municipality's indicator overview and
progress across periods, an action's timeline (issue 18 §1).

Every figure comes from approved data only: assessments through `AssessmentPage.objects
.of_record()` (public, source-language), rows through their `for_public()` helpers, so a draft,
in-moderation, rejected or private assessment never reaches a figure. Names and titles are shown by
the portal's language rule (portal.languages). Each function runs a fixed number of queries,
whatever the number of municipalities, actions, indicators or periods.

Chart geometry is computed here (plain numbers in a fixed coordinate space) so the templates only
place SVG shapes; every chart is drawn beside a table carrying the same numbers.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any
from uuid import UUID

from django.apps import apps
from django.db.models import Case, Count, F, Max, When, Window
from django.utils import timezone

from wagtail.models import Page

from plans.data_quality import DataFlag, FlagNote, flag_notes
from plans.models import (
    ActionAssessment,
    ActionPage,
    AssessmentPage,
    IndicatorValue,
    MonitoringPeriod,
    MunicipalityPage,
    PlanPage,
)
from plans.models.assessment import indicator_model
from plans.monitoring import HistoryEntry, StatusCount, action_history, status_counts
from plans.scales import ActionStatus
from plans.tree import (
    MUNICIPALITY_DEPTH,
    PLAN_DEPTH,
    first_of_each,
    latest_first,
    municipality_path,
    plan_path,
    plan_prefix,
    source_of,
)
from portal.languages import in_visitor_language, shown_by_key
from portal.locales import default_locale
from portal.models import public_pages
from portal.text import natural_sort_key

if TYPE_CHECKING:
    from indicators.models import IndicatorPage

#: How many municipalities the home page's table of latest assessments lists.
HOME_LATEST_ASSESSMENTS = 10
#: How many news items the home page shows.
HOME_NEWS = 3
#: Width of the charts' coordinate space (the SVG scales to its container).
CHART_WIDTH = 300


# Shared geometry ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """One status's part of a stacked bar: its count, and its x offset and width in chart units."""

    status: ActionStatus
    count: int
    x: float
    width: float


def stacked_segments(counts: Sequence[StatusCount], width: int = CHART_WIDTH) -> list[Segment]:
    """The non-empty statuses of `counts` laid side by side over `width`, in the scale's order."""
    total = sum(item.count for item in counts)
    segments, x = [], 0.0
    for item in counts:
        if item.count and total:
            part = round(width * item.count / total, 1)
            segments.append(Segment(item.status, item.count, x, part))
            x = round(x + part, 1)
    return segments


def share(part: int, whole: int) -> int | None:
    """`part` of `whole` as a whole percentage (None without a whole)."""
    return round(100 * part / whole) if whole else None


# Home page ---------------------------------------------------------------------------------------


@dataclass
class LatestAssessment:
    """A municipality's latest approved assessment, as the home page's table lists it."""

    municipality: Page  # the copy shown to the visitor (its title and URL)
    assessment: Page  # the copy shown to the visitor (its URL)
    period: MonitoringPeriod  # the copy shown to the visitor
    approved_at: datetime | None
    action_count: int
    completed: int

    @property
    def completed_share(self) -> int | None:
        """The share of the assessment's actions completed, in percent."""
        return share(self.completed, self.action_count)


@dataclass
class KeyFigures:
    """The home page's figures, from the latest approved assessment of each plan."""

    municipalities: int  # public municipalities with at least one approved assessment
    plans: int  # public plans (source language)
    status_counts: list[StatusCount]
    latest: list[LatestAssessment]  # the most recently approved, at most HOME_LATEST_ASSESSMENTS
    is_sample_data: bool  # whether any assessment counted is demo content

    @property
    def action_count(self) -> int:
        """Actions assessed in the latest approved assessment of their plan."""
        return sum(item.count for item in self.status_counts)

    @property
    def completed_share(self) -> int | None:
        """The share of those actions completed, in percent."""
        completed = sum(
            item.count for item in self.status_counts if item.status == ActionStatus.COMPLETED
        )
        return share(completed, self.action_count)

    @property
    def segments(self) -> list[Segment]:
        """The status counts as one stacked bar."""
        return stacked_segments(self.status_counts)


def _latest_of_each_plan(municipalities: dict[str, UUID]) -> list[Any]:
    """The latest approved (public, source-language) assessment of each plan under the
    `municipalities` (path: translation key): the latest period, then the later approval, then
    the later page (a never published page first, as PostgreSQL orders NULL descending); one
    row per plan from the database (plans.tree.first_of_each)."""
    approved = AssessmentPage.objects.of_record().annotate(
        period_key=F("period__translation_key"),
        period_start=F("period__start_date"),
        # Whether any approved assessment of the plan, of any period, is demo content.
        plan_has_sample=Window(
            Max(Case(When(is_sample_data=True, then=1), default=0)),
            partition_by=[plan_prefix("path")],
        ),
    )
    rows = first_of_each(
        approved, plan_prefix("path"), *latest_first("period_start", "last_published_at", "pk")
    ).values_list(
        "pk",
        "path",
        "translation_key",
        "period_key",
        "period_start",
        "last_published_at",
        "plan_has_sample",
        named=True,
    )
    return [row for row in rows if municipality_path(row.path) in municipalities]


def _approval_order(row: Any) -> tuple[Any, ...]:
    """The order of _latest_of_each_plan's rows (period, approval with NULL last, page)."""
    return (row.period_start, row.last_published_at is None, row.last_published_at, row.pk)


def key_figures() -> KeyFigures:
    """Municipalities monitored, plans, actions by status and the latest approved assessment per
    municipality, from approved, public, source-language assessments only. Six queries."""
    default = default_locale()
    municipalities = dict(
        MunicipalityPage.objects.for_public()
        .filter(locale=default, depth=MUNICIPALITY_DEPTH)
        .values_list("path", "translation_key")
    )
    latest_of_plan = _latest_of_each_plan(municipalities)
    latest_of_town: dict[str, Any] = {}
    for row in sorted(latest_of_plan, key=_approval_order):
        latest_of_town[municipality_path(row.path)] = row  # later ones overwrite earlier ones
    counts: dict[int, Counter[str]] = defaultdict(Counter)
    rows = (
        ActionAssessment.objects.filter(assessment_id__in=[row.pk for row in latest_of_plan])
        .values_list("assessment_id", "status")
        .annotate(count=Count("pk"))
        .order_by()
    )
    for assessment_id, status, count in rows:
        counts[assessment_id][status] += count
    overall: Counter[str] = Counter()
    for row in latest_of_plan:
        overall.update(counts[row.pk])

    recent = sorted(
        latest_of_town.values(),
        key=lambda row: (row.last_published_at is not None, row.last_published_at),
        reverse=True,
    )[:HOME_LATEST_ASSESSMENTS]
    town_key = {row.pk: municipalities[municipality_path(row.path)] for row in recent}
    # Municipalities and assessments as shown, in one query: the table needs their titles and
    # URLs only (Wagtail's Page has them), and a translation key names one page of one type.
    shown = shown_by_key(
        public_pages(), [*town_key.values(), *(row.translation_key for row in recent)]
    )
    periods = shown_by_key(MonitoringPeriod.objects.all(), (row.period_key for row in recent))
    latest = [
        LatestAssessment(
            municipality=shown[town_key[row.pk]],
            assessment=shown[row.translation_key],
            period=periods[row.period_key],
            approved_at=row.last_published_at,
            action_count=sum(counts[row.pk].values()),
            completed=counts[row.pk][ActionStatus.COMPLETED.value],
        )
        for row in recent
        if town_key[row.pk] in shown and row.translation_key in shown
    ]
    return KeyFigures(
        municipalities=len(latest_of_town),
        plans=PlanPage.objects.for_public().filter(locale=default, depth=PLAN_DEPTH).count(),
        status_counts=status_counts(overall.elements()),
        latest=latest,
        is_sample_data=any(row.plan_has_sample for row in latest_of_plan),
    )


@dataclass
class Highlights:
    """The home page's latest news, next event and latest report, in the home page's language,
    and the sections the figures link to (None when the site has no such section)."""

    news: list[Page] = field(default_factory=list)
    next_event: Page | None = None
    latest_report: Page | None = None
    sections: dict[str, Page] = field(default_factory=dict)


def _section(children: Iterable[Page], label: str) -> Page | None:
    """The first of `children` of the page type `label` ("news.NewsIndexPage"), as that type."""
    model = apps.get_model(label)
    for child in children:
        if child.specific_class is model:
            return child.specific
    return None


def highlights(children: Iterable[Page]) -> Highlights:
    """Latest news, the next (or ongoing) event and the latest report (dated today or earlier)
    under the sections among
    `children` (the home page's live, public children), read by each section's own queries; the
    municipality list and open data page for the figures' links. One or two queries a section."""
    children = list(children)
    result = Highlights()
    news_index = _section(children, "news.NewsIndexPage")
    if news_index is not None:
        result.news = list(news_index.news_items()[:HOME_NEWS])
        result.sections["news"] = news_index
    event_index = _section(children, "events.EventIndexPage")
    if event_index is not None:
        result.next_event = event_index.events().upcoming(timezone.now()).first()
        result.sections["events"] = event_index
    report_index = _section(children, "reports.ReportIndexPage")
    if report_index is not None:
        reports = apps.get_model("reports", "ReportPage").objects.child_of(report_index)
        # A report dated in the future is not shown as the latest one.
        published = reports.for_public().filter(publication_date__lte=timezone.localdate())
        result.latest_report = published.order_by("-publication_date", "-pk").first()
        result.sections["reports"] = report_index
    for name, label in (
        ("municipalities", "plans.MunicipalityIndexPage"),
        ("open_data", "plans.OpenDataPage"),
    ):
        model = apps.get_model(label)
        page = next((child for child in children if child.specific_class is model), None)
        if page is not None:
            result.sections[name] = page
    return result


# Municipality page -------------------------------------------------------------------------------


@dataclass
class IndicatorBar:
    """One disaggregation of an indicator: its latest approved value against its baseline and
    target, with the positions of each on a common scale (chart units, 0..CHART_WIDTH)."""

    disaggregation: str
    label: str
    value: Decimal | None
    baseline: Decimal | None
    baseline_year: int | None
    target: Decimal | None
    target_year: int | None
    value_x: float | None = None
    baseline_x: float | None = None
    target_x: float | None = None
    zero_x: float = 0.0
    flags: tuple[DataFlag, ...] = ()  # the data-quality flags of the value

    @property
    def flag_labels(self) -> str:
        """The flags' labels for the bar's text alternative ("Geçici, Tahmin"); "" without."""
        return ", ".join(str(flag.label) for flag in self.flags)

    @property
    def progress(self) -> int | None:
        """How far the value has come from the baseline to the target, in percent (negative
        when it moved away; None without both ends)."""
        if None in (self.value, self.baseline, self.target) or self.target == self.baseline:
            return None
        return round(100 * (self.value - self.baseline) / (self.target - self.baseline))

    @property
    def target_marker(self) -> str:
        """The SVG points of the triangle over the target line ("" without a target)."""
        if self.target_x is None:
            return ""
        x = self.target_x
        return f"{x - 6:.1f},0 {x + 6:.1f},0 {x:.1f},8"

    @property
    def bar_x(self) -> float:
        """Where the value's bar starts (the zero line, or the value when it is negative)."""
        return min(self.zero_x, self.value_x if self.value_x is not None else self.zero_x)

    @property
    def bar_width(self) -> float:
        """The value's bar length from the zero line."""
        if self.value_x is None:
            return 0.0
        return round(abs(self.value_x - self.zero_x), 1)


def _place_bars(bars: list[IndicatorBar], width: int = CHART_WIDTH) -> None:
    """Set the x positions of the bars' numbers on one scale (shared by an indicator's
    disaggregations, so women and men can be compared), from min(0, …) to 110 % of the largest."""
    numbers = [
        float(number)
        for bar in bars
        for number in (bar.value, bar.baseline, bar.target)
        if number is not None
    ]
    if not numbers:
        return
    low, high = min(0.0, *numbers), max(0.0, *numbers)
    span = (high - low) * 1.1 or 1.0

    def x(number: Decimal | None) -> float | None:
        return None if number is None else round((float(number) - low) / span * width, 1)

    for bar in bars:
        bar.value_x, bar.baseline_x, bar.target_x = x(bar.value), x(bar.baseline), x(bar.target)
        bar.zero_x = x(Decimal(0)) or 0.0


@dataclass
class IndicatorOverview:
    """An indicator (the copy shown) with the period and date of its latest approved value and one
    bar per disaggregation."""

    indicator: IndicatorPage
    period: MonitoringPeriod | None
    date: Any
    bars: list[IndicatorBar]

    @property
    def flag_notes(self) -> list[FlagNote]:
        """The footnotes of the flags on the bars' values."""
        return flag_notes(flag for bar in self.bars for flag in bar.flags)


def indicator_overview(
    source: MunicipalityPage,
) -> tuple[list[IndicatorOverview], dict[UUID, MonitoringPeriod]]:
    """Each public indicator with approved values for the municipality (`source`: its
    source-language page): its latest value per disaggregation against the municipality's
    baseline and target, in code order (indicators.series reads the values; five queries); and
    the periods of the values as shown, by translation key (period_progress reuses them)."""
    from indicators.series import series_by_indicator  # indicators builds on plans

    keys = (
        IndicatorValue.objects.for_public()
        .filter(assessment__path__startswith=source.path)
        .values("indicator__translation_key")
    )
    indicators = sorted(
        in_visitor_language(
            indicator_model().objects.for_public().filter(translation_key__in=keys)
        ),
        key=lambda page: natural_sort_key(page.code),
    )
    series = series_by_indicator(indicators, [source.path])
    periods = {
        row.period.translation_key: row.period
        for found in series.values()
        for item in found
        for row in item.rows
    }
    result = []
    for indicator in indicators:
        found = series.get(indicator.translation_key) or []
        if not found:
            continue
        rows, targets = found[0].rows, found[0].targets
        bars = []
        for kind in indicator.disaggregations:
            row = next((row for row in reversed(rows) if row.values[kind.value] is not None), None)
            value = row.values[kind.value] if row else None
            target = next((t for t in targets if t.disaggregation == kind.value), None)
            bars.append(
                IndicatorBar(
                    disaggregation=kind.value,
                    label=str(kind.label),
                    value=value,
                    baseline=target.baseline_value if target else None,
                    baseline_year=target.baseline_year if target else None,
                    target=target.target_value if target else None,
                    target_year=target.target_year if target else None,
                    flags=row.flags.get(kind.value, ()) if row else (),
                )
            )
        _place_bars(bars)
        latest = rows[-1] if rows else None
        result.append(
            IndicatorOverview(
                indicator=indicator,
                period=latest.period if latest else None,
                date=latest.date if latest else None,
                bars=bars,
            )
        )
    return result, periods


@dataclass
class PeriodProgress:
    """The status counts of one approved assessment of the municipality's plans."""

    period: MonitoringPeriod  # the copy shown to the visitor
    plan_label: str  # the plan's years when the municipality has several plans, else ""
    status_counts: list[StatusCount]

    @property
    def action_count(self) -> int:
        """The actions the assessment covers."""
        return sum(item.count for item in self.status_counts)

    @property
    def segments(self) -> list[Segment]:
        """The status counts as one stacked bar."""
        return stacked_segments(self.status_counts)


def period_progress(
    source: MunicipalityPage, known: dict[UUID, MonitoringPeriod] | None = None
) -> list[PeriodProgress]:
    """The status counts of each approved assessment under the municipality (`source`: its
    source-language page), oldest period first. `known` are periods already read as shown (by
    translation key); the others are read in one query. One to three queries."""
    rows = (
        ActionAssessment.objects.for_public()
        .filter(assessment__path__startswith=source.path)
        .values_list("assessment__path", "assessment__period__translation_key", "status")
        .annotate(actions=Count("pk"), start=F("assessment__period__start_date"))
        .order_by("start", "assessment__path")
    )
    counts: dict[tuple[str, UUID], Counter[str]] = {}
    for path, period_key, status, actions, _start in rows:
        counts.setdefault((path, period_key), Counter())[status] += actions
    if not counts:
        return []
    periods = dict(known or {})
    missing = {key for _path, key in counts} - set(periods)
    if missing:
        periods.update(shown_by_key(MonitoringPeriod.objects.all(), missing))
    plan_paths = {plan_path(path) for path, _key in counts}
    labels: dict[str, str] = {}
    if len(plan_paths) > 1:
        labels = {
            path: f"{start}–{end}"
            for path, start, end in PlanPage.objects.filter(path__in=plan_paths).values_list(
                "path", "start_year", "end_year"
            )
        }
    return [
        PeriodProgress(
            period=periods[period_key],
            plan_label=labels.get(plan_path(path), ""),
            status_counts=status_counts(counter.elements()),
        )
        for (path, period_key), counter in counts.items()
        if period_key in periods
    ]


@dataclass
class MunicipalityOverview:
    """A municipality page at a glance: its indicators and its plans' progress by period."""

    indicators: list[IndicatorOverview]
    periods: list[PeriodProgress]


def municipality_overview(municipality: MunicipalityPage) -> MunicipalityOverview:
    """The indicator overview and the progress by period of a municipality (any language)."""
    source = source_of(municipality)
    indicators, periods = indicator_overview(source)
    return MunicipalityOverview(indicators, period_progress(source, periods))


# Action page -------------------------------------------------------------------------------------


@dataclass
class TimelineEntry:
    """One period of an action's timeline: the approved row, and how it changed since the previous
    approved period (`previous` is None for the first). Only published (board-approved) rows are
    read, so a draft or a rejected revision never shows as a change."""

    entry: HistoryEntry
    progress_change: int | None
    status_changed: bool
    rating_changed: bool = False
    previous: HistoryEntry | None = None

    @property
    def progress_x(self) -> float:
        """The progress bar's length in chart units."""
        return round(CHART_WIDTH * self.entry.row.progress / 100, 1)

    @property
    def approved_at(self) -> datetime | None:
        """When the board first approved the period's assessment."""
        return self.entry.row.assessment.first_published_at

    @property
    def last_approved_at(self) -> datetime | None:
        """When the board last approved it (a later correction), or None when that was the same
        day as the first approval."""
        first = self.approved_at
        last = self.entry.row.assessment.last_published_at
        if last is None or first is None or timezone.localdate(last) == timezone.localdate(first):
            return None
        return last

    @property
    def changed(self) -> bool:
        """Whether status, progress or the board's rating differ from the period before."""
        return bool(self.status_changed or self.progress_change or self.rating_changed)


def action_timeline(action: ActionPage) -> list[TimelineEntry]:
    """The action's approved status, progress and the board's words in each period, oldest
    first, each with its change from the period before (plans.monitoring.action_history)."""
    timeline: list[TimelineEntry] = []
    previous: HistoryEntry | None = None
    for entry in action_history(action):
        timeline.append(
            TimelineEntry(
                entry=entry,
                progress_change=(
                    entry.row.progress - previous.row.progress if previous is not None else None
                ),
                status_changed=previous is not None and entry.row.status != previous.row.status,
                rating_changed=previous is not None and entry.row.rating != previous.row.rating,
                previous=previous,
            )
        )
        previous = entry
    return timeline
