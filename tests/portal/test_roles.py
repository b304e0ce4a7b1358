"""setup_roles leaves no workflow that no one can approve."""

from __future__ import annotations

from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from portal.roles import BOARD_WORKFLOW, has_approvers
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def test_every_active_workflow_has_approvers(site_tree: SiteTree) -> None:
    active = Workflow.objects.filter(active=True)
    assert list(active.values_list("name", flat=True)) == [BOARD_WORKFLOW]
    assert all(has_approvers(workflow) for workflow in active)
    # Wagtail's starter workflow lost its Moderators group with the portal's migration.
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_setup_roles_retires_a_workflow_no_one_can_approve(site_tree: SiteTree) -> None:
    orphan = Workflow.objects.create(name="Sahipsiz onay")
    task = GroupApprovalTask.objects.create(name="Kimsesiz görev")
    WorkflowTask.objects.create(workflow=orphan, task=task, sort_order=0)
    WorkflowPage.objects.create(page=site_tree.home, workflow=orphan)
    output = StringIO()
    call_command("setup_roles", stdout=output)
    orphan.refresh_from_db()
    assert not orphan.active
    assert not WorkflowPage.objects.filter(workflow=orphan).exists()
    assert "Sahipsiz onay" in output.getvalue()
    assert Workflow.objects.get(name=BOARD_WORKFLOW).active
