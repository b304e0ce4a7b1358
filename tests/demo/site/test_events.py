"""The demo events: an index and eight sample events in both languages."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import time_machine

from django.test import Client

from events.models import EventIndexPage, EventKind, EventPage
from tests.scenarios.site import SiteTree

from .conftest import DemoBuild

ISTANBUL = ZoneInfo("Europe/Istanbul")


def test_demo_events_are_bilingual_sample_data(
    client: Client, demo: DemoBuild, site_tree: SiteTree
) -> None:
    assert "/etkinlikler/" in demo.output
    index = EventIndexPage.objects.get(locale=site_tree.turkish)
    assert (index.slug, index.title, index.show_in_menus) == ("etkinlikler", "Etkinlikler", True)
    english_index = site_tree.english_of(index)
    assert (english_index.slug, english_index.title) == ("events", "Events")

    turkish_events = EventPage.objects.child_of(index).for_public()
    english_events = EventPage.objects.child_of(english_index).for_public()
    assert turkish_events.count() == english_events.count() == 8
    assert EventPage.objects.count() == 16
    assert all(page.is_sample_data for page in [index, english_index, *turkish_events])
    assert all(page.is_sample_data for page in english_events)
    kinds = sorted(page.kind for page in turkish_events)
    assert kinds.count(EventKind.TRAINING_SESSION) == 4
    for kind in (
        EventKind.OPENING,
        EventKind.CLOSING,
        EventKind.PLATFORM_INFORMATION,
        EventKind.EXPERIENCE_SHARING,
    ):
        assert kinds.count(kind) == 1
    # Fixed dates: some past, some still ahead of the day this was written (and later).
    moment = datetime(2026, 11, 25, 12, tzinfo=ISTANBUL)
    assert turkish_events.upcoming(moment).count() == 3
    assert turkish_events.past(moment).count() == 5
    assert all(page.actual_attendance for page in turkish_events.past(moment))
    assert not any(page.actual_attendance for page in turkish_events.upcoming(moment))
    assert all(page.agenda for page in turkish_events)

    with time_machine.travel(moment, tick=False):
        html = client.get("/en/events/").content.decode()
        assert "Closing and dissemination meeting" in html
        assert "Project opening meeting" in html
        assert "Örnek veri" in html
        opening = english_events.get(slug="project-opening-meeting")
        html = client.get(opening.url).content.decode()
    assert "Welcome and introductions" in html  # the English agenda
    assert "A meeting hall in Ankara (sample)" in html
    assert 'href="/en/municipalities/kadikoy/"' in html
    assert "54" in html  # actual attendance of a past event
