"""`manage.py setup_roles`: the portal's groups and permissions, idempotently."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from plans.roles import ensure_all_municipality_reporters
from portal.roles import (
    ensure_board_workflow,
    ensure_core_groups,
    retire_workflows_without_approvers,
)
from portal.turkish_order import sort_collections
from results.roles import ensure_results_roles
from subscriptions.roles import ensure_subscription_roles
from training.roles import ensure_training_roles


class Command(BaseCommand):
    """Create or repair the role groups, one reporters group per municipality and the board
    workflow."""

    help = (
        "Create or repair the role groups, each municipality's reporters group and collection, and "
        "each training programme's participants group and private collection; collections in "
        "Turkish alphabetical order."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        for name in ensure_core_groups():
            self.stdout.write(f"  group: {name}")
        for group in ensure_all_municipality_reporters():
            self.stdout.write(f"  group: {group.name}")
        for group in ensure_training_roles():
            self.stdout.write(f"  group: {group.name}")
        ensure_results_roles()
        ensure_subscription_roles()
        self.stdout.write(f"  workflow: {ensure_board_workflow().name}")
        if moved := sort_collections():
            self.stdout.write(f"  collections put in Turkish order: {moved} moved")
        for workflow in retire_workflows_without_approvers():
            self.stdout.write(f"  workflow without approvers deactivated: {workflow.name}")
        self.stdout.write(self.style.SUCCESS("Roles ready."))
