"""The approval date and approved corrections of an assessment, for its public page."""

from __future__ import annotations

from django import template

from plans.changelog import AssessmentHistory, assessment_history
from plans.models import AssessmentPage

register = template.Library()


@register.simple_tag
def approval_history(page: AssessmentPage) -> AssessmentHistory:
    """`{% approval_history page as history %}`: plans.changelog.assessment_history of a page
    (a tag, so the page model's context stays as it is)."""
    return assessment_history(page)
