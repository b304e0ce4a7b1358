"""The admin names an assessment's municipality and period wherever it lists it, so the board's
queue can tell ten assessments of one period apart."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import AbstractUser

from tests.plans.factories import PlanPageFactory
from tests.plans.test_workflow import logged_in, submitted_assessment
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db


def test_admin_title_names_municipality_and_period(monitoring: Monitoring) -> None:
    assessment = monitoring.assessments[0]
    assessment.draft_title = "İzleme Heyeti değerlendirmesi"
    assert assessment.get_admin_display_title() == (
        f"Kadıköy Belediyesi · {assessment.period.name} · İzleme Heyeti değerlendirmesi"
    )
    assessment.draft_title = f"{assessment.period.name}: İzleme Heyeti değerlendirmesi"
    assert assessment.get_admin_display_title() == f"Kadıköy Belediyesi · {assessment.draft_title}"


def test_the_boards_queue_names_the_municipality(
    monitoring: Monitoring, board_member: AbstractUser, editor: AbstractUser
) -> None:
    draft, _task_state = submitted_assessment(monitoring, editor)
    html = logged_in(board_member).get("/admin/").content.decode()
    assert f">Kadıköy Belediyesi · {draft.draft_title}</a>" in html


def test_the_boards_dashboard_groups_what_waits_by_municipality(
    monitoring: Monitoring, board_member: AbstractUser, editor: AbstractUser
) -> None:
    period = monitoring.add_period(2)
    for municipality in (monitoring.tree.nilufer, monitoring.tree.kadikoy):
        plan = PlanPageFactory(parent=municipality, slug=f"plan-{municipality.slug}")
        draft = make_assessment(plan, period, rows=[], values=[], publish=False)
        draft.get_workflow().start(draft, editor)
    client = logged_in(board_member)
    html = client.get("/admin/").content.decode()
    panel = html[html.index('id="board-queue-section"') :]
    assert panel.index("Kadıköy Belediyesi") < panel.index("Nilüfer Belediyesi")
    assert "<time datetime=" in panel

    client.force_login(editor)
    assert 'id="board-queue-section"' not in client.get("/admin/").content.decode()
