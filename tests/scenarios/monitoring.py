"""A small monitoring scenario: one plan with actions, an indicator and approved assessments.

Also the helpers that make assessments (published, or approved through the board's workflow) and
the POST data of the assessment form in the Wagtail admin.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from django.contrib.auth.models import AbstractUser

from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from indicators.models import IndicatorPage
from plans.models import (
    ActionAssessment,
    ActionPage,
    AssessmentPage,
    IndicatorValue,
    MonitoringPeriod,
    OpenDataPage,
    PlanObjective,
    PlanPage,
    ThematicArea,
)
from portal.translation import publish_translation
from tests.plans.factories import (
    ActionPageFactory,
    AssessmentPageFactory,
    IndicatorIndexPageFactory,
    IndicatorPageFactory,
    MonitoringPeriodFactory,
    PlanPageFactory,
    ThematicAreaFactory,
)
from tests.scenarios.shared import scenario
from tests.scenarios.site import SiteTree


@dataclass
class Monitoring:
    """The scenario's objects (all Turkish source pages)."""

    tree: SiteTree
    area: ThematicArea
    periods: list[MonitoringPeriod]
    plan: PlanPage
    actions: list[ActionPage]
    indicator: IndicatorPage
    assessments: list[AssessmentPage] = field(default_factory=list)

    def add_plan_actions(self, count: int) -> None:
        """More actions under the plan."""
        for _ in range(count):
            self.actions.append(ActionPageFactory(parent=self.plan, area=self.area))

    def add_period(self, number: int) -> MonitoringPeriod:
        """Another six-month period after the existing ones."""
        year = 2025 + number
        period = MonitoringPeriodFactory(
            name=f"Dönem {number}", start_date=date(year, 1, 1), end_date=date(year, 6, 30)
        )
        self.periods.append(period)
        return period


def make_assessment(
    plan: PlanPage,
    period: MonitoringPeriod,
    *,
    rows: list[tuple[ActionPage, str, int, str]],
    values: list[tuple[IndicatorPage, date, str, str]],
    publish: bool = True,
) -> AssessmentPage:
    """An assessment with action rows (action, status, progress, board comment) and values
    (indicator, date, disaggregation, value); published through a revision when publish=True."""
    page = AssessmentPageFactory(
        parent=plan,
        period=period,
        live=publish,
        action_rows=[
            ActionAssessment(
                sort_order=position,  # as the admin's inline panel saves it: the plan's order
                action=action,
                status=status,
                progress=progress,
                board_comment=text,
            )
            for position, (action, status, progress, text) in enumerate(rows)
        ],
        indicator_values=[
            IndicatorValue(indicator=indicator, date=day, disaggregation=kind, value=Decimal(value))
            for indicator, day, kind, value in values
        ],
    )
    revision = page.save_revision()
    if publish:
        revision.publish()
    page.refresh_from_db()
    return page


def approve_new_assessment(
    monitoring: Monitoring, board_member: AbstractUser, value: str
) -> AssessmentPage:
    """A new period's assessment with one action row and one indicator value, approved by the
    board through the workflow (as in the admin)."""
    page = make_assessment(
        monitoring.plan,
        monitoring.add_period(len(monitoring.periods) + 1),
        rows=[(monitoring.actions[0], "completed", 100, "")],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", value)],
        publish=False,
    )
    page.get_workflow().start(page, board_member)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, board_member, "approve")
    page.refresh_from_db()
    assert page.live
    return page


@scenario
def monitoring(site_tree: SiteTree) -> Monitoring:
    """Kadıköy's plan with 3 actions, one indicator and an approved assessment for period 1."""
    area = ThematicAreaFactory(code="A1", name="Bakım hizmetleri")
    period = MonitoringPeriodFactory(name="1. İlerleme dönemi (2025)")
    plan = PlanPageFactory(parent=site_tree.kadikoy)
    PlanObjective.objects.create(page=plan, code="1", title="Bakım yükünü azaltmak", area=area)
    actions = [ActionPageFactory(parent=plan, area=area) for _ in range(3)]
    index = IndicatorIndexPageFactory(parent=site_tree.home)
    indicator = IndicatorPageFactory(parent=index, title="Kreşlerden yararlanan çocuk oranı")
    scenario = Monitoring(site_tree, area, [period], plan, actions, indicator)
    scenario.assessments.append(
        make_assessment(
            plan,
            period,
            rows=[
                (actions[0], "completed", 100, "Onaylı yorum: kreş açıldı."),
                (actions[1], "in_progress", 40, "Onaylı yorum: sürüyor."),
                (actions[2], "delayed", 10, "Onaylı yorum: gecikti."),
            ],
            values=[
                (indicator, date(2025, 6, 30), "women", "31.5"),
                (indicator, date(2025, 6, 30), "men", "28.5"),
                (indicator, date(2025, 6, 30), "total", "30"),
            ],
        )
    )
    return scenario


@scenario
def open_data(monitoring: Monitoring) -> OpenDataPage:
    """/tr/acik-veri/ and /en/open-data/ over the monitoring scenario."""
    page = OpenDataPage(title="Açık veri", slug="acik-veri", intro="Onaylı veriler.")
    monitoring.tree.home.add_child(instance=page)
    page.save_revision().publish()
    publish_translation(page, monitoring.tree.english, {"title": "Open data", "slug": "open-data"})
    return page


def assessment_form_data(
    *,
    title: str,
    slug: str,
    period: MonitoringPeriod,
    rows: list[dict[str, Any]],
    values: list[dict[str, Any]],
    **extra: Any,
) -> dict[str, Any]:
    """POST data of the assessment edit/create form in the Wagtail admin."""
    data = {
        "title": title,
        "slug": slug,
        "intro": "",
        "period": period.pk,
        "summary": extra.pop("summary", ""),
        "narrative": streamfield([]),
        "recommendations": streamfield([]),
        "action_rows": inline_formset(rows),
        "indicator_values": inline_formset(values),
        "comments": inline_formset([]),
    }
    data.update(extra)
    return nested_form_data(data)


def action_row(action: ActionPage, status: str, progress: Any, **extra: Any) -> dict[str, Any]:
    """One action row of assessment_form_data."""
    return {
        "action": action.pk,
        "status": status,
        "progress": progress,
        "evidence": extra.get("evidence", ""),
        "rating": extra.get("rating", ""),
        "board_comment": extra.get("board_comment", ""),
        "recommendation": extra.get("recommendation", ""),
    }


def value_row(indicator: IndicatorPage, day: date, kind: str, value: Any) -> dict[str, Any]:
    """One indicator value row of assessment_form_data."""
    return {
        "indicator": indicator.pk,
        "date": day.isoformat(),
        "disaggregation": kind,
        "value": value,
        "source_note": "",
    }
