"""One synthetic municipality, drafted in memory: its pages, then its rows as plain tuples.

Each municipality has random generators of its own, seeded with the run's seed and its number, so
the data does not depend on how municipalities are grouped into batches: the same seed gives the
same titles, coordinates, statuses and values.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from wagtail.models import Page

from demo.content.monitoring import RATINGS_BY_STATUS
from indicators.models import IndicatorPage
from plans.models import (
    ActionPage,
    AssessmentPage,
    MonitoringPeriod,
    MunicipalityIndexPage,
    MunicipalityKind,
    MunicipalityPage,
    PlanPage,
    ThematicArea,
)
from plans.scales import ActionStatus
from portal.text import turkish_slugify

from . import content
from .geography import Slot, coordinates
from .rows import Series, action_trajectory
from .tree import PageFactory

#: Field names of the row tuples, in tuple order (demo.synthetic.bulk.write_rows).
OBJECTIVE_FIELDS = ("page", "code", "title", "area", "sort_order")
LINK_FIELDS = ("page", "indicator", "sort_order")
ACTION_ROW_FIELDS = (
    "assessment", "action", "status", "progress", "evidence", "rating", "board_comment",
    "recommendation", "sort_order",
)  # fmt: skip
VALUE_FIELDS = (
    "assessment", "indicator", "date", "disaggregation", "value", "source_note", "sort_order"
)  # fmt: skip
ASSESSMENT_SUMMARY = (
    "Sentetik özet: eylemlerin çoğu ilerliyor; bazıları kaynak yetersizliğinden gecikmede."
)
PLAN_SUMMARY = "Sentetik veri: hedefler, eylemler ve değerlendirmeler otomatik üretilmiştir."

Objective = tuple[str, str, ThematicArea | None]  # code, title, area
Trajectory = list[tuple[ActionStatus, int]]


@dataclass
class PlanDraft:
    """One municipality's pages, built in memory, and what its rows need."""

    number: int
    slot: Slot
    municipality: MunicipalityPage
    plan: PlanPage
    objectives: list[Objective]
    actions: list[ActionPage]
    trajectories: list[Trajectory]
    links: list[list[int]]  # per action, positions in the indicator list
    assessments: list[AssessmentPage]

    @property
    def pages(self) -> list[Page]:
        return [self.municipality, self.plan, *self.actions, *self.assessments]


