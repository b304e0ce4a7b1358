"""Approving an assessment purges every URL that shows its data, once the approval commits."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import AbstractUser

from portal.caching import content_generation
from tests.scenarios.monitoring import Monitoring, approve_new_assessment

pytestmark = pytest.mark.django_db

HOST = "http://localhost"


def test_approval_purges_the_pages_files_and_api_lists_that_show_the_data(
    monitoring: Monitoring,
    board_member: AbstractUser,
    purged: list[str],
    django_capture_on_commit_callbacks,
) -> None:
    generation = content_generation()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        approve_new_assessment(monitoring, board_member, "77")
    assert purged == []  # nothing before the commit: a request in between would re-cache
    assert content_generation() == generation
    for callback in callbacks:
        callback()
    assert content_generation() > generation

    kadikoy = monitoring.tree.kadikoy
    indicator = monitoring.indicator.url
    english_kadikoy = monitoring.tree.english_of(kadikoy)
    expected = {
        kadikoy.url,
        english_kadikoy.url,
        monitoring.tree.index.url,
        monitoring.tree.home.url,
        monitoring.plan.url,
        *(action.url for action in monitoring.actions),
        indicator,
        f"{indicator}csv/",
        f"{indicator}karsilastirma/",
        f"{indicator}gomme/kadikoy/",
        f"{kadikoy.url}rapor/{monitoring.periods[-1].pk}/",
        f"{kadikoy.url}rapor/{monitoring.periods[-1].pk}/pdf/",
        f"{english_kadikoy.url}report/{monitoring.periods[-1].pk}/",  # in English words
        f"{english_kadikoy.url}report/{monitoring.periods[-1].pk}/pdf/",
        "/sitemap.xml",
        "/api/v1/indicator-values/",
        "/api/v1/indicator-values/?locale=en",
        "/api/v1/indicator-values/?municipality=kadikoy",
        "/api/v1/assessments/",
        "/api/v2/pages/",
    }
    assert {HOST + path for path in expected} <= set(purged)
    assert not any(monitoring.tree.nilufer.url in url for url in purged)  # others' pages stay


def test_no_backend_no_purge_work_but_a_new_generation(
    monitoring: Monitoring, board_member: AbstractUser, django_capture_on_commit_callbacks
) -> None:
    generation = content_generation()
    with django_capture_on_commit_callbacks(execute=True):
        approve_new_assessment(monitoring, board_member, "77")
    assert content_generation() > generation
