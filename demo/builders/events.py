"""Builds the demo events (demo.content.events): the index and its sample meetings and training
sessions in both languages; a training session links to its programme when that exists. Every
event opens with an illustration; a past event (one with its actual attendance) has its outcome:
a sample summary PDF among its materials and an illustration in its gallery."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import Any, TextIO

from django.utils.html import escape

from demo.content.events import EVENTS, INDEX, SESSION_PROGRAMMES, DemoEvent
from events.models import EventIndexPage, EventMunicipality, EventPage, EventProgramme
from portal.bilingual import Text, block_id
from portal.models import HomePage
from training.models import TrainingProgrammePage

from . import media
from .links import municipalities, municipality_links
from .publishing import Publisher, page_values

SUMMARY_TITLE = Text("Toplantı özeti (örnek)", "Meeting summary (sample)")
GALLERY_CAPTION = Text("Etkinlikten bir an", "A moment from the event")


def event_values(event: DemoEvent, media_files: EventMedia, language: str) -> dict[str, Any]:
    """The event's text fields in one language; block ids are the same in both."""
    key = event.text.key
    values = page_values(event.text, language)
    values["body"] = [
        media.image_block(key, media_files.image, event.text.title, language),
        *values.get("body", []),
    ]
    if media_files.summary is not None:
        values["materials"] = [
            media.document_block(key, media_files.summary, SUMMARY_TITLE, language)
        ]
        caption = Text(
            f"{GALLERY_CAPTION.tr}: {event.text.title.tr}",
            f"{GALLERY_CAPTION.en}: {event.text.title.en}",
        )
        values["gallery"] = [
            media.image_block(f"{key}:gallery", media_files.gallery, caption, language)
        ]
    return {
        **values,
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


@dataclass(frozen=True)
class EventMedia:
    """An event's illustration and, once it is over, its summary PDF and gallery picture."""

    image: Any
    summary: Any = None
    gallery: Any = None


def event_media(event: DemoEvent, stdout: TextIO) -> EventMedia:
    """The event's files, made once (demo.builders.media)."""
    key = event.text.key
    image = media.illustration(key, event.text.title, stdout)
    if event.actual_attendance is None:
        return EventMedia(image)
    title = f"{event.text.title.tr}: {SUMMARY_TITLE.tr}"
    body = (
        f"<p>{escape(event.text.intro.tr)}</p><p>Hedeflenen katılımcı sayısı: "
        f"{event.target_attendance}; gerçekleşen: {event.actual_attendance}.</p>"
    )
    summary = media.document(
        title, f"{key}-ozet.pdf", lambda: media.sample_pdf(title, body), stdout
    )
    gallery = media.illustration(
        f"{key}-gallery", Text(f"{GALLERY_CAPTION.tr}: {event.text.title.tr}", ""), stdout
    )
    return EventMedia(image, summary, gallery)


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
            partial(event_values, event, event_media(event, publisher.stdout)),
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
