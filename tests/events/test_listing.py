"""The index splits events into upcoming and past at the current time, filters by kind and
paginates the past ones; bad query parameters never break it."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from django.test import Client

from events.models import EventKind
from events.models.index_page import PAST_PER_PAGE
from tests.scenarios.events import EventSite
from tests.scenarios.site import html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

ISTANBUL = ZoneInfo("Europe/Istanbul")
# 12:00 in Türkiye is 09:00 UTC: a split by UTC date or by naive local time would show.
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=ISTANBUL)


@pytest.fixture(autouse=True)
def frozen_clock():  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW, tick=False):
        yield


def section(html: str, heading_id: str) -> str:
    """The HTML of the <section> labelled by the heading with this id."""
    start = html.index(f'<section aria-labelledby="{heading_id}">')
    return html[start : html.index("</section>", start)]


def titles(html: str) -> list[str]:
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_upcoming_soonest_first_past_newest_first(client: Client, events: EventSite) -> None:
    events.publish(title="Gelecek ay", start=NOW + timedelta(days=30))
    events.publish(title="Yarın", start=NOW + timedelta(days=1))
    events.publish(title="Geçen yıl", start=NOW - timedelta(days=365))
    events.publish(title="Geçen hafta", start=NOW - timedelta(days=7))
    html = html_of(client, "/tr/etkinlikler/")
    assert titles(section(html, "upcoming-events")) == ["Yarın", "Gelecek ay"]
    assert titles(section(html, "past-events")) == ["Geçen hafta", "Geçen yıl"]


def test_split_at_the_minute_ended_is_past_started_is_ongoing(
    client: Client, events: EventSite
) -> None:
    """An event is past once its end is before now; one that started a minute ago and has not
    ended is listed with the upcoming ones, marked "ongoing"."""
    events.publish(
        title="Bir dakika önce bitti",
        start=NOW - timedelta(hours=2),
        end=NOW - timedelta(minutes=1),
    )
    events.publish(
        title="Bir dakika önce başladı",
        start=NOW - timedelta(minutes=1),
        end=NOW + timedelta(hours=2),
    )
    events.publish(
        title="Bir dakika sonra başlayacak",
        start=NOW + timedelta(minutes=1),
        end=NOW + timedelta(hours=2),
    )
    html = html_of(client, "/tr/etkinlikler/")
    upcoming, past = section(html, "upcoming-events"), section(html, "past-events")
    assert titles(upcoming) == ["Bir dakika önce başladı", "Bir dakika sonra başlayacak"]
    assert titles(past) == ["Bir dakika önce bitti"]
    assert upcoming.count("Şu anda sürüyor") == 1
    assert upcoming.index("Şu anda sürüyor") < upcoming.index("Bir dakika sonra başlayacak")
    assert "Şu anda sürüyor" not in past

    # Three hours later all three are over.
    with time_machine.travel(NOW + timedelta(hours=3), tick=False):
        html = html_of(client, "/tr/etkinlikler/")
    assert titles(section(html, "upcoming-events")) == []
    assert "Şu anda planlanmış bir etkinlik yok." in html
    assert len(titles(section(html, "past-events"))) == 3


def test_times_are_shown_in_turkiye_time(client: Client, events: EventSite) -> None:
    events.publish(
        title="Sabah toplantısı",
        start=datetime(2026, 6, 3, 6, 30, tzinfo=ZoneInfo("UTC")),  # 09:30 in Türkiye
        end=datetime(2026, 6, 3, 9, 0, tzinfo=ZoneInfo("UTC")),
    )
    html = html_of(client, "/tr/etkinlikler/")
    assert '<time datetime="2026-06-03T09:30:00+03:00">03 Haziran 2026, 09:30</time>' in html
    assert '<time datetime="2026-06-03T12:00:00+03:00">12:00</time>' in html


def test_kind_filter(client: Client, events: EventSite) -> None:
    events.publish(title="Eğitim yakında", kind=EventKind.TRAINING_SESSION)
    events.publish(
        title="Eski eğitim", kind=EventKind.TRAINING_SESSION, start=NOW - timedelta(days=10)
    )
    events.publish(title="Kapanış toplantısı", kind=EventKind.CLOSING)
    html = html_of(client, "/tr/etkinlikler/?tur=training_session")
    assert titles(section(html, "upcoming-events")) == ["Eğitim yakında"]
    assert titles(section(html, "past-events")) == ["Eski eğitim"]
    assert '<option value="training_session" selected>' in html
    assert '<label for="event-kind">' in html and '<select id="event-kind" name="tur">' in html
    assert 'role="alert"' not in html


@pytest.mark.parametrize("bad", ["bogus", "TRAINING_SESSION", "<script>alert(1)</script>", "%00"])
def test_unknown_kind_shows_everything_with_a_notice(
    client: Client, events: EventSite, bad: str
) -> None:
    events.publish(title="Eğitim yakında", kind=EventKind.TRAINING_SESSION)
    events.publish(title="Kapanış toplantısı", kind=EventKind.CLOSING)
    response = client.get("/tr/etkinlikler/", {"tur": bad})
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        '<p class="notice" role="alert">Böyle bir etkinlik türü yok; tüm etkinlikler '
        "gösteriliyor.</p>" in html
    )
    assert titles(section(html, "upcoming-events")) == ["Eğitim yakında", "Kapanış toplantısı"]
    assert "<script>alert(1)</script>" not in html


def test_past_events_are_paginated_keeping_the_filter(client: Client, events: EventSite) -> None:
    for day in range(1, PAST_PER_PAGE + 4):
        events.publish(
            title=f"Geçmiş {day:02d}",
            kind=EventKind.TRAINING_SESSION,
            start=NOW - timedelta(days=day),
        )
    events.publish(title="Yaklaşan", kind=EventKind.TRAINING_SESSION)
    first = html_of(client, "/tr/etkinlikler/?tur=training_session")
    assert titles(section(first, "past-events"))[0] == "Geçmiş 01"
    assert len(titles(section(first, "past-events"))) == PAST_PER_PAGE
    assert 'href="?tur=training_session&amp;sayfa=2#past-events"' in first

    second = html_of(client, "/tr/etkinlikler/?tur=training_session&sayfa=2")
    assert titles(section(second, "past-events")) == ["Geçmiş 11", "Geçmiş 12", "Geçmiş 13"]
    assert titles(section(second, "upcoming-events")) == ["Yaklaşan"]  # on every page
    assert 'aria-current="page"><span class="visually-hidden">Sayfa </span>2</a>' in second

    for bad in ("999", "abc", "-1"):
        html = html_of(client, f"/tr/etkinlikler/?sayfa={bad}")
        assert titles(section(html, "past-events"))


def test_index_links_to_its_feed(client: Client, events: EventSite) -> None:
    html = html_of(client, "/tr/etkinlikler/")
    head = html[: html.index("</head>")]
    assert (
        '<link rel="alternate" type="text/calendar" title="Etkinlikler (iCalendar)" '
        'href="/tr/etkinlikler/ical/">' in head
    )
    body = html[html.index("<body") :]
    assert '<a href="/tr/etkinlikler/ical/" type="text/calendar">' in body
