"""Wagtail hooks of replies: purge what shows a reply when it is published or unpublished."""

from __future__ import annotations

from wagtail import hooks
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from plans.caching import add_assessment_urls
from plans.models import AssessmentPage
from portal.caching import FRONT_CACHE_URLS_HOOK

from .models import ReplyPage


@hooks.register(FRONT_CACHE_URLS_HOOK)
def add_reply_urls(page: Page, batch: PurgeBatch) -> None:
    """A reply shows on its assessment's page (an ancestor, purged by portal.caching), in the
    municipality's period report and in the API's assessments: the assessment's own URLs."""
    if not isinstance(page, ReplyPage):
        return
    parent = page.get_parent()
    if parent is not None and isinstance(parent.specific_deferred, AssessmentPage):
        add_assessment_urls(parent.specific_deferred, batch)
