"""iCalendar (RFC 5545) files of events, built with the icalendar package.

Times are written in UTC ("…Z"): every calendar client reads them without a VTIMEZONE, and they
stay right whatever Türkiye's time-zone rules become; X-WR-TIMEZONE tells clients to show them in
Türkiye time. The UID comes from the page's translation key, so the Turkish and English copies of
an event are one event in a calendar. DTSTAMP and LAST-MODIFIED are the page's last publication
(the calendar has no METHOD, so DTSTAMP means "last revised"), which keeps the output stable.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from icalendar import Calendar, Event

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

if TYPE_CHECKING:
    from .models import EventIndexPage, EventPage

PRODID = "-//YEEP Izleme Platformu//Etkinlikler//TR"
CONTENT_TYPE = "text/calendar; charset=utf-8"


def event_uid(event: EventPage) -> str:
    """The event's iCalendar UID, the same for all its translations."""
    return f"event-{event.translation_key}@yeep"


def event_calendar(event: EventPage, request: HttpRequest) -> Calendar:
    """A calendar holding one event, named after it."""
    return _calendar(event.title, event.intro, [event], request)


def index_calendar(
    index: EventIndexPage, events: Iterable[EventPage], request: HttpRequest
) -> Calendar:
    """A calendar of the given events (the index's upcoming ones), named after the index."""
    return _calendar(index.title, index.intro, events, request)


def ics_response(calendar: Calendar, filename: str, *, attachment: bool) -> HttpResponse:
    """The calendar as a text/calendar response; `attachment` makes browsers download it."""
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = content_disposition_header(attachment, filename)
    return response


def _calendar(
    name: str, description: str, events: Iterable[EventPage], request: HttpRequest
) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    if description:
        calendar.add("x-wr-caldesc", description)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    for event in events:
        calendar.add_component(_vevent(event, request))
    return calendar


def _vevent(event: EventPage, request: HttpRequest) -> Event:
    url = event.get_full_url(request)
    changed = _utc(event.last_published_at or event.latest_revision_created_at or timezone.now())
    vevent = Event()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", changed)
    vevent.add("last-modified", changed)
    vevent.add("dtstart", _utc(event.start))
    vevent.add("dtend", _utc(event.end))
    vevent.add("summary", event.title)
    vevent.add("description", _description(event, url))
    if event.location:
        vevent.add("location", event.location)
    vevent.add("url", url)
    vevent.add("categories", [str(event.get_kind_display())])
    return vevent


def _description(event: EventPage, url: str) -> str:
    """The intro, the online link when LOCATION holds the venue, and the page's address (many
    calendar clients show DESCRIPTION but not URL)."""
    parts = [event.intro.strip()]
    if event.online_link and event.location != event.online_link:
        parts.append(_("Çevrim içi katılım: %(url)s") % {"url": event.online_link})
    parts.append(url)
    return "\n\n".join(part for part in parts if part)


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC)
