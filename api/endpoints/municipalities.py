"""/api/v1/municipalities/: the monitored municipalities (belediyeler)."""

from __future__ import annotations

from typing import Any

import django_filters
from rest_framework import serializers

from django.db.models import QuerySet

from api.base.serializers import LabelField, PortalPageSerializer
from api.base.text_search import containing, equal_to
from api.base.viewsets import PublicReadOnlyViewSet
from plans.models import MunicipalityKind, MunicipalityPage
from portal.languages import in_visitor_language


class MunicipalitySerializer(PortalPageSerializer):
    """A municipality page (belediye)."""

    kind = serializers.ChoiceField(
        choices=MunicipalityKind.choices,
        help_text="Legal kind (tür): metropolitan (büyükşehir), province centre (il), district "
        "(ilçe) or town (belde) municipality.",
    )
    kind_label = LabelField(
        MunicipalityKind.choices, source="kind", help_text="The kind, readable."
    )
    province = serializers.CharField(help_text="Province (il), e.g. İstanbul.")
    plate_code = serializers.CharField(
        help_text="Two-digit province licence-plate code (plaka kodu), e.g. 34."
    )
    latitude = serializers.FloatField(
        allow_null=True, help_text="Latitude (enlem), decimal degrees."
    )
    longitude = serializers.FloatField(
        allow_null=True, help_text="Longitude (boylam), decimal degrees."
    )
    website = serializers.URLField(help_text="The municipality's own website (may be empty).")
    summary = serializers.CharField(help_text="Short description (özet).")
    population = serializers.IntegerField(
        allow_null=True,
        help_text="Population (nüfus), for per-capita figures; null when the portal has no figure.",
    )
    population_year = serializers.IntegerField(
        allow_null=True, help_text="The year the population figure is for (nüfus yılı)."
    )
    population_source = serializers.CharField(
        help_text="Where the population figure comes from (nüfus kaynağı), e.g. "
        "TÜİK ADNKS, 31.12.2024; empty without a figure."
    )
    population_is_sample = serializers.BooleanField(
        help_text="True when the population is an unverified sample figure (örnek veri)."
    )


class MunicipalityFilter(django_filters.FilterSet):
    """Filters of the municipality list."""

    province = django_filters.CharFilter(
        method="filter_province",
        help_text="Province name (il), matched whole, ignoring case and Turkish letters "
        "(`istanbul` finds İstanbul).",
    )
    kind = django_filters.ChoiceFilter(
        choices=MunicipalityKind.choices, help_text="Legal kind of municipality (tür)."
    )
    plate_code = django_filters.CharFilter(
        help_text="Two-digit province licence-plate code (plaka kodu), e.g. `34`."
    )
    search = django_filters.CharFilter(
        method="filter_search",
        help_text="Part of the title (arama), ignoring case by Turkish rules (`KADIKÖY` finds "
        "Kadıköy) and Turkish letters (`kadikoy` too).",
    )

    class Meta:
        model = MunicipalityPage
        fields: list[str] = []

    def filter_province(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return equal_to(queryset, "province", value)

    def filter_search(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return containing(queryset, "title", value)


class MunicipalityViewSet(PublicReadOnlyViewSet):
    """Municipalities (belediyeler) whose Local Equality Action Plans are monitored."""

    model = MunicipalityPage
    serializer_class = MunicipalitySerializer
    filterset_class = MunicipalityFilter
    ordering_fields = {
        "title": "title",
        "province": "province",
        "plate_code": "plate_code",
        "id": "pk",
    }
    ordering = ("title",)

    def get_list_queryset(self) -> Any:
        return in_visitor_language(MunicipalityPage.objects.for_public())

    def get_object_queryset(self) -> Any:
        return MunicipalityPage.objects.for_public()
