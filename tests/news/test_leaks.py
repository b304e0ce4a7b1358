"""Drafts, private items and unpublished later revisions reach no public channel."""

from __future__ import annotations

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from news.models import NewsKind
from tests.news.factories import NewsPageFactory
from tests.scenarios.news import NewsSite

pytestmark = pytest.mark.django_db

CHANNELS = [
    "/tr/haberler/",
    "/tr/haberler/?tur=press_release",
    "/tr/haberler/rss/",
    "/tr/haberler/rss/?tur=press_release",
    "/tr/haberler/atom/",
    "/tr/haberler/atom/?tur=press_release",
]
SECRETS = ["GİZLİ TASLAK HABER", "GİZLİ ÖZEL HABER", "GİZLİ TASLAK BAŞLIK", "gizli-"]


def test_unpublished_and_private_items_are_on_no_channel(client: Client, news: NewsSite) -> None:
    visible = news.publish(title="Herkese açık bülten", kind=NewsKind.PRESS_RELEASE)
    draft = NewsPageFactory(
        parent=news.index,
        live=False,
        title="GİZLİ TASLAK HABER",
        slug="gizli-taslak",
        kind=NewsKind.PRESS_RELEASE,
    )
    draft.save_revision()
    private = news.publish(title="GİZLİ ÖZEL HABER", slug="gizli-ozel", kind=NewsKind.PRESS_RELEASE)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    revised = news.publish(title="Yayımlanmış başlık", kind=NewsKind.PRESS_RELEASE)
    revised.title = "GİZLİ TASLAK BAŞLIK"
    revised.intro = "GİZLİ TASLAK BAŞLIK girişi"
    revised.save_revision()

    for url in CHANNELS:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in SECRETS:
            assert secret not in body, (url, secret)
        assert "Herkese açık bülten" in body, url
        assert "Yayımlanmış başlık" in body, url  # the live revision, not the draft

    assert client.get("/tr/haberler/gizli-taslak/").status_code == 404
    assert client.get(private.url).status_code == 302  # to the login page
    assert "GİZLİ TASLAK BAŞLIK" not in client.get(revised.url).content.decode()
    assert visible.live


def test_items_under_a_private_index_are_not_in_its_feeds(client: Client, news: NewsSite) -> None:
    news.publish(title="GİZLİ ÖZEL HABER")
    PageViewRestriction.objects.create(page=news.index, restriction_type=PageViewRestriction.LOGIN)
    for url in CHANNELS:
        response = client.get(url)
        assert response.status_code == 302, url  # to the login page, feeds included
        assert "GİZLİ ÖZEL HABER" not in response.content.decode(), url
