"""The board's review as its users see it: the dashboard panel of what waits for the Monitoring
Board, grouped by municipality with how long the oldest submission has waited, and the notice on
a page the board sent back for changes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.admin.ui.components import Component
from wagtail.models import Page, TaskState, WorkflowState

from portal.text import turkish_sort_key

from .permissions import is_board_member
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


def waiting_by_municipality(user: Any) -> list[WaitingGroup]:
    """The pages waiting for the user's review, grouped by municipality (Turkish order; pages
    outside any municipality last), each group's pages oldest first. Three queries."""
    started_at = {
        int(state.revision.object_id): state.started_at
        for state in TaskState.objects.reviewable_by(user).select_related("revision")
        if state.revision
    }
    waiting: list[tuple[Page, datetime]] = [
        (page, started_at[page.pk]) for page in Page.objects.filter(pk__in=started_at).specific()
    ]
    paths = {
        page.pk: municipality_path(page.path)
        for page, _ in waiting
        if page.depth > MUNICIPALITY_DEPTH
    }
    names = dict(Page.objects.filter(path__in=paths.values()).values_list("path", "title"))
    groups: dict[str, WaitingGroup] = {}
    for page, started in sorted(waiting, key=lambda item: item[1]):
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

    def __init__(self, request: Any) -> None:
        self.request = request

    def get_context_data(self, parent_context: Any) -> dict[str, Any]:
        context = super().get_context_data(parent_context)
        context["groups"] = waiting_by_municipality(self.request.user)
        context["now"] = timezone.now()
        return context


def add_board_queue_panel(request: Any, panels: list[Component]) -> None:
    """The hook's body: board members get the panel."""
    if is_board_member(request.user):
        panels.append(BoardQueuePanel(request))


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
