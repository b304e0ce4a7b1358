"""/api/v1/monitoring-periods/ and /api/v1/thematic-areas/: the translatable snippets shared by
all plans, each in the requested language (the Turkish copy where it has no translation)."""

from __future__ import annotations

import django_filters
from rest_framework import serializers

from django.db.models import QuerySet

from api.base.serializers import BatchedSerializer, LabelField, LocaleField
from api.base.viewsets import PublicReadOnlyViewSet
from plans.models import MonitoringPeriod, ThematicArea
from plans.scales import MonitoringPeriodKind
from portal.languages import in_visitor_language


class SnippetSerializer(BatchedSerializer):
    """Fields every translatable snippet shares."""

    id = serializers.IntegerField(help_text="Id of this language's copy.")
    translation_key = serializers.UUIDField(help_text="Shared by all language copies.")
    locale = LocaleField(help_text="Language of this copy (tr or en).")


class MonitoringPeriodSerializer(SnippetSerializer):
    """A monitoring period (izleme dönemi) defined by the Monitoring Board."""

    name = serializers.CharField(help_text="Name (ad).")
    kind = serializers.ChoiceField(
        choices=MonitoringPeriodKind.choices,
        help_text="Round of monitoring (tür): progress period 1–3 or final.",
    )
    kind_label = LabelField(MonitoringPeriodKind.choices, source="kind", help_text="Readable.")
    start_date = serializers.DateField(help_text="First day (başlangıç).")
    end_date = serializers.DateField(help_text="Last day (bitiş).")


class ThematicAreaSerializer(SnippetSerializer):
    """A gender-equality thematic area (tematik alan) shared by all plans."""

    code = serializers.CharField(help_text="Code, the same in every language (e.g. A3).")
    name = serializers.CharField(help_text="Name (ad).")
    description = serializers.CharField(help_text="Description (açıklama).")
    sort_order = serializers.IntegerField(help_text="Position in lists (sıra).")


class MonitoringPeriodFilter(django_filters.FilterSet):
    """Filters of the period list."""

    kind = django_filters.ChoiceFilter(
        choices=MonitoringPeriodKind.choices, help_text="Round of monitoring (tür)."
    )

    class Meta:
        model = MonitoringPeriod
        fields: list[str] = []


class MonitoringPeriodViewSet(PublicReadOnlyViewSet):
    """Monitoring periods (izleme dönemleri): three progress periods and a final one."""

    model = MonitoringPeriod
    serializer_class = MonitoringPeriodSerializer
    filterset_class = MonitoringPeriodFilter
    ordering_fields = {"start_date": "start_date", "name": "name", "id": "pk"}
    ordering = ("start_date",)

    def get_list_queryset(self) -> QuerySet:
        return in_visitor_language(MonitoringPeriod.objects.all())

    def get_object_queryset(self) -> QuerySet:
        return MonitoringPeriod.objects.all()


class ThematicAreaViewSet(PublicReadOnlyViewSet):
    """Thematic areas (tematik alanlar) of gender equality, shared by all plans."""

    model = ThematicArea
    serializer_class = ThematicAreaSerializer
    filterset_class = None
    ordering_fields = {"code": "code", "name": "name", "sort_order": "sort_order", "id": "pk"}
    ordering = ("sort_order", "code")

    def get_list_queryset(self) -> QuerySet:
        return in_visitor_language(ThematicArea.objects.all())

    def get_object_queryset(self) -> QuerySet:
        return ThematicArea.objects.all()
