"""The admin dashboard (/admin/) in a constant number of queries, however many submissions wait.

Wagtail 7.4's "awaiting your review" panel (`WorkflowObjectsToModeratePanel`) reads, for each
submission it lists, the workflow's tasks with their status (`all_tasks_with_status()`: two
queries) and, through `get_admin_display_title`, the assessment's municipality and period (two
more), and the board's own panel (`plans.board_queue`) read the same submissions again: 79
queries for ten assessments waiting on the national-scale data. Here both panels share one
`ReviewQueue`, the titles are read for all assessments at once, once per queue whichever panel
draws first (`ReviewQueue.municipality_titles`, `prime_admin_titles`), and the tasks' statuses
for all workflows at once (`tasks_with_status`).

Nothing is cached: what waits for review changes without a publish, so the content generation
(portal.caching) would not empty such a cache.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.utils.translation import gettext_lazy

from wagtail.admin.ui.components import Component
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page, Task, TaskState, WorkflowState, WorkflowTask

from .board_queue import BoardQueuePanel, ReviewQueue
from .permissions import is_board_member

#: Wagtail's msgid for a task not started yet (translated by its catalog and locale/tr); a
#: variable, so that makemessages does not take it for one of the portal's own strings.
NOT_STARTED = "Not started"


def tasks_with_status(workflow_states: Iterable[WorkflowState]) -> dict[int, list[Task]]:
    """`WorkflowState.all_tasks_with_status()` for many workflow states in two queries: by
    workflow state id, the workflow's tasks in order, each with the `status` of its latest task
    state that applies to the current revision (None when not started) and `status_display`.

    As in Wagtail 7.4 (`_get_applicable_task_states`), with
    `WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT` only the task states of the latest revision
    reviewed in the workflow state apply."""
    workflow_states = list(workflow_states)
    if not workflow_states:
        return {}
    tasks_of: dict[int, list[Task]] = defaultdict(list)
    for link in (
        WorkflowTask.objects.filter(
            workflow_id__in={state.workflow_id for state in workflow_states}
        )
        .select_related("task")
        .order_by("sort_order")
    ):
        tasks_of[link.workflow_id].append(link.task)

    rows_of: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for row in TaskState.objects.filter(
        workflow_state_id__in=[state.pk for state in workflow_states]
    ).values(
        "id",
        "workflow_state_id",
        "task_id",
        "status",
        "started_at",
        "revision_id",
        "revision__created_at",
        "revision__base_content_type_id",
        "revision__object_id",
    ):
        rows_of[row["workflow_state_id"]].append(row)

    reapproval = getattr(settings, "WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT", False)
    labels = dict(TaskState.STATUS_CHOICES)
    result: dict[int, list[Task]] = {}
    for state in workflow_states:
        rows = rows_of[state.pk]
        if reapproval:
            rows = applicable_to_latest_revision(state, rows)
        latest: dict[int, dict[str, Any]] = {}
        for row in sorted(rows, key=lambda row: (row["started_at"], row["id"])):
            latest[row["task_id"]] = row
        tasks = []
        for task in tasks_of[state.workflow_id]:
            task = copy.copy(task)  # one status per workflow state
            task.status = latest[task.pk]["status"] if task.pk in latest else None
            task.status_display = labels.get(task.status, gettext_lazy(NOT_STARTED))
            tasks.append(task)
        result[state.pk] = tasks
    return result


def applicable_to_latest_revision(
    state: WorkflowState, rows: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The task state rows of the latest of the object's revisions reviewed in the workflow
    state (`WorkflowState.revisions()`, newest by creation time, then id)."""
    revisions = [
        (row["revision__created_at"], row["revision_id"])
        for row in rows
        if row["revision__base_content_type_id"] == state.base_content_type_id
        and row["revision__object_id"] == state.object_id
    ]
    if not revisions:
        return []
    _created, latest_revision_id = max(revisions)
    return [row for row in rows if row["revision_id"] == latest_revision_id]


class BulkModerationPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "awaiting your review" panel with the same rows, template and links, read in a
    constant number of queries (see the module docstring).

    A subclass because Wagtail reads each row's tasks inside `get_context_data`, where no
    prefetch reaches: the method is Wagtail 7.4's with the reads done in bulk (UPGRADING.md;
    `tests/plans/test_dashboard_queries.py` compares the rows with Wagtail's own panel)."""

    def __init__(self, queue: ReviewQueue) -> None:
        self.queue = queue

    def get_context_data(self, parent_context: Any) -> dict[str, Any]:
        request = parent_context["request"]
        context = Component.get_context_data(self, parent_context)
        context["states"] = []
        context["request"] = request
        context["csrf_token"] = parent_context["csrf_token"]
        if not getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True):
            return context

        # Task states whose object no longer exists are skipped, as Wagtail does.
        states = [state for state in self.queue.states if state.revision.content_object]
        self.queue.municipality_titles  # noqa: B018 - the titles named below, read once per queue
        tasks = tasks_with_status(state.workflow_state for state in states)
        for state in states:
            obj = state.revision.content_object
            context["states"].append(
                {
                    "obj": obj,
                    "revision": state.revision,
                    "previous_revision_id": state.previous_revision_id,
                    "live_revision_id": obj.live_revision_id,
                    "task_state": state,
                    "actions": state.task.specific.get_actions(obj, request.user),
                    "workflow_tasks": tasks[state.workflow_state_id],
                    **url_names(obj),
                }
            )
        return context


def url_names(obj: Any) -> dict[str, str | None]:
    """The URL names of a row's actions, preview and comparison (pages or snippets), as
    Wagtail 7.4's panel chooses them."""
    names: dict[str, str | None] = {
        "workflow_action_url_name": "wagtailadmin_pages:workflow_action",
        "workflow_preview_url_name": "wagtailadmin_pages:workflow_preview",
        "revisions_compare_url_name": "wagtailadmin_pages:revisions_compare",
    }
    if not isinstance(obj, Page):
        viewset = obj.snippet_viewset
        names = {
            "workflow_action_url_name": viewset.get_url_name("workflow_action"),
            "workflow_preview_url_name": viewset.get_url_name("workflow_preview"),
            "revisions_compare_url_name": viewset.get_url_name("revisions_compare"),
        }
    if not getattr(obj, "is_previewable", False):
        names["workflow_preview_url_name"] = None
    return names


def build_dashboard_panels(request: Any, panels: list[Component]) -> None:
    """The `construct_homepage_panels` hook's body: Wagtail's review panel replaced by
    `BulkModerationPanel`, and for board members the board's panel, both reading one queue."""
    queue = ReviewQueue(request.user)
    panels[:] = [
        BulkModerationPanel(queue) if type(panel) is WorkflowObjectsToModeratePanel else panel
        for panel in panels
    ]
    if is_board_member(request.user):
        panels.append(BoardQueuePanel(request, queue))
