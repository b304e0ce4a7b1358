"""The news index and items render in both languages with their fields; the tree rules hold."""

from __future__ import annotations

from datetime import date

import pytest

from django.test import Client

from wagtail.models import Page

from news.models import NewsIndexPage, NewsKind, NewsMunicipality, NewsPage
from plans.models import MunicipalityIndexPage, MunicipalityPage
from portal.models import HomePage, StandardPage
from tests.news.factories import NewsIndexPageFactory
from tests.scenarios.news import NewsSite
from tests.scenarios.site import SiteTree, html_of

pytestmark = pytest.mark.django_db


def test_index_and_item_render_in_both_languages(client: Client, news: NewsSite) -> None:
    item = news.publish(
        title="Birinci ilerleme raporu yayımlandı",
        slug="birinci-ilerleme-raporu",
        intro="Heyetin onayladığı ilk rapor.",
        kind=NewsKind.PRESS_RELEASE,
        date=date(2025, 3, 5),
        body=[{"type": "paragraph", "value": "<p>Raporun ayrıntıları burada.</p>"}],
        related_municipalities=[NewsMunicipality(municipality=news.tree.kadikoy)],
    )
    english = news.translate(
        item, "First progress report published", "<p>Details of the report.</p>"
    )

    tr_index = html_of(client, "/tr/haberler/")
    assert "<h1>Haberler ve duyurular</h1>" in tr_index
    assert 'href="/tr/haberler/birinci-ilerleme-raporu/"' in tr_index
    assert '<time datetime="2025-03-05">05 Mart 2025</time>' in tr_index
    assert '<span class="tag">Basın bülteni</span>' in tr_index
    assert "Heyetin onayladığı ilk rapor." in tr_index

    tr_item = html_of(client, item.url)
    assert "<h1>Birinci ilerleme raporu yayımlandı</h1>" in tr_item
    assert '<time datetime="2025-03-05">05 Mart 2025</time>' in tr_item
    assert "Raporun ayrıntıları burada." in tr_item
    assert 'href="/tr/belediyeler/kadikoy/">Kadıköy Belediyesi</a>' in tr_item

    en_index = html_of(client, "/en/news/")
    assert '<html lang="en">' in en_index
    assert "<h1>News and announcements</h1>" in en_index
    assert f'href="{english.url}"' in en_index
    assert english.url == "/en/news/first-progress-report-published/"
    assert '<time datetime="2025-03-05">5 March 2025</time>' in en_index
    assert "First progress report published: introduction." in en_index
    assert "Birinci ilerleme raporu" not in en_index

    en_item = html_of(client, english.url)
    assert "<h1>First progress report published</h1>" in en_item
    assert "Details of the report." in en_item
    # The related municipality is the same row, linked in the reader's language.
    assert 'href="/en/municipalities/kadikoy/">Kadıköy Municipality</a>' in en_item
    assert "/tr/belediyeler/kadikoy/" not in en_item


def test_index_links_its_feeds_in_the_head(client: Client, news: NewsSite) -> None:
    head = html_of(client, "/tr/haberler/").split("</head>")[0]
    assert '<link rel="alternate" type="application/rss+xml"' in head
    assert 'href="/tr/haberler/rss/"' in head
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert 'href="/tr/haberler/atom/"' in head
    assert 'href="/tr/haberler/rss/?tur=press_release"' in head

    en_head = html_of(client, "/en/news/").split("</head>")[0]
    assert 'href="/en/news/rss/"' in en_head
    assert 'href="/en/news/atom/"' in en_head


def test_unpublished_municipality_is_not_linked(client: Client, news: NewsSite) -> None:
    item = news.publish(
        related_municipalities=[
            NewsMunicipality(municipality=news.tree.kadikoy),
            NewsMunicipality(municipality=news.tree.nilufer),
        ]
    )
    news.tree.nilufer.unpublish()
    html = html_of(client, item.url)
    assert "/tr/belediyeler/kadikoy/" in html
    assert "/tr/belediyeler/nilufer/" not in html
    assert "Nilüfer Belediyesi" not in html


def test_sample_item_shows_the_sample_notice(client: Client, news: NewsSite) -> None:
    item = news.publish(is_sample_data=True)
    assert "Örnek veri" in html_of(client, item.url)


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (NewsPage, NewsIndexPage, True),
        (NewsPage, HomePage, False),
        (NewsPage, StandardPage, False),
        (NewsPage, NewsPage, False),
        (NewsPage, MunicipalityIndexPage, False),
        (NewsIndexPage, StandardPage, False),
        (NewsIndexPage, NewsIndexPage, False),
        (NewsIndexPage, MunicipalityPage, False),
        (StandardPage, NewsIndexPage, False),
        (MunicipalityPage, NewsIndexPage, False),
    ],
)
def test_tree_rules(child: type[Page], parent: type[Page], allowed: bool) -> None:
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_news_items_have_no_children() -> None:
    assert NewsPage.allowed_subpage_models() == []
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]


def test_home_page_allows_one_news_index(site_tree: SiteTree) -> None:
    assert NewsIndexPage.allowed_parent_page_models() == [HomePage]
    assert NewsIndexPage.can_create_at(site_tree.home)
    NewsIndexPageFactory(parent=site_tree.home)
    assert not NewsIndexPage.can_create_at(site_tree.home)
