"""The results page shows figures measured from other pages and from enrollments: purge it from
the front cache whenever one of those changes (portal.caching explains the front cache), and keep
its figures cached until then.

Publishing, unpublishing or moving a counted page (an assessment, a report, an event, a training
programme, a municipality) reaches the page through portal.caching's FRONT_CACHE_URLS_HOOK, and
starts a new content generation; an enrollment or a target is not a page, so their saves and
deletions purge it here, after commit, and change the enrollment state that the cached figures
are keyed by (`enrollment_state()`). Enrollments change often (every sign-up): they do not raise
the content generation, which would drop every cached fragment of the site.
"""

from __future__ import annotations

from typing import Any
from uuid import uuid4

from django.core.cache import cache
from django.db import transaction

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page

from events.models import EventPage
from plans.models import AssessmentPage, MunicipalityPage
from portal.caching import front_cache_enabled
from reports.models import ReportPage
from training.models import TrainingProgrammePage

from .models import ProjectResultsPage

#: Page types whose public copies the results page counts.
COUNTED_PAGES = (AssessmentPage, ReportPage, EventPage, TrainingProgrammePage, MunicipalityPage)
#: The cache key of the enrollment state (a random token, new after each change).
ENROLLMENT_STATE_KEY = "results:enrollment-state"


def enrollment_state() -> str:
    """A token that changes whenever an enrollment (or a target) is saved or deleted, once the
    change commits: part of the key of the cached figures (results.outcomes). A random token,
    not a counter: were the key evicted or the cache down, a new token never matches a figure
    cached before."""
    token = cache.get(ENROLLMENT_STATE_KEY)
    if token is None:
        cache.add(ENROLLMENT_STATE_KEY, uuid4().hex, timeout=None)
        token = cache.get(ENROLLMENT_STATE_KEY) or uuid4().hex
    return str(token)


def new_enrollment_state() -> None:
    """Start a new enrollment state: figures cached before are computed anew."""
    cache.set(ENROLLMENT_STATE_KEY, uuid4().hex, timeout=None)


def add_results_urls(page: Page, batch: PurgeBatch) -> None:
    """Hook for portal.caching.FRONT_CACHE_URLS_HOOK: a counted page changes the results page in
    every language. One query, none for other pages."""
    if isinstance(page, COUNTED_PAGES):
        batch.add_pages(ProjectResultsPage.objects.live())


def on_counted_change(sender: Any = None, **kwargs: Any) -> None:
    """Receiver of post_save and post_delete of enrollments and targets: once the change commits,
    a new enrollment state, and a purge of the results page (every language)."""
    transaction.on_commit(new_enrollment_state)
    if front_cache_enabled():
        batch = PurgeBatch()
        batch.add_pages(ProjectResultsPage.objects.live())
        transaction.on_commit(batch.purge)


def connect() -> None:
    """Connect the receivers (called from ResultsConfig.ready)."""
    from django.db.models.signals import post_delete, post_save

    from training.models import Enrollment

    from .models import ProjectTarget

    for model in (Enrollment, ProjectTarget):
        for signal in (post_save, post_delete):
            signal.connect(
                on_counted_change,
                sender=model,
                dispatch_uid=f"results.purge.{model.__name__}.{signal is post_save}",
            )
