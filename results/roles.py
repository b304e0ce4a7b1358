"""Who keeps the project's targets: the editors."""

from __future__ import annotations

from django.contrib.auth.models import Group
from django.db import transaction

from portal.roles import EDITORS, grant_model_permissions


@transaction.atomic
def ensure_results_roles() -> Group:
    """Editors add, change and delete the project's targets."""
    editors, _ = Group.objects.get_or_create(name=EDITORS)
    grant_model_permissions(
        editors,
        "results",
        [
            "add_projecttarget",
            "change_projecttarget",
            "delete_projecttarget",
            "view_projecttarget",
        ],
    )
    return editors
