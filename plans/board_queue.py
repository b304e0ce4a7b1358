"""The board's review as its users see it: the dashboard panel of what waits for the Monitoring
Board, grouped by municipality with how long the oldest submission has waited, and the notice on
a page the board sent back for changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from typing import Any

from django.db.models import Prefetch
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, TaskState, WorkflowState

from portal.text import turkish_sort_key

from .models.assessment import prime_admin_titles
from .tree import MUNICIPALITY_DEPTH, municipality_path


@dataclass
class WaitingGroup:
    """The pages of one municipality (or of no municipality: reports) waiting for review."""

    municipality: str
    pages: list[tuple[Page, datetime]] = field(default_factory=list)

    @property
    def oldest(self) -> datetime:
        """When the longest-waiting submission of the group was made."""
        return min(started for _page, started in self.pages)


class ReviewQueue:
    """The task states a user may review, read once for the whole dashboard: Wagtail's "awaiting
    your review" panel (`plans.admin_dashboard.BulkModerationPanel`) and the board's
    `BoardQueuePanel` list the same submissions.

    The query is Wagtail 7.4's own (`WorkflowObjectsToModeratePanel.get_context_data`): the
    revisions with their author and specific object, the workflow, and the previous revision's
    id; a constant number of queries however many submissions wait. The revisions' content
    (an assessment's every row, ~15 kB of JSON each) is left unread: no panel shows it."""

    def __init__(self, user: Any) -> None:
        self.user = user

    @cached_property
    def states(self) -> list[TaskState]:
        """The task states in progress that the user may act on, newest first."""
        return list(
            TaskState.objects.reviewable_by(self.user)
            .select_related(
                "revision",
                "revision__user",
                "workflow_state",
                "workflow_state__workflow",
            )
            .defer("revision__content")
            .prefetch_related(
                "revision__content_object",
                Prefetch(
                    "revision__content_object__latest_revision",
                    queryset=Revision.objects.defer("content"),
                ),
            )
            .order_by("-started_at")
            .annotate(previous_revision_id=Revision.objects.previous_revision_id_subquery())
        )

    @cached_property
    def municipality_titles(self) -> dict[str, str]:
        """{municipality path: title} of the municipalities the waiting pages lie in, read once
        for both panels (whichever draws first), and the titles and periods of the waiting
        assessments kept on them (`prime_admin_titles`), so neither panel names one with a
        query of its own."""
        pages = [state.revision.content_object for state in self.states]
        paths = {
            municipality_path(page.path)
            for page in pages
            if isinstance(page, Page) and page.depth > MUNICIPALITY_DEPTH
        }
        titles = dict(Page.objects.filter(path__in=paths).values_list("path", "title"))
        prime_admin_titles((page for page in pages if page), municipality_titles=titles)
        return titles

    def waiting_pages(self) -> list[tuple[Page, datetime]]:
        """Each page waiting for review with when its task started, oldest first; snippets and
        deleted pages are left out."""
        waiting = [
            (state.revision.content_object, state.started_at)
            for state in self.states
            if isinstance(state.revision.content_object, Page)
        ]
        return sorted(waiting, key=lambda item: item[1])


def waiting_by_municipality(user: Any, queue: ReviewQueue | None = None) -> list[WaitingGroup]:
    """The pages waiting for the user's review, grouped by municipality (Turkish order; pages
    outside any municipality last), each group's pages oldest first. The municipality titles
    are the queue's (`ReviewQueue.municipality_titles`: one query, shared with Wagtail's panel)."""
    queue = queue or ReviewQueue(user)
    waiting = queue.waiting_pages()
    names = queue.municipality_titles
    paths = {
        page.pk: municipality_path(page.path)
        for page, _ in waiting
        if page.depth > MUNICIPALITY_DEPTH
    }
    groups: dict[str, WaitingGroup] = {}
    for page, started in waiting:
        name = names.get(paths.get(page.pk, ""), "")
        groups.setdefault(name, WaitingGroup(name)).pages.append((page, started))
    return sorted(
        groups.values(),
        key=lambda group: (not group.municipality, turkish_sort_key(group.municipality)),
    )


class BoardQueuePanel(Component):
    """Dashboard panel for board members: waiting reviews by municipality."""

    name = "board_queue"
    template_name = "plans/admin/board_queue_panel.html"
    order = 210  # above Wagtail's own list of pages to moderate

    def __init__(self, request: Any, queue: ReviewQueue | None = None) -> None:
        self.request = request
        self.queue = queue or ReviewQueue(request.user)

    def get_context_data(self, parent_context: Any) -> dict[str, Any]:
        context = super().get_context_data(parent_context)
        context["groups"] = waiting_by_municipality(self.request.user, self.queue)
        context["now"] = timezone.now()
        return context


def changes_requested(page: Page) -> str | None:
    """The notice for a page whose latest workflow ended with the board asking for changes:
    who asked, when, and their comment; None otherwise. Two queries."""
    state = page.workflow_states.order_by("-created_at").first()
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    task_state = (
        state.task_states.exclude(finished_at=None)
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    if task_state is None:
        return None
    who = (
        task_state.finished_by.get_full_name() or task_state.finished_by.get_username()
        if task_state.finished_by
        else ""
    )
    comment = task_state.specific.get_comment() or _("(yorum yazılmadı)")
    return _(
        "İzleme Heyeti değişiklik istedi (%(who)s, %(when)s): “%(comment)s” Düzeltip yeniden "
        "“İzleme Heyeti onayı için gönder” ile gönderin."
    ) % {
        "who": who,
        "when": date_format(timezone.localtime(task_state.finished_at), "DATETIME_FORMAT"),
        "comment": comment,
    }
