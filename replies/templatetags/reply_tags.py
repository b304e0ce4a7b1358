"""Template tags of replies: the municipality's reply to an assessment, where it is shown."""

from __future__ import annotations

from django import template

from plans.models import AssessmentPage

from ..reading import ShownReply, reply_for

register = template.Library()


@register.simple_tag
def assessment_reply(assessment: AssessmentPage | None) -> ShownReply | None:
    """The approved, public reply to the assessment, in the visitor's language (or None)."""
    return reply_for(assessment)
