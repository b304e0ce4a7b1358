"""The e-mails of the Monitoring Board's workflow: who is told what, about which municipality.

Wagtail 7.4 sends four workflow e-mails (wagtail.admin.signal_handlers), each only to active users
with an address whose account settings leave that notification on (the default):

- "submitted" for the group approval task: to the task's groups (the Monitoring Board), and to
  superusers unless WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS is off (portal/settings/base.py
  turns it off), never to the submitter;
- "submitted" for the workflow: to superusers only (so not sent here);
- "approved" and "rejected" (the board's "Request changes"): to the submitter, unless they acted
  themselves.

The texts are templates/wagtailadmin/notifications/*.txt. The notifiers below replace Wagtail's
under the same signal dispatch_uids and add to Wagtail's behaviour:

1. the review context (municipality, monitoring period, absolute admin links, the board's
   comment; `ReviewContext`), so templates only print;
2. Turkish for recipients who picked no admin language (Wagtail would fall back to the language
   of the request that caused the e-mail, e.g. a reporter's English admin);
3. an SMTP error (wrong password, TLS failure) is logged, not raised: Wagtail only catches timeouts
   and refused connections, and anything else would undo the board's approval or rejection.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.db.models import Model
from django.dispatch import Signal
from django.urls import reverse
from django.utils import translation

from wagtail.admin.mail import (
    EmailNotificationMixin,
    GroupApprovalTaskStateSubmissionEmailNotifier,
    WorkflowStateApprovalEmailNotifier,
    WorkflowStateRejectionEmailNotifier,
    WorkflowStateSubmissionEmailNotifier,
)
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from .models import AssessmentPage, MonitoringPeriod, MunicipalityPage

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class ReviewContext:
    """What a workflow e-mail says about the page under review."""

    page: Page
    municipality: MunicipalityPage | None
    period: MonitoringPeriod | None

    @property
    def municipality_name(self) -> str:
        """The municipality's name in the active language (the recipient's, while rendering)."""
        return self.municipality.localized.title if self.municipality else ""

    @property
    def period_name(self) -> str:
        """The assessment's monitoring period in the active language; empty for other pages."""
        return self.period.localized.name if self.period else ""

    @property
    def edit_url(self) -> str:
        """Absolute link to the page's edit screen, where the board approves or asks for changes."""
        return admin_url("wagtailadmin_pages:edit", self.page.pk)


def admin_url(name: str, *args: Any) -> str:
    """An absolute admin URL on WAGTAILADMIN_BASE_URL, for e-mails."""
    return f"{(get_admin_base_url() or '').rstrip('/')}{reverse(name, args=args)}"


def review_context(page: Page) -> ReviewContext:
    """The municipality a page belongs to (None above the municipalities, e.g. a report) and, for
    an assessment, its monitoring period (None for plans, actions and other pages)."""
    specific = page.specific_deferred
    municipality = MunicipalityPage.objects.ancestor_of(page, inclusive=True).first()
    period = specific.period if isinstance(specific, AssessmentPage) else None
    return ReviewContext(page=page, municipality=municipality, period=period)


def board_comment(workflow_state: WorkflowState) -> str:
    """The comment of the workflow's last decision ("Approve with comment", "Request changes")."""
    task_state = (
        workflow_state.task_states.exclude(finished_at=None).order_by("-finished_at").first()
    )
    return task_state.specific.get_comment() if task_state else ""


class PortalNotifierMixin(EmailNotificationMixin):
    """Turkish by default, the review context, and no exception out of a failing mail server."""

    def get_context(self, instance: Model, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(instance, **kwargs)
        if isinstance(context.get("object"), Page):
            context["review"] = review_context(context["object"])
        return context

    def send_emails(
        self,
        template_set: dict[str, str],
        context: dict[str, Any],
        recipients: set[Any],
        **kwargs: Any,
    ) -> bool:
        # Wagtail renders each e-mail in the recipient's admin language, falling back to the
        # active one: make that the site's language, not the triggering request's.
        with translation.override(settings.LANGUAGE_CODE):
            try:
                return super().send_emails(template_set, context, recipients, **kwargs)
            except OSError:  # smtplib's errors are OSErrors too
                logger.exception("Workflow notification not sent: the mail server failed")
                return False


class TaskSubmittedNotifier(PortalNotifierMixin, GroupApprovalTaskStateSubmissionEmailNotifier):
    """ "İzleme Heyeti onayınızı bekliyor" to the board members of the task."""

    def get_context(self, task_state: TaskState, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(task_state, **kwargs)
        context["requested_by"] = task_state.workflow_state.requested_by
        if "review" in context:
            context["preview_url"] = admin_url(
                "wagtailadmin_pages:workflow_preview", context["object"].pk, task_state.task_id
            )
        return context


class WorkflowSubmittedNotifier(PortalNotifierMixin, WorkflowStateSubmissionEmailNotifier):
    """The submission of a whole workflow, to superusers when they are included."""


class WorkflowApprovedNotifier(PortalNotifierMixin, WorkflowStateApprovalEmailNotifier):
    """The board's approval, with its comment, to the submitter."""

    def get_context(self, workflow_state: WorkflowState, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context(workflow_state, **kwargs)
        context["comment"] = board_comment(workflow_state)
        return context


class WorkflowRejectedNotifier(PortalNotifierMixin, WorkflowStateRejectionEmailNotifier):
    """The board's request for changes, with its comment, to the submitter."""


#: (signal, sender, Wagtail's dispatch_uid, our notifier)
NOTIFIERS: list[tuple[Signal, type[Model], str, PortalNotifierMixin]] = [
    (
        task_submitted,
        TaskState,
        "group_approval_task_submitted_email_notification",
        TaskSubmittedNotifier(),
    ),
    (
        workflow_submitted,
        WorkflowState,
        "workflow_state_submitted_email_notification",
        WorkflowSubmittedNotifier(),
    ),
    (
        workflow_approved,
        WorkflowState,
        "workflow_state_approved_email_notification",
        WorkflowApprovedNotifier(),
    ),
    (
        workflow_rejected,
        WorkflowState,
        "workflow_state_rejected_email_notification",
        WorkflowRejectedNotifier(),
    ),
]


def connect() -> None:
    """Put our notifiers in the place of Wagtail's, whichever app becomes ready first: Django
    skips a later connect() with a dispatch_uid that is already connected."""
    for signal, sender, dispatch_uid, notifier in NOTIFIERS:
        signal.disconnect(sender=sender, dispatch_uid=dispatch_uid)
        signal.connect(notifier, sender=sender, dispatch_uid=dispatch_uid, weak=False)
