"""The portal's roles as Wagtail groups, and the helpers that grant them page and collection rights.

Roles (docs/architecture.md):
- Editors: all content; the board workflow keeps them from approving.
- Monitoring Board: edits and publishes under the municipality and report indexes.
- Training participants: no admin access; page privacy opens participant-only material to them.
- "<Municipality> raportörleri": one per municipality, created by plans.roles.

Everything here is idempotent: running it again changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.contrib.auth.models import Group, Permission
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

EDITORS = "Editörler"
#: Collections released to the public from the start (portal.models.PublicCollection).
PRESS_KIT_COLLECTION = "Basın kiti"
MONITORING_BOARD = "İzleme Heyeti"
TRAINING_PARTICIPANTS = "Eğitim Katılımcıları"

EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
BOARD_PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")
# Reporters draft and submit; they never publish.
REPORTER_PAGE_PERMISSIONS = ("add_page", "change_page")

MEDIA_EDIT_PERMISSIONS = (
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
)
MEDIA_CHOOSE_PERMISSIONS = (
    ("wagtaildocs", "choose_document"),
    ("wagtailimages", "choose_image"),
)


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_admin_access(group: Group) -> None:
    """Let the group log in to the Wagtail admin."""
    group.permissions.add(_permission("wagtailadmin", "access_admin"))


def child_collection(name: str, parent: Collection | None = None) -> Collection:
    """The collection called `name` under `parent` (the root by default), created if missing."""
    parent = parent or Collection.get_first_root_node()
    return parent.get_children().filter(name=name).first() or parent.add_child(name=name)


def release_collection(collection: Collection, note: str) -> None:
    """Release a collection to the public (its documents and images are served to anyone),
    unless it already is; an editor's later note is kept."""
    from portal.models import PublicCollection

    PublicCollection.objects.get_or_create(collection=collection, defaults={"note": note})


def grant_model_permissions(group: Group, app_label: str, codenames: Iterable[str]) -> None:
    """Give the group model permissions (e.g. "add_enrollment") of one app."""
    group.permissions.add(*(_permission(app_label, codename) for codename in codenames))


def grant_page_permissions(group: Group, pages: Iterable[Page], codenames: Iterable[str]) -> None:
    """Give the group the page permissions on each page and, through Wagtail, its subtree."""
    permissions = [_permission("wagtailcore", codename) for codename in codenames]
    for page in pages:
        for permission in permissions:
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


def grant_collection_permissions(
    group: Group, collection: Collection, permissions: Iterable[tuple[str, str]]
) -> None:
    """Give the group document/image permissions on a collection and its descendants."""
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=_permission(app_label, codename)
        )


@transaction.atomic
def ensure_core_groups() -> dict[str, Group]:
    """Create Editors, Monitoring Board and Training participants with their rights."""
    from plans.models import MunicipalityIndexPage
    from portal.models import HomePage
    from reports.models import ReportIndexPage

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    board, _ = Group.objects.get_or_create(name=MONITORING_BOARD)
    participants, _ = Group.objects.get_or_create(name=TRAINING_PARTICIPANTS)
    root_collection = Collection.get_first_root_node()

    grant_admin_access(editors)
    editors.permissions.add(_permission("wagtail_localize", "submit_translation"))
    grant_page_permissions(editors, HomePage.objects.all(), EDITOR_PAGE_PERMISSIONS)
    grant_collection_permissions(
        editors,
        root_collection,
        [
            *MEDIA_EDIT_PERMISSIONS,
            ("wagtaildocs", "delete_document"),
            ("wagtailimages", "delete_image"),
        ],
    )

    grant_model_permissions(
        editors,
        "portal",
        [
            "add_publiccollection",
            "change_publiccollection",
            "delete_publiccollection",
            "view_publiccollection",
        ],
    )
    release_collection(
        child_collection(PRESS_KIT_COLLECTION), "Basın kiti: logolar, basın bültenleri"
    )

    grant_admin_access(board)
    board_sections = [*MunicipalityIndexPage.objects.all(), *ReportIndexPage.objects.all()]
    grant_page_permissions(board, board_sections, BOARD_PAGE_PERMISSIONS)
    grant_collection_permissions(board, root_collection, MEDIA_CHOOSE_PERMISSIONS)

    return {EDITORS: editors, MONITORING_BOARD: board, TRAINING_PARTICIPANTS: participants}


BOARD_WORKFLOW = "İzleme Heyeti onayı"


@transaction.atomic
def ensure_board_workflow() -> Workflow:
    """The "İzleme Heyeti onayı" workflow (one board approval task) on every municipality index
    and report index.

    Everything under the municipalities (plans, actions, assessments) and every report is submitted
    to the board; assessments and reports can only be published through it (plans.permissions).
    Its one step is plans.models.BoardApprovalTask (approval through a confirmation, a comment
    required for asking for changes); an older plain group approval step in the workflow is
    replaced and deactivated (submissions waiting on it are cancelled: send them again).
    """
    from plans.models import BoardApprovalTask, MunicipalityIndexPage
    from reports.models import ReportIndexPage

    board = Group.objects.get(name=MONITORING_BOARD)
    task = BoardApprovalTask.objects.filter(name=BOARD_WORKFLOW).first()
    if task is None:
        task = BoardApprovalTask.objects.create(name=BOARD_WORKFLOW)
    task.groups.add(board)
    workflow, _ = Workflow.objects.get_or_create(name=BOARD_WORKFLOW)
    for link in WorkflowTask.objects.filter(workflow=workflow).exclude(task=task):
        link.task.specific.deactivate()
        link.delete()
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in [*MunicipalityIndexPage.objects.all(), *ReportIndexPage.objects.all()]:
        WorkflowPage.objects.update_or_create(page=index, defaults={"workflow": workflow})
    return workflow


def has_approvers(workflow: Workflow) -> bool:
    """Whether every task of the workflow has someone to act on it: a group approval task needs
    at least one group (other task types are trusted to name their own approvers)."""
    tasks = [task.specific for task in workflow.tasks.all()]
    return bool(tasks) and all(
        not isinstance(task, GroupApprovalTask) or task.groups.exists() for task in tasks
    )


@transaction.atomic
def retire_workflows_without_approvers() -> list[Workflow]:
    """Deactivate every active workflow that has a task no one can approve (Wagtail's initial
    "Moderators approval" on the root, once its Moderators group is gone): pages under it were
    submitted into a queue nobody sees. Deactivating cancels such submissions and unassigns the
    workflow from its pages. Returns the workflows retired."""
    retired = [
        workflow for workflow in Workflow.objects.filter(active=True) if not has_approvers(workflow)
    ]
    for workflow in retired:
        workflow.deactivate()
    return retired
