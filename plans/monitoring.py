"""What the public may see of plans, actions, assessments and municipalities (page contexts).

Every function here reads rows through the for_public() helpers of plans.models, so nothing from a
draft, in-moderation, rejected or private assessment can appear. Numbers are read from the
source-language assessments (AssessmentPage.objects.of_record()); names and titles are shown by
the portal's language rule (portal.languages). Each function runs a fixed number of queries,
whatever the number of actions, indicators or periods. Indicator series are in indicators.series.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING
from uuid import UUID

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
from plans.tree import shown_children, source_of
from portal.languages import ShownText, shown_copies, shown_copy, shown_texts
from portal.text import natural_sort_key

if TYPE_CHECKING:
    from indicators.models import IndicatorPage


# Plans and actions -------------------------------------------------------------------------------


@dataclass
class ActionItem:
    """An action with its latest approved row and that row's period as shown (both None when no
    approved assessment covers the action)."""

    page: ActionPage
    latest: ActionAssessment | None
    period: MonitoringPeriod | None = None


@dataclass
class ObjectiveGroup:
    """An objective of the plan (with its title as shown) and its actions."""

    objective: PlanObjective | None
    actions: list[ActionItem] = field(default_factory=list)
    title: ShownText | None = None


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
    actions = list(shown_children(ActionPage.objects.for_public(), plan).order_by("path"))
    latest = latest_action_rows(action.translation_key for action in actions)
    objectives = list(source_of(plan).objectives.select_related("area"))
    titles = shown_texts(objectives, ("title",), "page")
    areas = shown_copies(objective.area for objective in objectives)
    periods = shown_copies(row.assessment.period for row in latest.values())

    by_objective: dict[str, ObjectiveGroup] = {
        objective.code: ObjectiveGroup(objective, title=titles[objective.translation_key]["title"])
        for objective in objectives
    }
    unassigned = ObjectiveGroup(None)
    for action in sorted(actions, key=lambda page: natural_sort_key(page.code)):
        group = by_objective.get(action.objective_code, unassigned)
        row = latest.get(action.translation_key)
        period = periods[row.assessment.period.translation_key] if row else None
        group.actions.append(ActionItem(action, row, period))

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
    """An action's row in one approved assessment, with the period and the row's text in the
    visitor's language."""

    period: MonitoringPeriod
    row: ActionAssessment
    texts: dict[str, ShownText]


def action_history(action: ActionPage) -> list[HistoryEntry]:
    """The action's status in each approved assessment, oldest period first."""
    rows = list(
        ActionAssessment.objects.for_public()
        .filter(action__translation_key=action.translation_key)
        .select_related("assessment__period")
        .order_by("assessment__period__start_date")
    )
    periods = shown_copies(row.assessment.period for row in rows)
    texts = shown_texts(rows, ROW_TEXT_FIELDS, "assessment")
    return [
        HistoryEntry(
            periods[row.assessment.period.translation_key], row, texts[row.translation_key]
        )
        for row in rows
    ]


#: The text fields of an action row, translated with its assessment (the rest are figures).
ROW_TEXT_FIELDS = ("evidence", "board_comment", "recommendation")
#: The text fields of an indicator value.
VALUE_TEXT_FIELDS = ("source_note",)


@dataclass
class AssessmentRows:
    """An approved assessment's rows, with its actions and indicators as shown to the visitor
    and each row's text in the visitor's language (ShownText by field name)."""

    #: (action, row, texts) in the assessment's order; the action is None when it was deleted
    #: or has no public copy (the row still counts).
    action_rows: list[tuple[ActionPage | None, ActionAssessment, dict[str, ShownText]]]
    #: (indicator, value, texts) by indicator code, date and disaggregation; values of an
    #: indicator with no public copy are left out.
    indicator_rows: list[tuple[IndicatorPage, IndicatorValue, dict[str, ShownText]]]
    status_counts: list[StatusCount]


def assessment_rows(assessment: AssessmentPage, *, value_texts: bool = True) -> AssessmentRows:
    """Rows of an assessment page, from its approved source-language version only; the source
    notes of its values are left empty without `value_texts` (the generated report, which does
    not show them, saves a query)."""
    source = source_of(assessment)
    action_rows = list(
        ActionAssessment.objects.for_public()
        .filter(assessment=source)
        .select_related("action")
        .order_by("sort_order", "pk")
    )
    actions = shown_copies(row.action for row in action_rows)
    values = list(
        IndicatorValue.objects.for_public()
        .filter(assessment=source)
        .select_related("indicator")
        .order_by("indicator__code", "date", "disaggregation")
    )
    indicators = shown_copies(value.indicator for value in values)
    row_texts = shown_texts(action_rows, ROW_TEXT_FIELDS, "assessment")
    notes = shown_texts(values if value_texts else [], VALUE_TEXT_FIELDS, "assessment")
    return AssessmentRows(
        action_rows=[
            (
                actions.get(row.action.translation_key) if row.action else None,
                row,
                row_texts[row.translation_key],
            )
            for row in action_rows
        ],
        indicator_rows=[
            (
                indicators[value.indicator.translation_key],
                value,
                notes.get(value.translation_key, {}),
            )
            for value in values
            if value.indicator.translation_key in indicators
        ],
        status_counts=status_counts(row.status for row in action_rows),
    )


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
    assessment: AssessmentPage | None  # the latest approved, as shown to the visitor
    status_counts: list[StatusCount]
    average_progress: Decimal | None
    action_count: int


def municipality_summary(municipality: MunicipalityPage) -> MunicipalitySummary:
    """Plans, and status counts and progress from the latest approved assessment."""
    source = source_of(municipality)
    children = shown_children(PlanPage.objects.for_public(), municipality, source)
    plans = list(children.order_by("-start_year"))
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
    shown = shown_copy(latest, AssessmentPage) or latest
    return MunicipalitySummary(
        plans=plans,
        assessment=shown,
        status_counts=status_counts(status for status, _value in rows),
        average_progress=average,
        action_count=len(rows),
    )
