"""The index, an event and the feeds run a number of queries that does not grow with the events;
the English index lists the English events."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from django.test import Client

from events.models import EventKind, EventMunicipality, EventPage
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.events import EventSite

pytestmark = pytest.mark.django_db

ISTANBUL = ZoneInfo("Europe/Istanbul")
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=ISTANBUL)
URLS = [
    "/tr/etkinlikler/",
    "/tr/etkinlikler/?tur=training_session",
    "/tr/etkinlikler/?sayfa=2",
    "/tr/etkinlikler/ical/",
    "/en/events/",
]


@pytest.fixture(autouse=True)
def frozen_clock():  # type: ignore[no-untyped-def]
    with time_machine.travel(NOW, tick=False):
        yield


def grow(events: EventSite, size: int) -> None:
    """Bring the index to `size` translated events of mixed kinds, half past, half upcoming."""
    kinds = list(EventKind)
    existing = events.index.get_children().count()
    for number in range(existing, size):
        offset = timedelta(days=number + 1)
        page = events.publish(
            title=f"Etkinlik {number:02d}",
            kind=kinds[number % len(kinds)],
            start=NOW + offset if number % 2 else NOW - offset,
            related_municipalities=[EventMunicipality(municipality=events.tree.kadikoy)],
        )
        events.translate(page, f"Event {number:02d}")


def test_query_counts_do_not_grow_from_5_to_24(client: Client, events: EventSite) -> None:
    # 24, not 50: every event is translated through wagtail-localize, which is slow to set up.
    grow(events, 5)
    event = EventPage.objects.child_of(events.index).order_by("path").first()
    urls = {url: url for url in URLS}
    urls.update(
        {
            "event": event.url,
            "event (en)": event.get_translation(events.tree.english).url,
            "event ics": f"{event.url}ics/",
        }
    )
    small = queries_per_url(client, urls)
    grow(events, 24)  # 12 past events: two pages of past events
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large


def test_english_index_lists_english_titles(client: Client, events: EventSite) -> None:
    grow(events, 4)
    html = client.get("/en/events/").content.decode()
    assert '<html lang="en">' in html
    for number in range(4):
        assert f">Event {number:02d}</a>" in html
    assert "Etkinlik 0" not in html
    assert 'href="/en/events/ical/"' in html
