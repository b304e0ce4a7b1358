"""Admin of training/: new programmes' groups, enrollments, and the read-only download counts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Enrollment, MaterialDownload, TrainingProgrammePage
from .roles import ensure_programme_participants


@hooks.register("after_create_page")
def create_participants_for_new_programme(request: HttpRequest, page: Page) -> None:
    """A programme created in the admin gets its participants group and private collection."""
    if isinstance(page.specific, TrainingProgrammePage):
        ensure_programme_participants(page.specific)


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Only viewing: download counts are written by downloads, never by hand."""

    WRITE_ACTIONS = frozenset({"add", "change", "delete", "copy", "lock", "unlock"})

    def user_has_permission(self, user: Any, action: str) -> bool:
        return action not in self.WRITE_ACTIONS and super().user_has_permission(user, action)

    def user_has_any_permission(self, user: Any, actions: Iterable[str]) -> bool:
        return any(self.user_has_permission(user, action) for action in actions)


class EnrollmentViewSet(SnippetViewSet):
    """Editors enroll participants and mark programmes complete (which opens the certificate)."""

    model = Enrollment
    icon = "group"
    menu_label = _("Kayıtlar")
    list_display = ["user", "programme", "organisation_kind", "enrolled_on", "completed_on"]
    list_filter = ["programme", "completed_on", "organisation_kind"]
    search_fields = ["user__username", "user__first_name", "user__last_name"]
    search_backend_name = None


class MaterialDownloadViewSet(SnippetViewSet):
    """How often each material was downloaded (counts only; nobody's identity is stored)."""

    model = MaterialDownload
    icon = "download"
    menu_label = _("İndirme sayıları")
    list_display = ["document", "count", "last_download_on"]
    inspect_view_enabled = True
    search_fields = ["document__title"]
    search_backend_name = None

    @property
    def permission_policy(self) -> ModelPermissionPolicy:
        return ReadOnlyPermissionPolicy(self.model)


class TrainingViewSetGroup(SnippetViewSetGroup):
    """The "Eğitimler" admin menu."""

    items = (EnrollmentViewSet, MaterialDownloadViewSet)
    menu_icon = "info-circle"
    menu_label = _("Eğitimler")
    menu_name = "training"


register_snippet(TrainingViewSetGroup)
