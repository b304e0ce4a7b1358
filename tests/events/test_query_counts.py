"""The index and the feed run a number of queries that does not grow with the events; the
English index lists the English events."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
import time_machine

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from events.models import EventKind, EventMunicipality
from tests.events.conftest import EventSite

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


def queries_for(client: Client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


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


def test_query_counts_do_not_grow_from_5_to_24(
    client: Client, events: EventSite, django_assert_max_num_queries
) -> None:  # type: ignore[no-untyped-def]
    grow(events, 5)
    small = {url: queries_for(client, url) for url in URLS}
    grow(events, 24)  # 12 past events: two pages of past events
    large = {url: queries_for(client, url) for url in URLS}
    assert large == small, (small, large)
    for url in URLS:
        with django_assert_max_num_queries(small[url]):
            client.get(url)


def test_english_index_lists_english_titles(client: Client, events: EventSite) -> None:
    grow(events, 4)
    html = client.get("/en/events/").content.decode()
    assert '<html lang="en">' in html
    for number in range(4):
        assert f">Event {number:02d}</a>" in html
    assert "Etkinlik 0" not in html
    assert 'href="/en/events/ical/"' in html
