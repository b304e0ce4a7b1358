"""RSS 2.0 and Atom 1.0 feeds: valid XML, newest first, one language each, filterable."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime
from email.utils import parsedate_to_datetime

import feedparser
import pytest

from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from wagtail.models import Site

from news.models import NewsIndexPage, NewsKind, NewsPage
from tests.news.factories import NewsPageFactory
from tests.scenarios.news import NewsSite

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

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


#: A title with every character that markup or escaping can mangle (issue 17: RSS showed
#: "Seferihisar&#x27;da" in feed readers).
TRICKY_TITLE = 'Kadıköy\'de "eşitlik" & <kadın> buluşması'
TRICKY_ENGLISH = 'Kadıköy\'s "equality" & <women> meeting'


def parsed_entries(client: Client, url: str) -> list[feedparser.FeedParserDict]:
    """The feed's entries as a real feed reader's parser reads them."""
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed.entries


def summary_text(entry: feedparser.FeedParserDict) -> str:
    """The entry's summary as a reader shows it (the summary is HTML)."""
    assert entry.summary_detail.type == "text/html"
    return html.unescape(entry.summary)


@pytest.mark.parametrize(
    ("rss_url", "atom_url", "language"),
    [
        ("/tr/haberler/rss/", "/tr/haberler/atom/", "tr"),
        ("/en/news/rss/", "/en/news/atom/", "en"),
    ],
)
def test_titles_reach_feed_readers_exactly(
    client: Client, news: NewsSite, rss_url: str, atom_url: str, language: str
) -> None:
    """Apostrophes, quotes, ampersands and angle brackets read back as written, in RSS and
    Atom, in both languages (titles are plain text; summaries HTML whose text is the intro)."""
    page = news.publish(title=TRICKY_TITLE, intro=f"{TRICKY_TITLE}: giriş.")
    news.translate(page, TRICKY_ENGLISH)
    title = TRICKY_TITLE if language == "tr" else TRICKY_ENGLISH
    intro = f"{TRICKY_TITLE}: giriş." if language == "tr" else f"{TRICKY_ENGLISH}: introduction."
    for url in (rss_url, atom_url):
        (entry,) = parsed_entries(client, url)
        assert entry.title == title, url
        assert entry.title_detail.type == "text/plain", url
        assert summary_text(entry) == intro, url


def test_channel_title_reaches_feed_readers_exactly(client: Client, news: NewsSite) -> None:
    """The channel's own title and description are plain text too."""
    NewsIndexPage.objects.filter(pk=news.index.pk).update(
        title="Kadıköy'ün & <haberleri>", intro='"Eşitlik" haberleri'
    )
    for url in ("/tr/haberler/rss/", "/tr/haberler/atom/"):
        feed = feedparser.parse(client.get(url).content)
        assert feed.feed.title == "Kadıköy'ün & <haberleri>", url
        assert feed.feed.subtitle == '"Eşitlik" haberleri', url


# --- What the W3C feed validator checks (RSS 2.0, RFC 4287), checked here without the network --

DC = "{http://purl.org/dc/elements/1.1/}"
RFC_3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?([+-]\d{2}:\d{2}|Z)$")


def test_rss_items_carry_what_readers_need(
    client: Client, news: NewsSite, bilingual: dict[str, NewsPage]
) -> None:
    channel = rss(client, "/tr/haberler/rss/")
    self_links = channel.findall(f"{ATOM}link")
    assert [(link.get("rel"), link.get("href")) for link in self_links] == [
        ("self", "http://localhost/tr/haberler/rss/")
    ]
    assert RFC_822.match(channel.findtext("lastBuildDate"))
    for item in channel.findall("item"):
        for child in ("title", "link", "description", "guid", "pubDate", "category"):
            assert item.findtext(child), child
        assert item.findtext(f"{DC}creator") == "YEEP İzleme Platformu"
        assert item.find("author") is None  # RSS's author must be an e-mail address


def test_atom_entries_carry_what_rfc_4287_requires(
    client: Client, news: NewsSite, bilingual: dict[str, NewsPage]
) -> None:
    feed = atom(client, "/tr/haberler/atom/")
    assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == "tr"
    assert RFC_3339.match(feed.findtext(f"{ATOM}updated"))
    assert feed.findtext(f"{ATOM}author/{ATOM}name")
    ids = []
    for entry in feed.findall(f"{ATOM}entry"):
        ids.append(entry.findtext(f"{ATOM}id"))
        assert entry.findtext(f"{ATOM}title")
        assert RFC_3339.match(entry.findtext(f"{ATOM}updated"))
        assert RFC_3339.match(entry.findtext(f"{ATOM}published"))
        updated = datetime.fromisoformat(entry.findtext(f"{ATOM}updated"))
        assert updated >= datetime.fromisoformat(entry.findtext(f"{ATOM}published"))
        (link,) = entry.findall(f"{ATOM}link")
        assert link.get("rel") == "alternate"
        assert entry.find(f"{ATOM}summary").get("type") == "html"
    assert len(ids) == len(set(ids)) == 3
    assert all(entry_id.startswith("http://localhost/") for entry_id in ids)


def test_a_feed_of_one_kind_has_its_own_id_and_self_link(
    client: Client, news: NewsSite, bilingual: dict[str, NewsPage]
) -> None:
    """Atom ids are unique per feed (RFC 4287 §4.2.6): the press-release feed is not the feed of
    every item. Its self link keeps the kind and drops any other query parameter."""
    feed = atom(client, "/tr/haberler/atom/?tur=press_release&utm_source=x")
    assert feed.findtext(f"{ATOM}id") == "http://localhost/tr/haberler/?tur=press_release"
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links == {
        "alternate": "http://localhost/tr/haberler/?tur=press_release",
        "self": "http://localhost/tr/haberler/atom/?tur=press_release",
    }
    channel = rss(client, "/en/news/rss/?tur=press_release")
    assert channel.find(f"{ATOM}link").get("href") == (
        "http://localhost/en/news/rss/?tur=press_release"
    )
    assert channel.findtext("link") == "http://localhost/en/news/?tur=press_release"


def test_an_empty_feed_is_still_valid(client: Client, news: NewsSite) -> None:
    """No items yet: Atom still needs its updated date and an author (none on entries to carry
    it)."""
    feed = atom(client, "/tr/haberler/atom/")
    assert feed.findall(f"{ATOM}entry") == []
    assert RFC_3339.match(feed.findtext(f"{ATOM}updated"))
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "YEEP İzleme Platformu"
    channel = rss(client, "/tr/haberler/rss/")
    assert channel.findall("item") == []
    assert channel.findtext("title") and channel.findtext("description")


def test_feeds_name_the_site_address(
    client: Client, news: NewsSite, bilingual: dict[str, NewsPage]
) -> None:
    """Links follow the Wagtail site's address (set by `make run` and deploy/site_root.py), the
    self link too, whatever host the request came through."""
    Site.objects.filter(is_default_site=True).update(hostname="127.0.0.1", port=8000)
    cache.clear()  # Wagtail's cached site root paths
    other = Client(HTTP_HOST="127.0.0.1:8000")
    feed = atom(other, "/tr/haberler/atom/")
    links = {link.get("rel"): link.get("href") for link in feed.findall(f"{ATOM}link")}
    assert links["self"] == "http://127.0.0.1:8000/tr/haberler/atom/"
    entry_ids = [entry.findtext(f"{ATOM}id") for entry in feed.findall(f"{ATOM}entry")]
    assert all(entry_id.startswith("http://127.0.0.1:8000/tr/haberler/") for entry_id in entry_ids)
