"""Admin of results/: the project's targets, kept by editors."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from portal.caching import FRONT_CACHE_URLS_HOOK

from .caching import add_results_urls
from .models import ProjectTarget

hooks.register(FRONT_CACHE_URLS_HOOK, add_results_urls)


class ProjectTargetViewSet(SnippetViewSet):
    """The project's promised figures; the results page measures each from public data."""

    model = ProjectTarget
    icon = "success"
    menu_label = _("Proje hedefleri")
    list_display = ["label", "target", "unit", "measure"]
    search_fields = ["label"]
    search_backend_name = None


register_snippet(ProjectTargetViewSet)
