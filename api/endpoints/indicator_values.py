"""/api/v1/indicator-values/: the reported values of indicators, from approved assessments only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import QuerySet
from django.db.models.lookups import In
from django.utils.translation import gettext_lazy as _

from api.base.filters import ReferenceFilter, date_filters, linked, under
from api.base.public import PageRefs
from api.base.references import municipality_filter, period_filter
from api.base.serializers import (
    BatchedSerializer,
    LabelField,
    MonitoringPeriodRefSerializer,
    PageRefSerializer,
)
from api.base.viewsets import PublicReadOnlyViewSet
from indicators.models import IndicatorPage
from plans.data_quality import DataFlag
from plans.models import AssessmentPage, IndicatorValue, MonitoringPeriod, MunicipalityPage
from plans.scales import Disaggregation
from plans.tree import MUNICIPALITY_DEPTH, municipality_path, municipality_prefix
from portal.languages import shown_copies


@dataclass
class ValueBatch:
    """What a page of values refers to."""

    indicators: dict[UUID, IndicatorPage]
    periods: dict[UUID, MonitoringPeriod]
    refs: PageRefs


class ValueIndicatorSerializer(PageRefSerializer):
    """The indicator a value is of, in the response's language."""

    code = serializers.CharField(help_text="Indicator code (gösterge kodu).")


class IndicatorValueSerializer(BatchedSerializer):
    """One approved value of an indicator, for a municipality, date and disaggregation."""

    id = serializers.IntegerField(help_text="Id of the value row (stable).")
    indicator = serializers.SerializerMethodField(help_text="The indicator (gösterge).")
    municipality = serializers.SerializerMethodField(help_text="The municipality (belediye).")
    period = serializers.SerializerMethodField(
        help_text="The monitoring period (izleme dönemi) whose approved assessment reported it."
    )
    assessment_id = serializers.IntegerField(
        help_text="Id of the approved assessment that reported the value (see /assessments/)."
    )
    date = serializers.DateField(help_text="Date the value refers to (tarih), e.g. period end.")
    disaggregation = serializers.ChoiceField(
        choices=Disaggregation.choices, help_text="Breakdown (kırılım): women, men or total."
    )
    disaggregation_label = LabelField(
        Disaggregation.choices, source="disaggregation", help_text="Breakdown, readable."
    )
    value = serializers.SerializerMethodField(
        help_text="The value (değer) as a decimal string with a dot, e.g. `31.5`."
    )
    unit = serializers.SerializerMethodField(help_text="Unit of the indicator (birim).")
    source_note = serializers.CharField(help_text="Note on the source (kaynak notu).")
    flags = serializers.SerializerMethodField(
        help_text="Data-quality flags (veri kalitesi): `estimate` (tahmin), `provisional` "
        "(geçici), `series_break` (seri kırılması: the method or source changed from this value "
        "on) and `not_comparable` (not comparable with other municipalities); empty when none."
    )
    flag_labels = serializers.SerializerMethodField(
        help_text="The flags, readable, in the same order as `flags`."
    )

    def load_batch(self, items: list[IndicatorValue]) -> ValueBatch:
        return ValueBatch(
            indicators=shown_copies([value.indicator for value in items], IndicatorPage),
            periods=shown_copies([v.assessment.period for v in items], MonitoringPeriod),
            refs=PageRefs(paths=[municipality_path(v.assessment.path) for v in items]),
        )

    def _indicator(self, value: IndicatorValue) -> IndicatorPage:
        return self.batch.indicators.get(value.indicator.translation_key, value.indicator)

    @extend_schema_field(ValueIndicatorSerializer)
    def get_indicator(self, value: IndicatorValue) -> dict[str, Any]:
        indicator = self._indicator(value)
        return ValueIndicatorSerializer(indicator, context=self.context).data

    @extend_schema_field(PageRefSerializer(allow_null=True))
    def get_municipality(self, value: IndicatorValue) -> dict[str, Any] | None:
        page = self.batch.refs.by_path(municipality_path(value.assessment.path))
        return PageRefSerializer(page, context=self.context).data if page else None

    @extend_schema_field(MonitoringPeriodRefSerializer)
    def get_period(self, value: IndicatorValue) -> dict[str, Any]:
        period = value.assessment.period
        return MonitoringPeriodRefSerializer(
            self.batch.periods.get(period.translation_key, period)
        ).data

    @extend_schema_field(
        serializers.ListField(child=serializers.ChoiceField(choices=DataFlag.choices))
    )
    def get_flags(self, value: IndicatorValue) -> list[str]:
        return [flag.value for flag in value.flags]

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_flag_labels(self, value: IndicatorValue) -> list[str]:
        return [str(flag.label) for flag in value.flags]

    def get_value(self, value: IndicatorValue) -> str:
        return format(value.value.normalize(), "f")

    def get_unit(self, value: IndicatorValue) -> str:
        return self._indicator(value).unit


