"""Admin hooks of the project app: a snippet change starts a new content generation."""

from __future__ import annotations

from typing import Any

from django.db import transaction

from wagtail import hooks

from .caching import bump_content_generation


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
@hooks.register("after_delete_snippet")
def new_content_generation(request: Any, *instances: Any) -> None:
    """Snippets (thematic areas, periods) show on many pages: drop every cached fragment."""
    transaction.on_commit(bump_content_generation)
