"""Demo events: the index and eight sample meetings and training sessions, in Turkish and English.

Idempotent: the index and each event are found by their Turkish slug and created only when
missing; a missing English translation is added. Every page is marked as sample data. The content
is in events.demo_content.
"""

from __future__ import annotations

import uuid
from typing import Any, TextIO

from wagtail.models import Locale

from plans.models import MunicipalityPage
from portal.demo.builder import page_values
from portal.demo.publishing import publish_new, translate
from portal.demo.text import BLOCK_ID_NAMESPACE
from portal.models import HomePage
from training.models import TrainingProgrammePage

from .demo_content import EVENTS, INDEX, DemoEvent
from .models import EventIndexPage, EventMunicipality, EventPage, EventProgramme

#: Training sessions → the Turkish slug of the training programme they belong to (training.demo).
SESSION_PROGRAMMES = {
    "event-board-training": "hak-temelli-izleme",
    "event-indicator-training": "gosterge-temelli-izleme",
    "event-gender-equality-training": "toplumsal-cinsiyet-esitligi",
    "event-yeep-preparation-training": "yeep-hazirlama",
}


def build_demo(home: HomePage, stdout: TextIO) -> None:
    """Create (or complete) /etkinlikler/ under the Turkish home page and its sample events."""
    english = Locale.objects.get(language_code="en")
    index = EventIndexPage.objects.child_of(home).filter(slug=INDEX.slug.tr).first()
    if index is None:
        index = EventIndexPage(**page_values(INDEX, "tr"), show_in_menus=True, is_sample_data=True)
        publish_new(home, index, stdout)
    translate(index, english, page_values(INDEX, "en"), stdout)

    municipalities = list(
        MunicipalityPage.objects.descendant_of(home)
        .filter(locale_id=home.locale_id)
        .order_by("path")
    )
    programmes = {
        programme.slug: programme
        for programme in TrainingProgrammePage.objects.descendant_of(home).filter(
            locale_id=home.locale_id
        )
    }
    for demo in EVENTS:
        programme = programmes.get(SESSION_PROGRAMMES.get(demo.text.key, ""))
        page = EventPage.objects.child_of(index).filter(slug=demo.text.slug.tr).first()
        if page is None:
            page = EventPage(
                **event_values(demo, "tr"),
                kind=demo.kind,
                start=demo.start,
                end=demo.end,
                online_link=demo.online_link,
                target_attendance=demo.target_attendance,
                actual_attendance=demo.actual_attendance,
                is_sample_data=True,
                related_municipalities=[
                    EventMunicipality(municipality=municipality)
                    for municipality in (municipalities if demo.all_municipalities else [])
                ],
                related_programmes=[EventProgramme(programme=programme)] if programme else [],
            )
            publish_new(index, page, stdout)
        translate(page, english, event_values(demo, "en"), stdout)


def event_values(demo: DemoEvent, language: str) -> dict[str, Any]:
    """The event's text fields in one language; agenda block ids are the same in both."""
    return {
        **page_values(demo.text, language),
        "venue_name": getattr(demo.venue_name, language),
        "venue_address": getattr(demo.venue_address, language),
        "audience": getattr(demo.audience, language),
        "agenda": [
            {
                "type": "item",
                "value": {
                    "time": row.time.isoformat(timespec="minutes"),
                    "item": getattr(row.item, language),
                    "speaker": getattr(row.speaker, language),
                },
                "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{demo.text.key}:agenda:{number}")),
            }
            for number, row in enumerate(demo.agenda)
        ],
    }
