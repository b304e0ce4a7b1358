"""The events index: upcoming and past events of one language, and their iCalendar feed."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from portal.models import PortalPage
from portal.pagination import PAGE_PARAM, pagination_links

from ..ical import ics_response, index_calendar
from .event_page import EventKind, EventPage, EventPageQuerySet

#: Past events per page of the index (upcoming ones are all shown).
PAST_PER_PAGE = 10


class EventIndexPage(RoutablePageMixin, PortalPage):
    """/etkinlikler/: upcoming events soonest first, past ones newest first (paginated),
    filterable by kind (?tur=), with an iCalendar feed of the upcoming ones at `ical/`."""

    content_panels = PortalPage.content_panels

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    override_translatable_fields = PortalPage.override_translatable_fields

    class Meta:
        verbose_name = _("Etkinlik listesi")
        verbose_name_plural = _("Etkinlik listeleri")

    def events(self, kind: EventKind | None = None) -> EventPageQuerySet:
        """Live, public events under this index (so in its language), of one kind or all."""
        return EventPage.objects.child_of(self).for_public().of_kind(kind)

    def get_context(self, request: HttpRequest, *args: Any, **kwargs: Any) -> dict[str, Any]:
        """Upcoming (ongoing included) and one page of past events, split at the current time;
        an unknown kind shows every kind, with a notice."""
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        kind, kind_filter = EventKind.filter_context(
            request, _("Böyle bir etkinlik türü yok; tüm etkinlikler gösteriliyor.")
        )
        events = self.events(kind)
        past = Paginator(events.past(now), PAST_PER_PAGE).get_page(request.GET.get(PAGE_PARAM))
        context.update(
            kind_filter,
            now=now,
            upcoming_events=list(events.upcoming(now)),
            past_events=past,
            page_links=pagination_links(past, kind_filter["kind_query"]),
        )
        return context

    def get_cached_paths(self) -> list[str]:
        """Front-cache paths (portal.caching): the page and the calendar feed."""
        return ["/", "ical/"]

    @path("ical/", name="ical")
    def ical_feed(self, request: HttpRequest) -> HttpResponse:
        """iCalendar feed of the upcoming (and ongoing) live public events; ?tur=<kind> filters."""
        upcoming = self.events(EventKind.from_request(request)).upcoming(timezone.now())
        return ics_response(
            index_calendar(self, upcoming, request), f"{self.slug}.ics", attachment=False
        )
