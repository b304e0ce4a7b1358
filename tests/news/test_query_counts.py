"""The index, an item and the feeds run a number of queries that does not grow with the items."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from django.test import Client

from news.models import NewsKind, NewsMunicipality, NewsPage
from tests.news.factories import NewsPageFactory
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.news import NewsSite

pytestmark = pytest.mark.django_db


def grow(news: NewsSite, size: int) -> None:
    """Bring the index to `size` live items of mixed kinds, each about both municipalities."""
    kinds = list(NewsKind)
    tree = news.tree
    for number in range(NewsPage.objects.child_of(news.index).count(), size):
        NewsPageFactory(
            parent=news.index,
            date=date(2025, 1, 1) + timedelta(days=number),
            kind=kinds[number % len(kinds)],
            related_municipalities=[
                NewsMunicipality(municipality=municipality)
                for municipality in (tree.kadikoy, tree.nilufer)
            ],
        )


def test_query_counts_do_not_grow_from_5_to_50(client: Client, news: NewsSite) -> None:
    grow(news, 5)
    item = news.publish(related_municipalities=[NewsMunicipality(municipality=news.tree.kadikoy)])
    urls = {
        "index": "/tr/haberler/",
        "index, one kind": "/tr/haberler/?tur=press_release",
        "index, page 2": "/tr/haberler/?sayfa=2",
        "index (en)": "/en/news/",
        "item": item.url,
        "rss": "/tr/haberler/rss/",
        "atom": "/tr/haberler/atom/",
    }
    small = queries_per_url(client, urls)
    grow(news, 50)
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
