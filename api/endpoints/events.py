"""/api/v1/events/: project meetings and training sessions."""

from __future__ import annotations

import django_filters
from rest_framework import serializers

from api.base.content import ContentPageSerializer, ContentPageViewSet
from api.base.filters import date_filters, related_through
from api.base.references import municipality_filter
from api.base.serializers import LabelField
from events.models import EventKind, EventMunicipality, EventPage


class EventSerializer(ContentPageSerializer):
    """A meeting or training session (etkinlik); attendance figures once it is over."""

    date = serializers.DateTimeField(source="start", help_text="Start (başlangıç), with offset.")
    end = serializers.DateTimeField(help_text="End (bitiş), with offset.")
    kind = serializers.ChoiceField(choices=EventKind.choices, help_text="Kind of event (tür).")
    kind_label = LabelField(EventKind.choices, source="kind", help_text="Kind, readable.")
    venue_name = serializers.CharField(help_text="Venue (mekân); empty for online events.")
    venue_address = serializers.CharField(help_text="Venue address (adres).")
    online_link = serializers.CharField(help_text="Link to join online, if any.")
    audience = serializers.CharField(help_text="Whom the event is for (hedef kitle).")
    target_attendance = serializers.IntegerField(
        allow_null=True, help_text="Target number of participants."
    )
    actual_attendance = serializers.SerializerMethodField(
        help_text="Actual number of participants; null until the event is over."
    )
    ics_url = serializers.SerializerMethodField(help_text="The event as an iCalendar file.")

    def get_actual_attendance(self, page: EventPage) -> int | None:
        return page.actual_attendance if page.has_ended() else None

    def get_ics_url(self, page: EventPage) -> str:
        return f"{page.get_full_url(self.context.get('request'))}ics/"


class EventFilter(django_filters.FilterSet):
    """Filters of the event list."""

    kind = django_filters.ChoiceFilter(choices=EventKind.choices, help_text="Kind (tür).")
    municipality = municipality_filter(
        related_through(EventMunicipality),
        help_text="Events concerning a municipality (belediye), by slug or page id.",
    )
    date_from, date_to = date_filters("start__date", "events starting")

    class Meta:
        model = EventPage
        fields: list[str] = []


class EventViewSet(ContentPageViewSet):
    """Project meetings and training sessions (etkinlikler), latest start first."""

    model = EventPage
    serializer_class = EventSerializer
    filterset_class = EventFilter
    ordering_fields = {"start": "start", "title": "title", "id": "pk"}
    ordering = ("-start",)
