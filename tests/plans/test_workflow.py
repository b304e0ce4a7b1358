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

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


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


def submitted_assessment(monitoring: Monitoring, submitter: AbstractUser):  # type: ignore[no-untyped-def]
    """A draft assessment submitted to the board's workflow, and its task state."""
    page = draft_assessment(monitoring)
    page.get_workflow().start(page, submitter)
    return page, page.current_workflow_task_state


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
    page, task_state = submitted_assessment(monitoring, editor)
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
    page, task_state = submitted_assessment(monitoring, kadikoy_reporter)
    task_state.task.specific.on_action(task_state, board_member, "reject")
    page.refresh_from_db()
    assert not page.live
    public = Client(HTTP_HOST="localhost")
    assert ">77<" not in public.get(monitoring.indicator.url).content.decode()
    assert ",77," not in public.get(f"{monitoring.indicator.url}csv/").content.decode()


def test_editor_sees_no_publish_button_but_who_publishes(
    monitoring: Monitoring, editor: AbstractUser, board_member: AbstractUser
) -> None:
    page = draft_assessment(monitoring)
    for url in (
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/add/plans/assessmentpage/{monitoring.plan.pk}/",
    ):
        html = logged_in(editor).get(url).content.decode()
        assert 'name="action-publish"' not in html, url
        assert "yalnızca İzleme Heyeti yayımlar" in html, url
        board_html = logged_in(board_member).get(url).content.decode()
        assert 'name="action-publish"' in board_html, url
        assert "yalnızca İzleme Heyeti yayımlar" not in board_html, url


def test_the_reporter_sees_the_boards_request_for_changes_on_the_edit_page(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    page, task_state = submitted_assessment(monitoring, kadikoy_reporter)
    task_state.task.specific.on_action(
        task_state, board_member, "reject", comment="Kanıt belgesini ekleyin."
    )
    html = logged_in(kadikoy_reporter).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "İzleme Heyeti değişiklik istedi" in html
    assert "Kanıt belgesini ekleyin." in html
    assert (board_member.get_full_name() or board_member.get_username()) in html


def test_the_board_approves_through_a_confirmation_and_must_explain_a_request_for_changes(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    page, task_state = submitted_assessment(monitoring, kadikoy_reporter)
    actions = task_state.task.specific.get_actions(page, board_member)
    assert {name for name, _label, _form in actions} == {"approve", "reject"}
    assert all(needs_form for _name, _label, needs_form in actions)  # no one-click approval

    board = logged_in(board_member)
    base = f"/admin/pages/workflow/action/{page.pk}"
    confirmation = board.get(f"{base}/approve/{task_state.pk}/").json()["html"]
    assert "Onaylarsanız şu sayfa hemen herkese açık olur" in confirmation
    assert "Kadıköy Belediyesi" in confirmation
    assert "1 eylemin durumu ve 1 gösterge değeri yayımlanır." in confirmation

    refused = board.post(
        f"{base}/reject/{task_state.pk}/",
        {"comment": ""},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert refused.json()["step"] == "action"  # the form again, with its error
    page.refresh_from_db()
    assert page.workflow_in_progress  # no comment, no request for changes
    board.post(f"{base}/reject/{task_state.pk}/", {"comment": "Kanıtı ekleyin."})
    page.refresh_from_db()
    assert not page.workflow_in_progress and not page.live


def test_a_submitted_page_tells_the_reporter_how_to_edit_it_again(
    monitoring: Monitoring, kadikoy_reporter: AbstractUser
) -> None:
    page, _task_state = submitted_assessment(monitoring, kadikoy_reporter)
    html = logged_in(kadikoy_reporter).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert (
        "İzleme Heyeti&#x27;nin incelemesinde" in html or "İzleme Heyeti'nin incelemesinde" in html
    )
    assert "İncelemeden geri çek (yeniden düzenlemek için)" in html  # the cancel button's label