@dataclass
class Drafter:
    """Drafts municipalities of one run: sizes, the shared objects, and the page factory."""

    factory: PageFactory
    index: MunicipalityIndexPage
    slug_prefix: str
    actions: int
    years: range
    periods: list[MonitoringPeriod]
    indicators: list[IndicatorPage]
    areas: list[ThematicArea]
    key: Callable[..., str]  # deterministic names: key("plan", 7) → "<seed>:plan:7"

    def random(self, *parts: object) -> random.Random:
        """A generator seeded by the run's seed and the parts (not for security)."""
        return random.Random(self.key(*parts))  # noqa: S311

    # Pages -------------------------------------------------------------------------------------

    def draft(self, number: int, slot: Slot, position: int) -> PlanDraft:
        """Municipality `number` as the index's `position`th child, with its plan, actions and
        one assessment per year."""
        rng = self.random("municipality", number)
        municipality = self.municipality(number, slot, position, rng)
        plan = self.plan(municipality, number, rng)
        objectives = self.objectives(rng)
        actions, trajectories, links = [], [], []
        for position_in_plan, code in enumerate(self.action_codes(len(objectives)), start=1):
            trajectory = action_trajectory(rng, len(self.years))
            area = objectives[int(code.split(".")[0]) - 1][2]
            actions.append(self.action(plan, position_in_plan, number, code, area, trajectory, rng))
            trajectories.append(trajectory)
            count = min(len(self.indicators), rng.randint(1, 2))
            links.append(sorted(rng.sample(range(len(self.indicators)), count)))
        assessments = [
            self.assessment(plan, self.actions + offset + 1, number, period)
            for offset, period in enumerate(self.periods)
        ]
        return PlanDraft(
            number, slot, municipality, plan, objectives, actions, trajectories, links, assessments
        )

    def municipality(
        self, number: int, slot: Slot, position: int, rng: random.Random
    ) -> MunicipalityPage:
        latitude, longitude = coordinates(slot, rng)
        province = slot.province.name
        return self.factory.child(
            MunicipalityPage,
            self.index,
            position,
            key=self.key("municipality", number),
            numchild=1,
            title=content.municipality_title(number, province),
            slug=turkish_slugify(f"{self.slug_prefix}{number:04d} {province}"),
            intro=content.SYNTHETIC_INTRO,
            is_sample_data=True,
            kind=slot.kind,
            province=province,
            plate_code=slot.province.plate_code,
            latitude=latitude,
            longitude=longitude,
            summary=f"Sentetik veri: {province} ilinde bir {MunicipalityKind(slot.kind).label}.",
        )

    def plan(self, municipality: MunicipalityPage, number: int, rng: random.Random) -> PlanPage:
        first, last = self.years[0], self.years[-1]
        return self.factory.child(
            PlanPage,
            municipality,
            1,
            key=self.key("plan", number),
            numchild=self.actions + len(self.years),
            title=content.plan_title(first, last),
            slug=f"sentetik-yeep-{first}-{last}",
            intro=content.SYNTHETIC_INTRO,
            is_sample_data=True,
            start_year=first,
            end_year=last,
            council_decision_number=f"{first - 1}/{rng.randint(10, 250)}",
            council_decision_date=date(first - 1, 12, rng.randint(1, 28)),
            summary=PLAN_SUMMARY,
        )

    def objectives(self, rng: random.Random) -> list[Objective]:
        """A few objectives: three to six, never more than the actions."""
        count = min(self.actions, rng.randint(3, 6), len(content.OBJECTIVE_TITLES))
        titles = rng.sample(content.OBJECTIVE_TITLES, count)
        return [
            (str(code), title, rng.choice(self.areas) if self.areas else None)
            for code, title in enumerate(titles, start=1)
        ]

    def action_codes(self, objective_count: int) -> list[str]:
        """ "1.1", "1.2", … "2.1", …: the actions spread evenly over the objectives."""
        share, rest = divmod(self.actions, objective_count)
        per_objective = [share + (code <= rest) for code in range(1, objective_count + 1)]
        return [
            f"{code}.{item}"
            for code, count in enumerate(per_objective, start=1)
            for item in range(1, count + 1)
        ]

    def action(
        self,
        plan: PlanPage,
        position: int,
        number: int,
        code: str,
        area: ThematicArea | None,
        trajectory: Trajectory,
        rng: random.Random,
    ) -> ActionPage:
        """One action, its dates matching the years its trajectory is under way."""
        under_way = [
            year
            for year, (status, _progress) in zip(self.years, trajectory, strict=True)
            if status != ActionStatus.NOT_STARTED
        ]
        started = under_way[0] if under_way else self.years[-1]
        return self.factory.child(
            ActionPage,
            plan,
            position,
            key=self.key("action", number, code),
            title=content.action_title(code, rng.choice(content.ACTION_TITLES)),
            slug=f"sentetik-eylem-{code.replace('.', '-')}",
            intro=content.SYNTHETIC_INTRO,
            is_sample_data=True,
            code=code,
            objective_code=code.split(".")[0],
            area=area,
            responsible_unit=rng.choice(content.RESPONSIBLE_UNITS),
            start_date=date(started, rng.choice((1, 4, 7, 10)), 1),
            end_date=date(min(started + rng.randint(0, 3), self.years[-1]), 12, 31),
            budget=Decimal(rng.randrange(50, 5000) * 1000),
            description=[],
        )

    def assessment(
        self, plan: PlanPage, position: int, number: int, period: MonitoringPeriod
    ) -> AssessmentPage:
        year = period.start_date.year
        return self.factory.child(
            AssessmentPage,
            plan,
            position,
            key=self.key("assessment", number, year),
            title=content.assessment_title(period.name),
            slug=f"sentetik-degerlendirme-{year}",
            intro=content.SYNTHETIC_INTRO,
            is_sample_data=True,
            period=period,
            summary=ASSESSMENT_SUMMARY,
            narrative=[],
            recommendations=[],
        )

    # Rows (after the pages are saved: they need the ids) -----------------------------------------

    def objective_rows(self, draft: PlanDraft) -> Iterator[tuple]:
        for order, (code, title, area) in enumerate(draft.objectives):
            yield (draft.plan.pk, code, title, area.pk if area else None, order)

    def link_rows(self, draft: PlanDraft) -> Iterator[tuple]:
        for action, positions in zip(draft.actions, draft.links, strict=True):
            for order, at in enumerate(positions):
                yield (action.pk, self.indicators[at].pk, order)

    def action_rows(self, draft: PlanDraft) -> Iterator[tuple]:
        """Each action's status in each year's assessment, with the board's judgement."""
        rng = self.random("ratings", draft.number)
        for year, assessment in enumerate(draft.assessments):
            actions = zip(draft.actions, draft.trajectories, strict=True)
            for order, (action, trajectory) in enumerate(actions):
                status, progress = trajectory[year]
                yield (
                    assessment.pk,
                    action.pk,
                    status.value,
                    progress,
                    content.EVIDENCE[status],
                    rng.choice(RATINGS_BY_STATUS[status]).value,
                    content.BOARD_COMMENTS[status],
                    content.RECOMMENDATION,
                    order,
                )

    def value_rows(self, draft: PlanDraft) -> Iterator[tuple]:
        """Every indicator's value for women, men and the total at the end of each year."""
        rng = self.random("values", draft.number)
        themes = content.INDICATOR_THEMES
        courses = [
            Series.draw(themes[at % len(themes)], draft.slot.kind, rng)
            for at in range(len(self.indicators))
        ]
        for year, (assessment, period) in enumerate(
            zip(draft.assessments, self.periods, strict=True)
        ):
            order = 0
            for indicator, course in zip(self.indicators, courses, strict=True):
                for disaggregation, value in course.values(year, rng):
                    yield (
                        assessment.pk,
                        indicator.pk,
                        period.end_date,
                        disaggregation.value,
                        value,
                        content.SOURCE_NOTE,
                        order,
                    )
                    order += 1
