"""The board's dashboard reads what waits for review in a constant number of queries
(plans.admin_dashboard, plans.board_queue), listing the same rows as Wagtail's own panel."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import AbstractUser, Group
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext, override_settings

from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import GroupApprovalTask, Workflow, WorkflowState, WorkflowTask

from plans.admin_dashboard import BulkModerationPanel, tasks_with_status
from plans.board_queue import BoardQueuePanel, ReviewQueue
from plans.models import AssessmentPage, BoardApprovalTask
from portal.roles import EDITORS, MONITORING_BOARD
from tests.plans.factories import PlanPageFactory
from tests.plans.test_workflow import logged_in
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db


class Queue:
    """Assessments submitted to the board, each in a period of its own."""

    def __init__(self, monitoring: Monitoring, submitter: AbstractUser) -> None:
        self.monitoring = monitoring
        self.submitter = submitter
        self.pages: list[AssessmentPage] = []
        self.plans = {
            municipality.pk: PlanPageFactory(parent=municipality, slug=f"plan-{municipality.slug}")
            for municipality in (monitoring.tree.kadikoy, monitoring.tree.nilufer)
        }

    def submit(self, count: int) -> None:
        """`count` more assessments, alternately in Nilüfer and Kadıköy; every other one titled
        without its period (the admin title then names the period itself)."""
        plans = list(self.plans.values())
        for _ in range(count):
            number = len(self.pages)
            period = self.monitoring.add_period(number + 2)
            page = make_assessment(plans[number % 2], period, rows=[], values=[], publish=False)
            if number % 2:
                AssessmentPage.objects.filter(pk=page.pk).update(
                    draft_title="İzleme Heyeti değerlendirmesi"
                )
                page.refresh_from_db()
            page.get_workflow().start(page, self.submitter)
            self.pages.append(page)


def dashboard_queries(client, path: str = "/admin/") -> tuple[int, str]:  # type: ignore[no-untyped-def]
    client.get(path)  # warm: per-process caches (content types, locales)
    with CaptureQueriesContext(connection) as queries:
        html = client.get(path).content.decode()
    return len(queries.captured_queries), html


def test_the_dashboard_queries_do_not_grow_with_the_queue(
    monitoring: Monitoring, board_member: AbstractUser, editor: AbstractUser
) -> None:
    queue = Queue(monitoring, editor)
    client = logged_in(board_member)

    queue.submit(2)
    with_two, _html = dashboard_queries(client)
    queue.submit(4)
    with_six, html = dashboard_queries(client)

    assert with_six == with_two
    panel = html[html.index('id="board-queue-section"') :]
    kadikoy = monitoring.tree.kadikoy
    for page in queue.pages:
        municipality = "Kadıköy" if page.path.startswith(kadikoy.path) else "Nilüfer"
        title = AssessmentPage.objects.get(pk=page.pk).get_admin_display_title()
        assert title in (
            f"{municipality} Belediyesi · Değerlendirme: {page.period.name}",
            f"{municipality} Belediyesi · {page.period.name} · İzleme Heyeti değerlendirmesi",
        )
        assert f">{title}</a>" in html, title  # Wagtail's panel, linked to the edit view
        assert f'href="/admin/pages/{page.pk}/edit/"' in panel  # the board's panel


def test_the_bulk_panel_shows_what_wagtails_panel_shows(
    monitoring: Monitoring, board_member: AbstractUser, editor: AbstractUser
) -> None:
    queue = Queue(monitoring, editor)
    queue.submit(3)
    two_steps = two_step_workflow()
    page = queue.pages[0]
    page.current_workflow_state.cancel(user=editor)
    two_steps.start(page, editor)
    first = page.current_workflow_task_state
    first.task.specific.on_action(first, editor, "approve")  # now with the board

    request = RequestFactory().get("/admin/")
    request.user = board_member
    context = {"request": request, "csrf_token": "token"}

    wagtails = WorkflowObjectsToModeratePanel().render_html(context)
    ours = BulkModerationPanel(ReviewQueue(board_member)).render_html(context)

    assert ours == wagtails
    assert wagtails.count('href="/admin/pages/') >= 3


#: The municipalities' titles by path (ReviewQueue.municipality_titles).
TITLES_BY_PATH = 'SELECT "wagtailcore_page"."path" AS "path", "wagtailcore_page"."title"'


@pytest.mark.parametrize("wagtails_panel_first", [True, False])
def test_the_titles_are_read_once_whichever_panel_draws_first(
    monitoring: Monitoring,
    board_member: AbstractUser,
    editor: AbstractUser,
    wagtails_panel_first: bool,
) -> None:
    queue = Queue(monitoring, editor)
    queue.submit(4)
    request = RequestFactory().get("/admin/")
    request.user = board_member
    context = {"request": request, "csrf_token": "token"}
    shared = ReviewQueue(board_member)
    panels = [BulkModerationPanel(shared), BoardQueuePanel(request, shared)]
    if not wagtails_panel_first:
        panels.reverse()

    with CaptureQueriesContext(connection) as queries:
        for panel in panels:
            panel.render_html(context)

    title_reads = [
        q["sql"] for q in queries.captured_queries if q["sql"].startswith(TITLES_BY_PATH)
    ]
    assert len(title_reads) == 1, title_reads


@pytest.mark.parametrize("reapproval", [True, False])
def test_tasks_with_status_are_those_of_wagtail(
    monitoring: Monitoring, board_member: AbstractUser, editor: AbstractUser, reapproval: bool
) -> None:
    queue = Queue(monitoring, editor)
    queue.submit(2)
    rejected, resubmitted = queue.pages
    state = rejected.current_workflow_task_state
    state.task.specific.on_action(state, board_member, "reject", comment="Kanıtı ekleyin.")
    state = resubmitted.current_workflow_task_state
    state.task.specific.on_action(state, board_member, "reject", comment="Kanıtı ekleyin.")
    resubmitted.save_revision(user=editor)
    resubmitted.current_workflow_state.resume(editor)
    two_steps = two_step_workflow()
    page = AssessmentPage.objects.get(pk=rejected.pk)
    page.current_workflow_state.cancel(user=editor)
    two_steps.start(page, editor)
    first = page.current_workflow_task_state
    first.task.specific.on_action(first, editor, "approve")

    with override_settings(WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT=reapproval):
        states = list(WorkflowState.objects.all())
        bulk = tasks_with_status(states)
        for state in states:
            expected = [
                (task.pk, task.name, task.status, str(task.status_display))
                for task in state.all_tasks_with_status()
            ]
            got = [
                (task.pk, task.name, task.status, str(task.status_display))
                for task in bulk[state.pk]
            ]
            assert got == expected


def two_step_workflow() -> Workflow:
    """The editors' approval, then the board's (the board's own task)."""
    board_task = BoardApprovalTask.objects.get(active=True)
    assert board_task.groups.filter(name=MONITORING_BOARD).exists()
    editors = GroupApprovalTask.objects.create(name="Editör onayı")
    editors.groups.set([Group.objects.get(name=EDITORS)])
    workflow = Workflow.objects.create(name="İki adımlı onay")
    WorkflowTask.objects.create(workflow=workflow, task=editors, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=board_task, sort_order=1)
    return workflow
