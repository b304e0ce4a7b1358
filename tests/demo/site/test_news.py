"""The demo news: an index and six sample items in both languages."""

from __future__ import annotations

from django.test import Client

from news.models import NewsIndexPage, NewsKind, NewsPage
from tests.scenarios.site import SiteTree

from .conftest import DemoBuild


def test_demo_news_is_bilingual_sample_data(
    client: Client, demo: DemoBuild, site_tree: SiteTree
) -> None:
    assert "/haberler/" in demo.output
    index = NewsIndexPage.objects.get(locale=site_tree.turkish)
    assert (index.slug, index.title, index.show_in_menus) == (
        "haberler",
        "Haberler ve duyurular",
        True,
    )
    english_index = site_tree.english_of(index)
    assert (english_index.slug, english_index.title) == ("news", "News and announcements")

    turkish_items = NewsPage.objects.child_of(index).for_public()
    english_items = NewsPage.objects.child_of(english_index).for_public()
    assert turkish_items.count() == english_items.count() == 6
    assert NewsPage.objects.count() == 12
    assert all(page.is_sample_data for page in [*turkish_items, *english_items])
    kinds = [page.kind for page in turkish_items]
    assert kinds.count(NewsKind.PRESS_RELEASE) >= 2
    assert kinds.count(NewsKind.ANNOUNCEMENT) >= 1
    assert all(2025 <= page.date.year <= 2026 for page in turkish_items)
    assert all(page.first_published_at for page in turkish_items)

    html = client.get("/en/news/").content.decode()
    assert "Monitoring Board formed" in html
    assert "Örnek veri" in html
    meeting = english_items.get(slug="platform-information-meeting")
    html = client.get(meeting.url).content.decode()
    assert 'href="/en/municipalities/kadikoy/"' in html
    assert 'href="/en/municipalities/nilufer/"' in html
