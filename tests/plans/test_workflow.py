"""Only the Monitoring Board makes an assessment public, through its approval workflow."""

from __future__ import annotations

from datetime import date

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from plans.models import AssessmentPage
from tests.scenarios.monitoring import (
    Monitoring,
    action_row,
    assessment_form_data,
    make_assessment,
    value_row,
)

pytestmark = pytest.mark.django_db


def logged_in(user: AbstractUser) -> Client:
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def draft_assessment(monitoring: Monitoring) -> AssessmentPage:
    return make_assessment(
        monitoring.plan,
        monitoring.add_period(2),
        rows=[(monitoring.actions[0], "completed", 100, "")],
        values=[(monitoring.indicator, date(2026, 6, 30), "total", "77")],
        publish=False,
    )


def edit_data(monitoring: Monitoring, page: AssessmentPage, **extra: object) -> dict:
    return assessment_form_data(
        title=page.title,
        slug=page.slug,
        period=page.period,
        rows=[action_row(monitoring.actions[0], "completed", 100)],
        values=[value_row(monitoring.indicator, date(2026, 6, 30), "total", "77")],
        summary=page.summary,  # unchanged: reporters may not touch the board's text
        **extra,
    )


def test_reporter_submits_board_approves_and_it_goes_live(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    response = logged_in(kadikoy_reporter).post(
        f"/admin/pages/{page.pk}/edit/", {**edit_data(monitoring, page), "action-submit": "1"}
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page.refresh_from_db()
    assert page.workflow_in_progress
    assert not page.live
    assert page.url is not None  # the draft's own address, which answers 404 until approval
    assert Client(HTTP_HOST="localhost").get(page.url).status_code == 404

    # The reporter cannot approve their own submission.
    task_state = page.current_workflow_task_state
    task = task_state.task.specific
    assert "approve" not in [name for name, *_ in task.get_actions(page, kadikoy_reporter)]
    assert "approve" in [name for name, *_ in task.get_actions(page, board_member)]

    task_state.task.specific.on_action(task_state, board_member, "approve")
    page.refresh_from_db()
    assert page.live
    assert not page.workflow_in_progress
    public = Client(HTTP_HOST="localhost")
    assert public.get(page.url).status_code == 200
    assert "77" in public.get(monitoring.indicator.url).content.decode()


def test_board_approves_through_the_admin(
    monitoring: Monitoring, editor: AbstractUser, board_member: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    page.get_workflow().start(page, editor)
    task_state = page.current_workflow_task_state
    response = logged_in(board_member).post(
        f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": "Uygun"}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert page.live


def test_editor_cannot_publish_an_assessment_alone(
    monitoring: Monitoring, editor: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    assert not page.permissions_for_user(editor).can_publish()
    response = logged_in(editor).post(
        f"/admin/pages/{page.pk}/edit/", {**edit_data(monitoring, page), "action-publish": "1"}
    )
    assert response.status_code in (200, 302)
    page.refresh_from_db()
    assert not page.live
    assert (
        Client(HTTP_HOST="localhost").get(monitoring.indicator.url).content.decode().count(">77<")
        == 0
    )


def test_editor_cannot_create_and_publish_an_assessment_in_one_go(
    monitoring: Monitoring, editor: AbstractUser
) -> None:
    period = monitoring.add_period(3)
    data = assessment_form_data(
        title="Yeni değerlendirme",
        slug="yeni-degerlendirme",
        period=period,
        rows=[action_row(monitoring.actions[0], "completed", 100)],
        values=[],
        **{"action-publish": "1"},
    )
    response = logged_in(editor).post(
        f"/admin/pages/add/plans/assessmentpage/{monitoring.plan.pk}/", data
    )
    assert response.status_code in (200, 302)
    created = AssessmentPage.objects.filter(slug="yeni-degerlendirme").first()
    assert created is None or not created.live
    public = Client(HTTP_HOST="localhost")
    assert public.get(f"{monitoring.plan.url}yeni-degerlendirme/").status_code == 404


def test_editor_cannot_unpublish_an_approved_assessment(
    monitoring: Monitoring, editor: AbstractUser, board_member: AbstractUser
) -> None:
    approved = monitoring.assessments[0]
    assert not approved.permissions_for_user(editor).can_unpublish()
    assert approved.permissions_for_user(board_member).can_unpublish()
    assert approved.permissions_for_user(board_member).can_publish()


def test_rejected_assessment_stays_off_the_site(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    page.get_workflow().start(page, kadikoy_reporter)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, board_member, "reject")
    page.refresh_from_db()
    assert not page.live
    public = Client(HTTP_HOST="localhost")
    assert ">77<" not in public.get(monitoring.indicator.url).content.decode()
    assert ",77," not in public.get(f"{monitoring.indicator.url}csv/").content.decode()


def test_reporter_cannot_write_the_boards_judgement(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    data = assessment_form_data(
        title=page.title,
        slug=page.slug,
        period=page.period,
        rows=[
            action_row(monitoring.actions[0], "completed", 100, rating="4", board_comment="Çok iyi")
        ],
        values=[],
        summary="Kendi değerlendirmemiz",
    )
    response = logged_in(kadikoy_reporter).post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200  # the form comes back with errors
    assert "Bu alanı yalnızca İzleme Heyeti doldurabilir." in response.content.decode()
    page.refresh_from_db()
    assert page.summary != "Kendi değerlendirmemiz"
