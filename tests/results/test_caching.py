"""The results page leaves the front cache when a figure it shows may change: a counted page is
published or unpublished, an enrollment or a target changes; after commit only."""

from __future__ import annotations

from datetime import date

import pytest

from results.models import ProjectTarget

from .conftest import Project

pytestmark = pytest.mark.django_db

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
