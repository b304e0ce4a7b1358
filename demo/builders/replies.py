"""The demo's sample reply: Kadıköy answers its latest approved assessment, through the board.

The reply is added as Kadıköy's reporter would (a draft submitted to the "İzleme Heyeti onayı"
workflow), approved by the demo's board member, then translated into English; it is sample data
and says so. Idempotent: nothing is done when the assessment already has a reply.
"""

from __future__ import annotations

from datetime import timedelta

from django.contrib.auth import get_user_model

from demo.content import replies as content
from demo.content.users import BOARD_MEMBER, SUBMITTERS
from plans.models import AssessmentPage, MunicipalityPage
from portal.locales import default_locale
from replies.models import ReplyPage

from .monitoring import date_publication
from .publishing import Publisher

#: The reply is submitted a week after the assessment's approval and approved a week later.
SUBMISSION_DELAY = timedelta(days=7)
APPROVAL_DELAY = timedelta(days=14)


def build(publisher: Publisher) -> ReplyPage | None:
    """Kadıköy's approved reply to its latest approved assessment (None without one)."""
    municipality = MunicipalityPage.objects.filter(
        slug=content.REPLY_MUNICIPALITY, locale=default_locale()
    ).first()
    if municipality is None:
        return None
    assessment = (
        AssessmentPage.objects.descendant_of(municipality)
        .for_public()
        .filter(locale=default_locale())
        .order_by("-period__start_date")
        .first()
    )
    if assessment is None:
        return None
    existing = ReplyPage.objects.child_of(assessment).first()
    if existing is not None:
        return existing
    users = get_user_model().objects.in_bulk(
        [BOARD_MEMBER, SUBMITTERS[content.REPLY_MUNICIPALITY]], field_name="username"
    )
    reporter, board = users[SUBMITTERS[content.REPLY_MUNICIPALITY]], users[BOARD_MEMBER]
    reply = ReplyPage(
        title=content.TITLE.tr,
        slug=content.SLUG.tr,
        body=content.BODY.tr,
        is_sample_data=True,
        live=False,
    )
    assessment.add_child(instance=reply)
    reply.save_revision(user=reporter)
    workflow_state = reply.get_workflow().start(reply, reporter)
    task_state = reply.current_workflow_task_state
    task_state.task.specific.on_action(task_state, board, "approve")
    reply.refresh_from_db()
    english = publisher.translate(
        reply, {"title": content.TITLE.en, "slug": content.SLUG.en, "body": content.BODY.en}
    )
    approved = assessment.last_published_at + APPROVAL_DELAY
    date_publication([reply, english], approved)
    type(workflow_state).objects.filter(pk=workflow_state.pk).update(
        created_at=assessment.last_published_at + SUBMISSION_DELAY
    )
    publisher.stdout.write(f"  + {reply.url_path} (approved reply, sample data)\n")
    return reply
