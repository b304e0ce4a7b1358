"""Helpers of the replies tests: a reply submitted as a reporter would, approved by the board."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser

from wagtail.models import Locale

from plans.models import AssessmentPage
from portal.translation import publish_translation
from replies.models import ReplyPage

#: Words that appear nowhere else, to find the reply in any channel.
REPLY_WORD = "Zeytinyağlıkahve"
REPLY_TEXT = f"<p>Belediyenin yanıtı: {REPLY_WORD} kreş ruhsatı dönem sonunda çıktı.</p>"
ENGLISH_WORD = "Olivecoffeereply"
ENGLISH_TEXT = f"<p>The municipality's reply: {ENGLISH_WORD} the nursery licence came late.</p>"


def submit_reply(
    assessment: AssessmentPage, reporter: AbstractUser, body: str = REPLY_TEXT
) -> ReplyPage:
    """A reply under the assessment, saved as a draft by the reporter and submitted to the
    board's workflow (inherited from the municipality index)."""
    reply = ReplyPage(title="Belediyenin yanıtı", slug="yanit", body=body, live=False)
    assessment.add_child(instance=reply)
    reply.save_revision(user=reporter)
    workflow = reply.get_workflow()
    assert workflow is not None
    workflow.start(reply, reporter)
    reply.refresh_from_db()
    return reply


def approve(reply: ReplyPage, board_member: AbstractUser) -> ReplyPage:
    """The board approves the reply's submission (its task's "approve" action)."""
    task_state = reply.current_workflow_task_state
    task_state.task.specific.on_action(task_state, board_member, "approve")
    reply.refresh_from_db()
    assert reply.live
    return reply


def translate_reply(reply: ReplyPage, english: Locale, body: str = ENGLISH_TEXT) -> ReplyPage:
    """The reply's English translation, published (as a translator does)."""
    return publish_translation(reply, english, {"title": "The municipality's reply", "body": body})
