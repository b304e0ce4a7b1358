"""The results page shows figures measured from other pages and from enrollments: purge it from
the front cache whenever one of those changes (portal.caching explains the front cache).

Publishing, unpublishing or moving a counted page (an assessment, a report, an event, a training
programme, a municipality) reaches the page through portal.caching's FRONT_CACHE_URLS_HOOK; an
enrollment or a target is not a page, so their saves and deletions purge it here, after commit.
"""

from __future__ import annotations

from typing import Any

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


def add_results_urls(page: Page, batch: PurgeBatch) -> None:
    """Hook for portal.caching.FRONT_CACHE_URLS_HOOK: a counted page changes the results page in
    every language. One query, none for other pages."""
    if isinstance(page, COUNTED_PAGES):
        batch.add_pages(ProjectResultsPage.objects.live())


def purge_results_pages(sender: Any = None, **kwargs: Any) -> None:
    """Receiver of post_save and post_delete of enrollments and targets: purge the results page
    (every language) once the change commits."""
    if not front_cache_enabled():
        return
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
                purge_results_pages,
                sender=model,
                dispatch_uid=f"results.purge.{model.__name__}.{signal is post_save}",
            )
