"""Admin of results/: the project's targets, kept by editors."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import ProjectTarget


class ProjectTargetViewSet(SnippetViewSet):
    """The project's promised figures; the results page measures each from public data."""

    model = ProjectTarget
    icon = "success"
    menu_label = _("Proje hedefleri")
    list_display = ["label", "target", "unit", "measure"]
    search_fields = ["label"]
    search_backend_name = None


register_snippet(ProjectTargetViewSet)
