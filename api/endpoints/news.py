"""/api/v1/news/: news, press releases and announcements."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import django_filters
from rest_framework import serializers

from django.db.models import Prefetch, QuerySet

from api.base.content import ContentPageSerializer
from api.base.filters import date_filters, related_through
from api.base.references import municipality_filter
from api.base.serializers import LabelField
from api.base.viewsets import PublicReadOnlyViewSet
from news.models import NewsKind, NewsMunicipality, NewsPage
from portal.languages import in_visitor_language


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

    def municipality_keys(self, page: NewsPage) -> list[UUID]:
        return [row.municipality.translation_key for row in page.related_municipalities.all()]


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


class NewsViewSet(PublicReadOnlyViewSet):
    """News, press releases and announcements (haberler ve duyurular), newest first."""

    model = NewsPage
    serializer_class = NewsSerializer
    filterset_class = NewsFilter
    ordering_fields = {"date": "date", "title": "title", "id": "pk"}
    ordering = ("-date", "-first_published_at")

    def _related(self, queryset: QuerySet) -> QuerySet:
        rows = NewsMunicipality.objects.select_related("municipality")
        return queryset.prefetch_related(Prefetch("related_municipalities", queryset=rows))

    def get_list_queryset(self) -> Any:
        return self._related(in_visitor_language(NewsPage.objects.for_public()))

    def get_object_queryset(self) -> Any:
        return self._related(NewsPage.objects.for_public())
