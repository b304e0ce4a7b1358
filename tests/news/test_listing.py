"""The index filters by kind and paginates; bad query parameters never break it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from django.test import Client

from news.models import NewsKind
from tests.scenarios.news import NewsSite
from tests.scenarios.site import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


@pytest.fixture
def one_of_each(news: NewsSite) -> NewsSite:
    news.publish(title="Olağan haber", kind=NewsKind.NEWS, date=date(2025, 5, 1))
    news.publish(title="Birinci bülten", kind=NewsKind.PRESS_RELEASE, date=date(2025, 5, 2))
    news.publish(title="İkinci bülten", kind=NewsKind.PRESS_RELEASE, date=date(2025, 5, 3))
    news.publish(title="Toplantı duyurusu", kind=NewsKind.ANNOUNCEMENT, date=date(2025, 5, 4))
    return news


def test_unfiltered_index_lists_every_kind_newest_first(
    client: Client, one_of_each: NewsSite
) -> None:
    html = html_of(client, "/tr/haberler/")
    titles = ["Toplantı duyurusu", "İkinci bülten", "Birinci bülten", "Olağan haber"]
    positions = [html.index(f">{title}</a>") for title in titles]
    assert positions == sorted(positions)
    assert '<option value="" selected' not in html  # "all" is simply the first option
    assert 'role="alert"' not in html


def test_press_release_filter(client: Client, one_of_each: NewsSite) -> None:
    html = html_of(client, "/tr/haberler/?tur=press_release")
    assert "Birinci bülten" in html
    assert "İkinci bülten" in html
    assert "Olağan haber" not in html
    assert "Toplantı duyurusu" not in html
    assert '<option value="press_release" selected>' in html
    assert '<label for="news-kind">' in html and '<select id="news-kind" name="tur">' in html


def test_announcement_filter(client: Client, one_of_each: NewsSite) -> None:
    html = html_of(client, "/tr/haberler/?tur=announcement")
    assert "Toplantı duyurusu" in html
    assert "bülten" not in html.split('<ul class="card-list">')[1]


@pytest.mark.parametrize("bad", ["bogus", "PRESS_RELEASE", "<script>alert(1)</script>", "%00"])
def test_unknown_kind_shows_everything_with_a_notice(
    client: Client, one_of_each: NewsSite, bad: str
) -> None:
    response = client.get("/tr/haberler/", {"tur": bad})
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        '<p class="notice" role="alert">Böyle bir içerik türü yok; tüm haberler gösteriliyor.</p>'
        in html
    )
    for title in ("Olağan haber", "Birinci bülten", "İkinci bülten", "Toplantı duyurusu"):
        assert title in html
    assert "<script>alert(1)</script>" not in html


def test_empty_kind_means_all_without_a_notice(client: Client, one_of_each: NewsSite) -> None:
    html = html_of(client, "/tr/haberler/?tur=")
    assert 'role="alert"' not in html
    assert "Olağan haber" in html and "Toplantı duyurusu" in html


def test_filter_with_no_items_says_so(client: Client, news: NewsSite) -> None:
    news.publish(kind=NewsKind.NEWS)
    html = html_of(client, "/tr/haberler/?tur=announcement")
    assert "Bu türde yayımlanmış bir içerik yok." in html


def test_empty_index(client: Client, news: NewsSite) -> None:
    assert "Henüz yayımlanmış bir haber yok." in html_of(client, "/tr/haberler/")


@pytest.fixture
def twenty_five(news: NewsSite) -> NewsSite:
    """Items "Sayfalama 00" (oldest) to "Sayfalama 24" (newest), one day apart."""
    for number in range(25):
        news.publish(
            title=f"Sayfalama {number:02d}",
            slug=f"sayfalama-{number:02d}",
            date=date(2025, 1, 1) + timedelta(days=number),
            kind=NewsKind.PRESS_RELEASE if number % 2 else NewsKind.NEWS,
        )
    return news


def shown(html: str) -> list[int]:
    return [number for number in range(25) if f">Sayfalama {number:02d}</a>" in html]


PAGINATION_CASES = [
    ("", range(24, 14, -1)),
    ("?sayfa=1", range(24, 14, -1)),
    ("?sayfa=2", range(14, 4, -1)),
    ("?sayfa=3", range(4, -1, -1)),
    ("?sayfa=abc", range(24, 14, -1)),  # not a number: the first page
    ("?sayfa=999", range(4, -1, -1)),  # out of range: the last page
    ("?sayfa=0", range(4, -1, -1)),
    ("?sayfa=-1", range(4, -1, -1)),
    ("?sayfa=", range(24, 14, -1)),
]


def test_pagination(client: Client, twenty_five: NewsSite) -> None:
    """One test over all inputs: building 25 items per case cost seconds each."""
    for query, expected in PAGINATION_CASES:
        html = html_of(client, f"/tr/haberler/{query}")
        assert shown(html) == sorted(expected), query
        assert '<nav class="pagination"' in html


def test_pagination_marks_the_current_page_and_keeps_the_filter(
    client: Client, twenty_five: NewsSite
) -> None:
    html = html_of(client, "/tr/haberler/?sayfa=2")
    assert 'href="?sayfa=2" aria-current="page"' in html
    assert 'href="?sayfa=1"' in html and 'href="?sayfa=3"' in html

    # 12 press releases: two pages, and the links keep the filter.
    html = html_of(client, "/tr/haberler/?tur=press_release&sayfa=2")
    assert shown(html) == [1, 3]
    assert 'href="?tur=press_release&amp;sayfa=1"' in html
    assert 'href="?tur=press_release&amp;sayfa=2" aria-current="page"' in html


def test_no_pagination_for_one_page(client: Client, news: NewsSite) -> None:
    news.publish()
    assert '<nav class="pagination"' not in html_of(client, "/tr/haberler/")
