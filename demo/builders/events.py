"""Builds the demo events (demo.content.events): the index and its sample meetings and training
sessions in both languages; a training session links to its programme when that exists."""

from __future__ import annotations

from functools import partial
from typing import Any

from demo.content.events import EVENTS, INDEX, SESSION_PROGRAMMES, DemoEvent
from events.models import EventIndexPage, EventMunicipality, EventPage, EventProgramme
from portal.bilingual import block_id
from portal.models import HomePage
from training.models import TrainingProgrammePage

from .links import municipalities, municipality_links
from .publishing import Publisher, page_values


def event_values(event: DemoEvent, language: str) -> dict[str, Any]:
    """The event's text fields in one language; agenda block ids are the same in both."""
    return {
        **page_values(event.text, language),
        "venue_name": getattr(event.venue_name, language),
        "venue_address": getattr(event.venue_address, language),
        "audience": getattr(event.audience, language),
        "agenda": [
            {
                "type": "item",
                "value": {
                    "time": row.time.isoformat(timespec="minutes"),
                    "item": getattr(row.item, language),
                    "speaker": getattr(row.speaker, language),
                },
                "id": block_id(f"{event.text.key}:agenda", number),
            }
            for number, row in enumerate(event.agenda)
        ],
    }


def build(home: HomePage, publisher: Publisher) -> None:
    """Create (or complete) the event index under home and its sample events."""
    index = publisher.text_page(
        home, EventIndexPage, INDEX, show_in_menus=True, is_sample_data=True
    )
    everywhere = municipalities(home)
    programmes = {
        programme.slug: programme
        for programme in TrainingProgrammePage.objects.descendant_of(home).filter(
            locale_id=home.locale_id
        )
    }
    for event in EVENTS:
        programme = programmes.get(SESSION_PROGRAMMES.get(event.text.key, ""))
        publisher.child(
            index,
            EventPage,
            partial(event_values, event),
            kind=event.kind,
            start=event.start,
            end=event.end,
            online_link=event.online_link,
            target_attendance=event.target_attendance,
            actual_attendance=event.actual_attendance,
            is_sample_data=True,
            related_municipalities=municipality_links(
                EventMunicipality, everywhere, linked=event.all_municipalities
            ),
            related_programmes=[EventProgramme(programme=programme)] if programme else [],
        )
