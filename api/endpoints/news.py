"""/api/v1/news/: news, press releases and announcements."""

from __future__ import annotations

import django_filters
from rest_framework import serializers

from api.base.content import ContentPageSerializer, ContentPageViewSet
from api.base.filters import date_filters, related_through
from api.base.references import municipality_filter
from api.base.serializers import LabelField
from news.models import NewsKind, NewsMunicipality, NewsPage


class NewsSerializer(ContentPageSerializer):
    """A news item (haber), press release (basın bülteni) or announcement (duyuru)."""

    date = serializers.DateField(help_text="Date of the item (tarih).")
    kind = serializers.ChoiceField(
        choices=NewsKind.choices, help_text="Kind (tür): news, press release or announcement."
    )
    kind_label = LabelField(NewsKind.choices, source="kind", help_text="Kind, readable.")
    first_published_at = serializers.DateTimeField(
        allow_null=True, help_text="When the item was first published."
    )


class NewsFilter(django_filters.FilterSet):
    """Filters of the news list."""

    kind = django_filters.ChoiceFilter(choices=NewsKind.choices, help_text="Kind (tür).")
    municipality = municipality_filter(
        related_through(NewsMunicipality),
        help_text="Items about a municipality (belediye), by slug or page id.",
    )
    date_from, date_to = date_filters("date", "items dated")

    class Meta:
        model = NewsPage
        fields: list[str] = []


class NewsViewSet(ContentPageViewSet):
    """News, press releases and announcements (haberler ve duyurular), newest first."""

    model = NewsPage
    serializer_class = NewsSerializer
    filterset_class = NewsFilter
    ordering_fields = {"date": "date", "title": "title", "id": "pk"}
    ordering = ("-date", "-first_published_at")
