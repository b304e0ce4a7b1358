"""/api/v1/stories/: experience sharing by municipalities and NGOs."""

from __future__ import annotations

from typing import Any
from uuid import UUID

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.base.content import ContentPageSerializer
from api.base.filters import date_filters, linked
from api.base.references import area_filter, municipality_filter
from api.base.serializers import LabelField, ThematicAreaRefSerializer
from api.base.viewsets import PublicReadOnlyViewSet
from portal.languages import in_visitor_language
from stories.models import AuthorKind, StoryPage


class StorySerializer(ContentPageSerializer):
    """A story (deneyim): what worked in a municipality's equality work and what did not."""

    date = serializers.DateField(help_text="Date the story was shared (tarih).")
    kind = serializers.ChoiceField(
        source="author_kind",
        choices=AuthorKind.choices,
        help_text="Who wrote it (yazan kurumun türü): municipality, NGO, Monitoring Board or "
        "other.",
    )
    kind_label = LabelField(AuthorKind.choices, source="author_kind", help_text="Readable.")
    author_organisation = serializers.CharField(help_text="Organisation that wrote it.")
    area = serializers.SerializerMethodField(help_text="Thematic area (tematik alan), if any.")
    lessons = serializers.CharField(help_text="Lessons learnt (öğrenilen dersler).")

    def municipality_keys(self, page: StoryPage) -> list[UUID]:
        return [page.municipality.translation_key] if page.municipality else []

    @extend_schema_field(ThematicAreaRefSerializer(allow_null=True))
    def get_area(self, page: StoryPage) -> dict[str, Any] | None:
        return self.nested(ThematicAreaRefSerializer, page.area)


class StoryFilter(django_filters.FilterSet):
    """Filters of the story list."""

    kind = django_filters.ChoiceFilter(
        field_name="author_kind", choices=AuthorKind.choices, help_text="Who wrote it."
    )
    municipality = municipality_filter(
        linked("municipality"), help_text="Stories about a municipality, by slug or page id."
    )
    area = area_filter(linked("area"))
    date_from, date_to = date_filters("date", "stories dated")

    class Meta:
        model = StoryPage
        fields: list[str] = []


class StoryViewSet(PublicReadOnlyViewSet):
    """Experience-sharing stories (deneyimler), newest first."""

    model = StoryPage
    serializer_class = StorySerializer
    filterset_class = StoryFilter
    ordering_fields = {"date": "date", "title": "title", "id": "pk"}
    ordering = ("-date",)

    def get_list_queryset(self) -> Any:
        return in_visitor_language(StoryPage.objects.for_public()).select_related(
            "municipality", "area"
        )

    def get_object_queryset(self) -> Any:
        return StoryPage.objects.for_public().select_related("municipality", "area")
