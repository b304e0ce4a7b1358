"""The .ics file of an event and the iCalendar feed of the index parse, carry the right times
and hold only live, public, upcoming events."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine
from icalendar import Calendar

from django.http import HttpResponse
from django.test import Client
from django.utils import timezone

from events.ical import event_uid
from events.models import EventKind
from tests.scenarios.events import EventSite

pytestmark = pytest.mark.django_db

ISTANBUL = ZoneInfo("Europe/Istanbul")
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=ISTANBUL)


@pytest.fixture(autouse=True)
def frozen_clock():  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW, tick=False):
        yield


def fetch(client: Client, url: str) -> tuple[Calendar, HttpResponse]:
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return Calendar.from_ical(response.content), response


def test_event_ics_parses_with_exact_times(client: Client, events: EventSite) -> None:
    event = events.publish(
        title="Açılış toplantısı",
        kind=EventKind.OPENING,
        start=datetime(2026, 9, 15, 10, 0, tzinfo=ISTANBUL),
        end=datetime(2026, 9, 15, 13, 30, tzinfo=ISTANBUL),
        venue_name="Ankara'da bir salon",
        venue_address="Kızılay\nÇankaya, Ankara",
        online_link="https://toplanti.example.org/acilis",
    )
    calendar, response = fetch(client, f"{event.url}ics/")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    assert calendar["X-WR-CALNAME"] == "Açılış toplantısı"

    (vevent,) = calendar.walk("VEVENT")
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    event.refresh_from_db()
    assert start == event.start and end == event.end  # the same instants
    assert start.tzinfo is not None and end.tzinfo is not None
    local_start = timezone.localtime(start)
    assert local_start.utcoffset() == timedelta(hours=3)  # Türkiye time is UTC+03:00
    assert (local_start.hour, local_start.minute) == (10, 0)
    assert b"DTSTART:20260915T070000Z" in response.content  # written in UTC
    assert b"DTEND:20260915T103000Z" in response.content

    assert str(vevent["UID"]) == f"event-{event.translation_key}@yeep"
    assert str(vevent["SUMMARY"]) == "Açılış toplantısı"
    assert str(vevent["DESCRIPTION"]).startswith(event.intro)
    assert "https://toplanti.example.org/acilis" in str(vevent["DESCRIPTION"])
    assert str(vevent["LOCATION"]) == "Ankara'da bir salon, Kızılay, Çankaya, Ankara"
    assert str(vevent["URL"]) == f"http://localhost{event.url}"
    assert vevent.decoded("DTSTAMP") == event.last_published_at
    assert vevent.decoded("LAST-MODIFIED") == event.last_published_at
    assert vevent.decoded("DTSTAMP").utcoffset() == timedelta(0)


def test_online_event_location_is_its_link(client: Client, events: EventSite) -> None:
    event = events.publish(venue_name="", venue_address="", online_link="https://m.example.org/x")
    calendar, _response = fetch(client, f"{event.url}ics/")
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["LOCATION"]) == "https://m.example.org/x"
    assert "Çevrim içi katılım" not in str(vevent["DESCRIPTION"])


def test_translations_share_the_uid(client: Client, events: EventSite) -> None:
    event = events.publish(title="Eğitim oturumu")
    english = events.translate(event, "Training session")
    turkish, _ = fetch(client, f"{event.url}ics/")
    translated, _ = fetch(client, f"{english.url}ics/")
    (tr_event,), (en_event,) = turkish.walk("VEVENT"), translated.walk("VEVENT")
    assert str(en_event["SUMMARY"]) == "Training session"
    assert str(en_event["UID"]) == str(tr_event["UID"]) == event_uid(event)
    assert en_event.decoded("DTSTART") == tr_event.decoded("DTSTART")
    assert str(en_event["URL"]).startswith("http://localhost/en/events/")


def test_feed_holds_live_public_upcoming_events_soonest_first(
    client: Client, events: EventSite
) -> None:
    later = events.publish(title="Sonraki", start=NOW + timedelta(days=30))
    sooner = events.publish(title="Önceki", start=NOW + timedelta(days=3))
    ongoing = events.publish(
        title="Süren", start=NOW - timedelta(hours=1), end=NOW + timedelta(hours=2)
    )
    events.publish(title="GEÇMİŞ", start=NOW - timedelta(days=3))

    calendar, response = fetch(client, "/tr/etkinlikler/ical/")
    assert response["Content-Disposition"] == 'inline; filename="etkinlikler.ics"'
    assert calendar["X-WR-CALNAME"] == "Etkinlikler"
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    vevents = calendar.walk("VEVENT")
    assert [str(vevent["SUMMARY"]) for vevent in vevents] == ["Süren", "Önceki", "Sonraki"]
    for vevent, page in zip(vevents, [ongoing, sooner, later], strict=True):
        assert vevent.decoded("DTSTART") == page.start
        assert vevent.decoded("DTEND") == page.end
        assert str(vevent["UID"]) == event_uid(page)


def test_feed_filters_by_kind(client: Client, events: EventSite) -> None:
    events.publish(title="Eğitim", kind=EventKind.TRAINING_SESSION)
    events.publish(title="Kapanış", kind=EventKind.CLOSING)
    calendar, _ = fetch(client, "/tr/etkinlikler/ical/?tur=closing")
    assert [str(v["SUMMARY"]) for v in calendar.walk("VEVENT")] == ["Kapanış"]
    calendar, _ = fetch(client, "/tr/etkinlikler/ical/?tur=bilinmeyen")
    assert len(calendar.walk("VEVENT")) == 2


def test_each_language_has_its_own_feed(client: Client, events: EventSite) -> None:
    translated = events.publish(title="Çevrilmiş")
    events.translate(translated, "Translated")
    events.publish(title="Yalnız Türkçe")
    calendar, _ = fetch(client, "/en/events/ical/")
    assert calendar["X-WR-CALNAME"] == "Events"
    assert [str(v["SUMMARY"]) for v in calendar.walk("VEVENT")] == ["Translated"]


def test_empty_feed_is_a_valid_calendar(client: Client, events: EventSite) -> None:
    calendar, _ = fetch(client, "/tr/etkinlikler/ical/")
    assert calendar.walk("VEVENT") == []
    assert calendar["VERSION"] == "2.0"
