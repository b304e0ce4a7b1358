"""Who may reply, where and when: a municipality's own reporters, under their own approved
assessments only, through the board's workflow; nobody but the board publishes a reply."""

from __future__ import annotations

from typing import Any

import pytest

from django.contrib.auth.models import AbstractUser
from django.test import Client

from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from plans.models import AssessmentPage
from portal.roles import BOARD_WORKFLOW
from portal.translation import publish_translation
from replies.models import ReplyPage
from tests.replies.helpers import REPLY_WORD, approve, submit_reply
from tests.scenarios.monitoring import Monitoring, make_assessment

pytestmark = pytest.mark.django_db


def add_url(parent: Page) -> str:
    return f"/admin/pages/add/replies/replypage/{parent.pk}/"


def reply_form(**extra: Any) -> dict[str, Any]:
    """POST data of the reply's create form in the admin."""
    data = {
        "title": "Belediyenin yanıtı",
        "slug": "yanit",
        "body": rich_text(f"<p>{REPLY_WORD} yanıtımız.</p>"),
        "documents": streamfield([]),
        "comments": inline_formset([]),
    }
    return {**nested_form_data(data), **extra}


def refused(response: Any) -> bool:
    """Wagtail answers "permission denied" with a redirect to the dashboard (403 for AJAX)."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == "/admin/"
    )


def test_kadikoy_reporter_submits_a_reply_to_the_board(
    kadikoy_client: Client, assessment: AssessmentPage
) -> None:
    assert kadikoy_client.get(add_url(assessment)).status_code == 200
    response = kadikoy_client.post(
        add_url(assessment), reply_form(**{"action-submit": "action-submit"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    reply = ReplyPage.objects.child_of(assessment).get()
    assert not reply.live
    state = reply.current_workflow_state
    assert state is not None and state.workflow.name == BOARD_WORKFLOW
    assert state.status == state.STATUS_IN_PROGRESS


def test_reporter_cannot_publish_a_reply(
    kadikoy_client: Client, kadikoy_reporter: AbstractUser, assessment: AssessmentPage
) -> None:
    response = kadikoy_client.post(
        add_url(assessment), reply_form(**{"action-publish": "action-publish"})
    )
    assert response.status_code in (200, 302, 403)
    reply = ReplyPage.objects.child_of(assessment).first()
    assert reply is None or not reply.live

    reply = submit_reply(assessment, kadikoy_reporter) if reply is None else reply
    permissions = reply.permissions_for_user(kadikoy_reporter)
    assert permissions.can_edit()
    assert not permissions.can_publish()
    response = kadikoy_client.post(
        f"/admin/pages/{reply.pk}/edit/",
        {
            **reply_form(slug=reply.slug),
            "action-publish": "action-publish",
        },
    )
    reply.refresh_from_db()
    assert not reply.live


def test_the_board_publishes_the_reply_through_its_workflow(
    assessment: AssessmentPage, kadikoy_reporter: AbstractUser, board_member: AbstractUser
) -> None:
    reply = submit_reply(assessment, kadikoy_reporter)
    assert reply.get_workflow().name == BOARD_WORKFLOW  # inherited from the municipality index
    assert reply.permissions_for_user(board_member).can_publish()
    # The board's queue and confirmation say what it is.
    assert "Kadıköy" in reply.get_admin_display_title()
    assert "rakamlarını değiştirmez" in reply.approval_summary()
    approve(reply, board_member)
    assert reply.live


def test_nilufer_reporter_cannot_reply_for_kadikoy(
    nilufer_client: Client,
    nilufer_reporter: AbstractUser,
    assessment: AssessmentPage,
    kadikoy_reporter: AbstractUser,
) -> None:
    assert refused(nilufer_client.get(add_url(assessment)))
    response = nilufer_client.post(
        add_url(assessment), reply_form(**{"action-submit": "action-submit"})
    )
    assert refused(response)
    assert not ReplyPage.objects.child_of(assessment).exists()
    assert not assessment.permissions_for_user(nilufer_reporter).can_add_subpage()

    # Kadıköy's own reply: Nilüfer's reporter cannot open it, and never sees it listed.
    reply = submit_reply(assessment, kadikoy_reporter)
    assert refused(nilufer_client.get(f"/admin/pages/{reply.pk}/edit/"))
    for url in (
        f"/admin/pages/{assessment.pk}/",
        "/admin/pages/search/?q=yan%C4%B1t",
        "/admin/choose-page/search/?q=yan%C4%B1t",
        f"/admin/choose-page/{assessment.pk}/",
    ):
        response = nilufer_client.get(url)
        html = response.content.decode()
        assert f"/admin/pages/{reply.pk}/" not in html, url
        assert f'data-page-id="{reply.pk}"' not in html, url
        assert "Belediyenin yanıtı" not in html or response.status_code != 200, url


def test_no_reply_to_a_draft_assessment(
    kadikoy_client: Client, monitoring: Monitoring, board_member: AbstractUser
) -> None:
    draft = make_assessment(
        monitoring.plan, monitoring.add_period(2), rows=[], values=[], publish=False
    )
    assert not ReplyPage.can_create_at(draft)
    assert refused(kadikoy_client.get(add_url(draft)))
    response = kadikoy_client.post(add_url(draft), reply_form(**{"action-submit": "1"}))
    assert refused(response)
    assert not ReplyPage.objects.child_of(draft).exists()


def test_a_reply_is_made_in_turkish_and_only_once(
    monitoring: Monitoring, assessment: AssessmentPage, kadikoy_reporter: AbstractUser
) -> None:
    assert ReplyPage.can_create_at(assessment)
    english = monitoring.tree.english
    publish_translation(monitoring.plan, english, {"title": "LEAP", "slug": "leap"})
    translated = publish_translation(assessment, english, {"title": "Assessment"})
    assert not ReplyPage.can_create_at(translated)  # the English copy is a translation
    submit_reply(assessment, kadikoy_reporter)
    assert not ReplyPage.can_create_at(assessment)  # one reply per assessment
