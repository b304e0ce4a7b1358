"""RSS 2.0 and Atom 1.0 feeds: valid XML, newest first, one language each, filterable."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import pytest

from django.test import Client
from django.utils import timezone

from news.models import NewsKind, NewsPage
from tests.news.factories import NewsPageFactory
from tests.scenarios.news import NewsSite

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"
# RFC 822 (as updated by RFC 1123/2822): "Wed, 05 Mar 2025 14:30:00 +0300".
RFC_822 = re.compile(r"^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$")


def fetch(client: Client, url: str, content_type: str) -> ET.Element:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == f"{content_type}; charset=utf-8"
    return ET.fromstring(response.content)


def rss(client: Client, url: str) -> ET.Element:
    root = fetch(client, url, "application/rss+xml")
    assert root.tag == "rss"
    assert root.get("version") == "2.0"
    return root.find("channel")


def atom(client: Client, url: str) -> ET.Element:
    root = fetch(client, url, "application/atom+xml")
    assert root.tag == f"{ATOM}feed"
    return root


@pytest.fixture
def bilingual(news: NewsSite) -> dict[str, NewsPage]:
    """Three Turkish items (two on the same day), two of them translated."""
    items = {
        "old": news.publish(
            title="Açılış toplantısı", kind=NewsKind.PRESS_RELEASE, date=date(2025, 2, 18)
        ),
        "same_day_first": news.publish(
            title="Heyet kuruldu", kind=NewsKind.NEWS, date=date(2025, 4, 10)
        ),
        "same_day_second": news.publish(
            title="Eğitim duyurusu", kind=NewsKind.ANNOUNCEMENT, date=date(2025, 4, 10)
        ),
    }
    news.translate(items["old"], "Opening meeting")
    news.translate(items["same_day_second"], "Training announcement")
    return items


def test_rss_is_rss_2_newest_first(
    client: Client, news: NewsSite, bilingual: dict[str, NewsPage]
) -> None:
    channel = rss(client, "/tr/haberler/rss/")
    assert channel.findtext("title") == "Haberler ve duyurular"
    assert channel.findtext("link") == "http://localhost/tr/haberler/"
    assert channel.findtext("description") == "Projeden haberler ve duyurular."
    assert channel.findtext("language") == "tr"

    items = channel.findall("item")
    # Newest date first; on the same date, the later publication first.
    assert [item.findtext("title") for item in items] == [
        "Eğitim duyurusu",
        "Heyet kuruldu",
        "Açılış toplantısı",
    ]
    for item, page in zip(
        items,
        [bilingual["same_day_second"], bilingual["same_day_first"], bilingual["old"]],
        strict=True,
    ):
        url = f"http://localhost{page.url}"
        assert item.findtext("link") == url
        guid = item.find("guid")
        assert guid.text == url
        assert guid.get("isPermaLink", "true") == "true"
        assert item.findtext("description") == page.intro
        assert item.findtext("category") == page.get_kind_display()
        pub_date = item.findtext("pubDate")
        assert RFC_822.match(pub_date), pub_date
        published = parsedate_to_datetime(pub_date)
        assert published.tzinfo is not None
        assert timezone.localtime(published).date() == page.date
    assert len({item.findtext("guid") for item in items}) == 3


def test_atom_is_atom_1_newest_first(
    client: Client, news: NewsSite, bilingual: dict[str, NewsPage]
) -> None:
    feed = atom(client, "/tr/haberler/atom/")
    assert feed.findtext(f"{ATOM}title") == "Haberler ve duyurular"
    assert feed.findtext(f"{ATOM}id") == "http://localhost/tr/haberler/"
    assert feed.findtext(f"{ATOM}updated")
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links == {
        "alternate": "http://localhost/tr/haberler/",
        "self": "http://localhost/tr/haberler/atom/",
    }

    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == [
        "Eğitim duyurusu",
        "Heyet kuruldu",
        "Açılış toplantısı",
    ]
    for entry in entries:
        entry_id = entry.findtext(f"{ATOM}id")
        assert entry_id.startswith("http://localhost/tr/haberler/")
        assert entry.find(f"{ATOM}link").get("href") == entry_id
        assert datetime.fromisoformat(entry.findtext(f"{ATOM}updated")).tzinfo
        assert entry.findtext(f"{ATOM}published")
        assert entry.find(f"{ATOM}category").get("term")
        assert entry.findtext(f"{ATOM}author/{ATOM}name") == "YEEP İzleme Platformu"
        assert entry.findtext(f"{ATOM}author/{ATOM}uri") == "http://localhost/tr/"


def test_each_language_has_its_own_feed(
    client: Client, news: NewsSite, bilingual: dict[str, NewsPage]
) -> None:
    channel = rss(client, "/en/news/rss/")
    assert channel.findtext("title") == "News and announcements"
    assert channel.findtext("link") == "http://localhost/en/news/"
    assert channel.findtext("language") == "en"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == [
        "Training announcement",
        "Opening meeting",
    ]
    assert all(item.findtext("link").startswith("http://localhost/en/news/") for item in items)

    feed = atom(client, "/en/news/atom/")
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "YEEP Monitoring Platform"
    assert feed.findtext(f"{ATOM}author/{ATOM}uri") == "http://localhost/en/"
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == [
        "Training announcement",
        "Opening meeting",
    ]

    turkish = rss(client, "/tr/haberler/rss/")
    assert "Opening meeting" not in [item.findtext("title") for item in turkish.findall("item")]


def test_press_release_feeds(
    client: Client, news: NewsSite, bilingual: dict[str, NewsPage]
) -> None:
    channel = rss(client, "/tr/haberler/rss/?tur=press_release")
    assert [item.findtext("title") for item in channel.findall("item")] == ["Açılış toplantısı"]
    assert channel.findtext("title") == "Haberler ve duyurular: Basın bülteni"

    feed = atom(client, "/tr/haberler/atom/?tur=press_release")
    assert [e.findtext(f"{ATOM}title") for e in feed.findall(f"{ATOM}entry")] == [
        "Açılış toplantısı"
    ]
    # An unknown kind is ignored rather than failing.
    channel = rss(client, "/tr/haberler/rss/?tur=bogus")
    assert len(channel.findall("item")) == 3


def test_feeds_hold_the_30_newest_items(client: Client, news: NewsSite) -> None:
    for day in range(1, 32):
        NewsPageFactory(parent=news.index, title=f"Gün {day:02d}", date=date(2025, 1, day))
    titles = [item.findtext("title") for item in rss(client, "/tr/haberler/rss/").findall("item")]
    assert len(titles) == 30
    assert titles[0] == "Gün 31"
    assert "Gün 01" not in titles
    entries = atom(client, "/tr/haberler/atom/").findall(f"{ATOM}entry")
    assert len(entries) == 30


def test_titles_with_markup_characters_survive(client: Client, news: NewsSite) -> None:
    news.publish(title="Kadınlar & erkekler <eşitlik>")
    rss_title = rss(client, "/tr/haberler/rss/").find("item").findtext("title")
    assert rss_title == "Kadınlar &amp; erkekler &lt;eşitlik&gt;"  # HTML for RSS readers
    atom_title = atom(client, "/tr/haberler/atom/").find(f"{ATOM}entry").findtext(f"{ATOM}title")
    assert atom_title == "Kadınlar & erkekler <eşitlik>"  # Atom titles are plain text
