"""Models of events/: the index page, the event page and its related municipalities and
training programmes."""

from __future__ import annotations

from .event_page import (
    EventKind,
    EventMunicipality,
    EventPage,
    EventPageQuerySet,
    EventProgramme,
)
from .index_page import EventIndexPage

__all__ = [
    "EventIndexPage",
    "EventKind",
    "EventMunicipality",
    "EventPage",
    "EventPageQuerySet",
    "EventProgramme",
]
