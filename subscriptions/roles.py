"""Who may see and erase e-mail subscriptions in the admin: the editors and the Monitoring Board
(an address's owner asks them for erasure under KVKK/GDPR). Nobody edits an address or a choice:
only the subscriber does, through the confirmation and unsubscribe links."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from portal.roles import EDITORS, MONITORING_BOARD, grant_model_permissions


@transaction.atomic
def ensure_subscription_roles() -> list[Group]:
    """Editors and the board view and delete subscriptions."""
    groups = []
    for name in (EDITORS, MONITORING_BOARD):
        group, _ = Group.objects.get_or_create(name=name)
        grant_model_permissions(
            group, "subscriptions", ["view_subscription", "delete_subscription"]
        )
        groups.append(group)
    return groups