def public_values() -> QuerySet:
    """Values of the assessments of record (IndicatorValue.for_public) whose municipality page is
    public too, as on the indicator pages.

    Both conditions are put on the assessments (about 14,000 at national scale), not on each of
    the values (about 830,000), so the database picks the public assessments once and walks the
    values in id order.
    """
    public_towns = MunicipalityPage.objects.for_public().values("path")
    assessments = AssessmentPage.objects.of_record().filter(
        In(municipality_prefix("path"), public_towns)
    )
    return IndicatorValue.objects.filter(assessment__in=assessments.values("pk"))


class IndicatorValueFilter(django_filters.FilterSet):
    """Filters of the value list."""

    indicator = ReferenceFilter(
        match=linked("indicator"),
        candidates=lambda: IndicatorPage.objects.for_public(),
        lookups=("code__iexact",),
        not_found=_("Yayımlanmış böyle bir gösterge kodu yok: “%(value)s”."),
        help_text="An indicator (gösterge) by code, e.g. `G01` (see /indicators/). An unknown "
        "code is answered with 400.",
    )
    municipality = municipality_filter(
        under(MunicipalityPage, MUNICIPALITY_DEPTH, "assessment__path")
    )
    period = period_filter(linked("assessment__period"))
    disaggregation = django_filters.ChoiceFilter(
        choices=Disaggregation.choices, help_text="Breakdown (kırılım): women, men or total."
    )
    flag = django_filters.ChoiceFilter(
        choices=DataFlag.choices,
        method="filter_flag",
        help_text="Only values carrying this data-quality flag, e.g. `provisional`.",
    )
    date_from, date_to = date_filters("date", "values dated")

    def filter_flag(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Values whose flag `value` is set."""
        return queryset.filter(**{DataFlag(value).field_name: True})

    class Meta:
        model = IndicatorValue
        fields: list[str] = []


class IndicatorValueViewSet(PublicReadOnlyViewSet):
    """Indicator values (gösterge değerleri) from assessments the Monitoring Board approved.

    Every approved row is listed with its period; where two periods report the same date and
    breakdown for a municipality, the later period's value is a correction (the indicator pages
    and CSV show only that one). Rows come in the order they were recorded (by id);
    `?ordering=indicator,date` sorts them by indicator code and date.
    """

    model = IndicatorValue
    serializer_class = IndicatorValueSerializer
    filterset_class = IndicatorValueFilter
    ordering_fields = {
        "date": "date",
        "indicator": "indicator__code",
        "value": "value",
        "id": "pk",
    }
    # Recording order: an index walk, where indicator code, date, breakdown meant sorting every
    # public value (830,000 at national scale) on each request; ?ordering=indicator,date offers it.
    ordering = ("pk",)

    def get_list_queryset(self) -> QuerySet:
        return public_values().select_related("indicator", "assessment__period")

    def get_object_queryset(self) -> QuerySet:
        return self.get_list_queryset()  # the rows of record have no other language
