"""A municipality's Atom feed: approved assessments and the public pages naming it, never a draft
or a private page; linked from the municipality page; a constant number of queries."""

from __future__ import annotations

from datetime import date, timedelta

import feedparser
import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from news.models import NewsMunicipality
from tests.news.factories import NewsPageFactory
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.monitoring import Monitoring, make_assessment
from tests.scenarios.news import NewsSite

pytestmark = pytest.mark.django_db


def feed_url(page) -> str:
    return page.url + "atom/"


def entries(client: Client, url: str) -> list[feedparser.FeedParserDict]:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    return feedparser.parse(response.content).entries


def about_kadikoy(news: NewsSite, title: str, **kwargs) -> object:
    return news.publish(
        title=title,
        related_municipalities=[NewsMunicipality(municipality=news.tree.kadikoy)],
        **kwargs,
    )


def test_the_feed_lists_approved_assessments_and_public_pages_naming_the_municipality(
    client: Client, monitoring: Monitoring, news: NewsSite
) -> None:
    kadikoy = monitoring.tree.kadikoy
    approved = monitoring.assessments[0]
    item = about_kadikoy(news, "Kadıköy'de kreş açıldı")
    other = news.publish(
        title="Nilüfer haberi",
        related_municipalities=[NewsMunicipality(municipality=monitoring.tree.nilufer)],
    )
    draft = make_assessment(
        monitoring.plan, monitoring.add_period(2), rows=[], values=[], publish=False
    )
    private = about_kadikoy(news, "Gizli haber")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    links = {entry.link for entry in entries(client, feed_url(kadikoy))}
    assert approved.full_url in links
    assert item.full_url in links
    assert other.full_url not in links
    assert draft.full_url not in links
    assert private.full_url not in links

    english = monitoring.tree.english_of(kadikoy)
    english_links = {entry.link for entry in entries(client, feed_url(english))}
    # No English copies yet: the public Turkish pages, by the language rule.
    assert approved.full_url in english_links and item.full_url in english_links
    assert private.full_url not in english_links


def test_a_private_municipality_has_no_public_feed(client: Client, monitoring: Monitoring) -> None:
    kadikoy = monitoring.tree.kadikoy
    PageViewRestriction.objects.create(page=kadikoy, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(feed_url(kadikoy))
    assert response.status_code != 200
    assert b"<feed" not in response.content


def test_the_municipality_page_links_its_feed_and_the_sign_up_form(
    client: Client, monitoring: Monitoring
) -> None:
    kadikoy = monitoring.tree.kadikoy
    html = client.get(kadikoy.url).content.decode()
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert f'href="{feed_url(kadikoy)}"' in html
    assert 'name="topic" value="municipality"' in html
    assert f'value="{kadikoy.translation_key}"' in html


def test_feed_queries_do_not_grow(client: Client, monitoring: Monitoring, news: NewsSite) -> None:
    kadikoy = monitoring.tree.kadikoy
    urls = {"tr": feed_url(kadikoy), "en": feed_url(monitoring.tree.english_of(kadikoy))}

    def grow(count: int) -> None:
        for number in range(count):
            NewsPageFactory(
                parent=news.index,
                date=date(2025, 1, 1) + timedelta(days=number),
                related_municipalities=[NewsMunicipality(municipality=kadikoy)],
            )
            make_assessment(
                monitoring.plan,
                monitoring.add_period(len(monitoring.periods) + 1),
                rows=[],
                values=[],
            )

    grow(2)
    small = queries_per_url(client, urls)
    grow(8)
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
