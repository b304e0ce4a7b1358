"""Factories for the events index and events."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import factory
import wagtail_factories

from events.models import EventIndexPage, EventKind, EventPage

ISTANBUL = ZoneInfo("Europe/Istanbul")


class EventIndexPageFactory(wagtail_factories.PageFactory):
    """The events index; pass parent=<home page>."""

    title = "Etkinlikler"
    slug = "etkinlikler"
    intro = "Proje toplantıları ve eğitim oturumları."
    show_in_menus = True

    class Meta:
        model = EventIndexPage


class EventPageFactory(wagtail_factories.PageFactory):
    """A three-hour training session in Ankara in March 2027 with a two-row agenda; pass
    parent=<events index>. Created live but never published (tests.events.conftest publishes)."""

    title = factory.Sequence(lambda n: f"Etkinlik {n}")
    slug = factory.Sequence(lambda n: f"etkinlik-{n}")
    intro = factory.LazyAttribute(lambda obj: f"{obj.title} hakkında kısa bir giriş.")
    kind = EventKind.TRAINING_SESSION
    start = datetime(2027, 3, 10, 10, 0, tzinfo=ISTANBUL)
    end = factory.LazyAttribute(lambda obj: obj.start + timedelta(hours=3))
    venue_name = "Ankara'da bir toplantı salonu"
    venue_address = "Çankaya, Ankara"
    audience = "Belediye çalışanları"
    target_attendance = 40
    agenda = factory.LazyFunction(
        lambda: [
            {
                "type": "item",
                "value": {"time": "10:00", "item": "Açılış", "speaker": "Proje ekibi"},
            },
            {"type": "item", "value": {"time": "10:30", "item": "Göstergeler", "speaker": ""}},
        ]
    )

    class Meta:
        model = EventPage
