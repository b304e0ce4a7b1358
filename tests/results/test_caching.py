"""The results page leaves the front cache when a figure it shows may change: a counted page is
published or unpublished, an enrollment or a target changes; after commit only. Its figures are
cached until then, and a cached page reads none of the counted tables."""

from __future__ import annotations

from datetime import date

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from portal.caching import content_generation
from results.caching import ENROLLMENT_STATE_KEY, enrollment_state
from results.models import ProjectTarget
from tests.query_counts import MAX_QUERIES_PER_PAGE
from tests.scenarios.site import html_of

from .conftest import Project, row_figures

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

HOST = "http://localhost"
RESULTS = {f"{HOST}/tr/proje-sonuclari/", f"{HOST}/en/project-results/"}


def run(callbacks: list) -> None:  # type: ignore[type-arg]
    for callback in callbacks:
        callback()


def test_publishing_a_counted_event_purges_the_results_page(
    project: Project, purged: list[str], django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        project.opening.actual_attendance = 70
        project.opening.save_revision().publish()
    assert purged == []
    run(callbacks)
    assert set(purged) >= RESULTS


def test_enrollment_and_target_changes_purge_the_results_page(
    project: Project, purged: list[str], django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        project.pending.completed_on = date(2025, 7, 1)
        project.pending.save()
    assert purged == []
    run(callbacks)
    assert set(purged) >= RESULTS
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        target = ProjectTarget.objects.filter(locale__language_code="tr").first()
        target.target = 11
        target.save()
    assert set(purged) >= RESULTS


def test_other_pages_do_not_purge_it(
    project: Project, purged: list[str], django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        project.monitoring.indicator.save_revision().publish()
    assert purged
    assert not RESULTS & set(purged)


# The figures are cached (results.outcomes.current_figures) until a counted page is published or
# an enrollment commits.

RESULTS_PATH = "/tr/proje-sonuclari/"
#: Tables the figures read (results.measures); a cached page reads none of them.
COUNTED_TABLES = ("training_enrollment", "plans_assessmentpage", "events_eventpage")


def staff_trained(client: Client) -> str:
    """The achieved figure of the staff-training target (the table's fourth row)."""
    return row_figures(html_of(client, RESULTS_PATH))[3][1]


def test_a_cached_page_reads_no_counted_table(client: Client, project: Project) -> None:
    client.get(RESULTS_PATH)
    with CaptureQueriesContext(connection) as cached:
        assert client.get(RESULTS_PATH).status_code == 200
    read = " ".join(query["sql"] for query in cached.captured_queries)
    assert not [table for table in COUNTED_TABLES if table in read]
    assert len(cached.captured_queries) <= MAX_QUERIES_PER_PAGE


def test_an_enrollment_renews_the_figures_without_a_new_content_generation(
    client: Client, project: Project, django_capture_on_commit_callbacks
) -> None:
    assert staff_trained(client) == "3"
    generation = content_generation()
    with django_capture_on_commit_callbacks(execute=True):
        project.pending.completed_on = date(2025, 7, 1)
        project.pending.save()
    assert staff_trained(client) == "4"
    with django_capture_on_commit_callbacks(execute=True):
        project.pending.delete()
    assert staff_trained(client) == "3"
    # Sign-ups are frequent: they leave every other cached fragment of the site in place.
    assert content_generation() == generation


def test_a_published_meeting_renews_the_figures(
    client: Client, project: Project, django_capture_on_commit_callbacks
) -> None:
    assert row_figures(html_of(client, RESULTS_PATH))[6] == ("50", "54")
    with django_capture_on_commit_callbacks(execute=True):
        project.opening.actual_attendance = 61
        project.opening.save_revision().publish()
    assert row_figures(html_of(client, RESULTS_PATH))[6] == ("50", "61")
    with django_capture_on_commit_callbacks(execute=True):
        project.opening.unpublish()
    assert row_figures(html_of(client, RESULTS_PATH))[6] == ("50", "0")


def test_the_state_is_new_whatever_the_cache_lost(project: Project) -> None:
    state = enrollment_state()
    assert enrollment_state() == state
    cache.delete(ENROLLMENT_STATE_KEY)  # evicted, or Redis restarted empty
    assert enrollment_state() != state
