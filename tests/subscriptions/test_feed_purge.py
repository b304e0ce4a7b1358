"""An approval or a news item naming the municipality purges its Atom feed after the commit."""

from __future__ import annotations

import pytest

from django.contrib.auth.models import AbstractUser

from news.models import NewsMunicipality
from tests.scenarios.monitoring import Monitoring, approve_new_assessment
from tests.scenarios.news import NewsSite

pytestmark = pytest.mark.django_db

HOST = "http://localhost"


def test_an_approval_purges_the_municipality_feed(
    monitoring: Monitoring,
    board_member: AbstractUser,
    purged: list[str],
    django_capture_on_commit_callbacks,
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        approve_new_assessment(monitoring, board_member, "77")
    kadikoy = monitoring.tree.kadikoy
    english = monitoring.tree.english_of(kadikoy)
    assert {f"{HOST}{kadikoy.url}atom/", f"{HOST}{english.url}atom/"} <= set(purged)
    assert not any(f"{monitoring.tree.nilufer.url}atom/" in url for url in purged)


def test_news_naming_the_municipality_purges_its_feed(
    news: NewsSite, purged: list[str], django_capture_on_commit_callbacks
) -> None:
    with django_capture_on_commit_callbacks(execute=True):
        news.publish(related_municipalities=[NewsMunicipality(municipality=news.tree.nilufer)])
    assert f"{HOST}{news.tree.nilufer.url}atom/" in purged
    assert f"{HOST}{news.tree.kadikoy.url}atom/" not in purged
