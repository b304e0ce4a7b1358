"""Template tags of the board's comparison: the changes on the approval confirmation."""

from __future__ import annotations

from django import template
from django.contrib.contenttypes.models import ContentType

from wagtail.models import Revision

from plans.compare_views import ChangeSummary, change_summary
from plans.models import AssessmentPage

register = template.Library()


@register.simple_tag
def approval_changes(revision: Revision | None) -> ChangeSummary | None:
    """The changes approving this revision publishes, for an assessment's revision; None for
    other pages' (reports)."""
    if revision is None:
        return None
    if ContentType.objects.get_for_id(revision.content_type_id).model_class() is not AssessmentPage:
        return None
    return change_summary(revision)
