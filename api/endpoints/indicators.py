"""/api/v1/indicators/: the rights-based indicator definitions (göstergeler)."""

from __future__ import annotations

from typing import Any

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import QuerySet
from django.urls import reverse
from django.utils.http import urlencode

from api.base.filters import linked
from api.base.references import area_filter
from api.base.serializers import (
    NULLABLE_URL,
    LabelField,
    PortalPageSerializer,
    ThematicAreaRefSerializer,
)
from api.base.viewsets import PublicReadOnlyViewSet
from indicators.blocks import Instrument
from indicators.models import Direction, IndicatorPage, Measure, OhchrType, Periodicity
from plans.scales import Disaggregation
from portal.languages import in_visitor_language


class RightReferenceSerializer(serializers.Serializer):
    """An article of a rights instrument the indicator helps to monitor (hak dayanağı)."""

    instrument = serializers.ChoiceField(
        choices=Instrument.choices,
        help_text="The instrument: CEDAW, the İstanbul Convention, the European Charter for "
        "Equality of Women and Men in Local Life, the Constitution of Türkiye, or other.",
    )
    instrument_label = LabelField(
        Instrument.choices, source="instrument", help_text="The instrument, readable."
    )
    article = serializers.CharField(help_text="Article (madde).")
    note = serializers.CharField(help_text="Note (açıklama); may be empty.")


class IndicatorSerializer(PortalPageSerializer):
    """An indicator definition; its values are at /indicator-values/?indicator=<code>."""

    code = serializers.CharField(
        help_text="Indicator code (gösterge kodu), the same in every language."
    )
    area = serializers.SerializerMethodField(help_text="Thematic area (tematik alan), if any.")
    ohchr_type = serializers.ChoiceField(
        choices=OhchrType.choices,
        help_text="OHCHR indicator type (gösterge türü): structural, process or outcome.",
    )
    ohchr_type_label = LabelField(OhchrType.choices, source="ohchr_type", help_text="Readable.")
    unit = serializers.CharField(help_text="Unit (birim), e.g. %, people.")
    measure = serializers.ChoiceField(
        choices=Measure.choices,
        help_text="Kind of figure (değer türü): a count (compared per 100,000 inhabitants too), "
        "a percentage, or another ratio or score.",
    )
    measure_label = LabelField(Measure.choices, source="measure", help_text="Readable.")
    direction = serializers.ChoiceField(
        choices=Direction.choices,
        help_text="Which change is an improvement (yön): higher, lower or neutral.",
    )
    direction_label = LabelField(Direction.choices, source="direction", help_text="Readable.")
    data_source = serializers.CharField(help_text="Data source (veri kaynağı).")
    periodicity = serializers.ChoiceField(
        choices=Periodicity.choices, help_text="How often it is measured (sıklık)."
    )
    periodicity_label = LabelField(Periodicity.choices, source="periodicity", help_text="Readable.")
    disaggregations = serializers.SerializerMethodField(
        help_text="Breakdowns the values are reported in (kırılımlar): women, men, total."
    )
    references = serializers.SerializerMethodField(
        help_text="Rights and articles the indicator monitors (hak dayanakları)."
    )
    values_url = serializers.SerializerMethodField(
        help_text="API URL of the indicator's approved values."
    )
    csv_url = serializers.SerializerMethodField(
        help_text="Absolute URL of the indicator's CSV export (UTF-8, CC BY 4.0)."
    )
    comparison_url = serializers.SerializerMethodField(
        help_text="Absolute URL of the comparison of municipalities on this indicator (chart and "
        "table, with SVG, PNG and CSV downloads)."
    )

    @extend_schema_field(ThematicAreaRefSerializer(allow_null=True))
    def get_area(self, indicator: IndicatorPage) -> dict[str, Any] | None:
        return self.nested(ThematicAreaRefSerializer, indicator.area)

    @extend_schema_field(
        serializers.ListField(child=serializers.ChoiceField(choices=Disaggregation.choices))
    )
    def get_disaggregations(self, indicator: IndicatorPage) -> list[str]:
        return [kind.value for kind in indicator.disaggregations]

    @extend_schema_field(RightReferenceSerializer(many=True))
    def get_references(self, indicator: IndicatorPage) -> list[dict[str, Any]]:
        return self.nested_many(
            RightReferenceSerializer, [block.value for block in indicator.references]
        )

    @extend_schema_field(serializers.URLField(read_only=True))
    def get_values_url(self, indicator: IndicatorPage) -> str:
        path = reverse("api-v1:indicator-value-list")
        return self.request.build_absolute_uri(f"{path}?{urlencode({'indicator': indicator.code})}")

    @extend_schema_field(NULLABLE_URL)
    def get_csv_url(self, indicator: IndicatorPage) -> str | None:
        url = indicator.get_full_url(self.request)
        return f"{url}csv/" if url else None

    @extend_schema_field(NULLABLE_URL)
    def get_comparison_url(self, indicator: IndicatorPage) -> str | None:
        url = indicator.get_full_url(self.request)
        return f"{url}{indicator.reverse_subpage('comparison')}" if url else None


class IndicatorFilter(django_filters.FilterSet):
    """Filters of the indicator list."""

    area = area_filter(linked("area"))
    ohchr_type = django_filters.ChoiceFilter(
        choices=OhchrType.choices, help_text="OHCHR type (gösterge türü)."
    )
    direction = django_filters.ChoiceFilter(
        choices=Direction.choices, help_text="Which change is an improvement (yön)."
    )

    class Meta:
        model = IndicatorPage
        fields: list[str] = []


class IndicatorViewSet(PublicReadOnlyViewSet):
    """Rights-based indicator definitions (göstergeler)."""

    model = IndicatorPage
    serializer_class = IndicatorSerializer
    filterset_class = IndicatorFilter
    ordering_fields = {"code": "code", "title": "title", "id": "pk"}
    ordering = ("code",)

    def get_list_queryset(self) -> QuerySet:
        return in_visitor_language(IndicatorPage.objects.for_public()).select_related("area")

    def get_object_queryset(self) -> QuerySet:
        return IndicatorPage.objects.for_public().select_related("area")
