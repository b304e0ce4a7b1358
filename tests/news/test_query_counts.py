"""The index and the feeds run a number of queries that does not grow with the items."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from news.models import NewsKind, NewsMunicipality
from tests.news.conftest import NewsSite

pytestmark = pytest.mark.django_db

URLS = [
    "/tr/haberler/",
    "/tr/haberler/?tur=press_release",
    "/tr/haberler/rss/",
    "/tr/haberler/atom/",
]


def queries_for(client: Client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def grow(news: NewsSite, size: int) -> None:
    """Bring the index to `size` published items of mixed kinds, each about a municipality."""
    kinds = list(NewsKind)
    existing = news.index.get_children().count()
    for number in range(existing, size):
        news.publish(
            date=date(2025, 1, 1) + timedelta(days=number),
            kind=kinds[number % len(kinds)],
            related_municipalities=[NewsMunicipality(municipality=news.tree.kadikoy)],
        )


def test_query_counts_do_not_grow_from_5_to_30(client: Client, news: NewsSite) -> None:
    grow(news, 5)
    small = {url: queries_for(client, url) for url in URLS}
    grow(news, 30)
    large = {url: queries_for(client, url) for url in URLS}
    assert large == small, (small, large)
