"""/api/v1/indicator-values/: the reported values of indicators, from approved assessments only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers
from rest_framework.response import Response

from django.db.models import QuerySet
from django.db.models.lookups import In
from django.utils.translation import gettext_lazy as _

from api.base.filters import ReferenceFilter, date_filters, linked, under
from api.base.page_types import of_own_type
from api.base.pagination import ApiCursorPagination
from api.base.public import PageRefs
from api.base.references import municipality_filter, period_filter
from api.base.serializers import (
    BatchedSerializer,
    LabelField,
    MonitoringPeriodRefSerializer,
    PageRefSerializer,
)
from api.base.viewsets import PublicReadOnlyViewSet
from api.endpoints.value_downloads import DOWNLOADS_SCHEMA, link_header, value_downloads
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
        return self.nested(ValueIndicatorSerializer, indicator)

    @extend_schema_field(PageRefSerializer(allow_null=True))
    def get_municipality(self, value: IndicatorValue) -> dict[str, Any] | None:
        page = self.batch.refs.by_path(municipality_path(value.assessment.path))
        return self.nested(PageRefSerializer, page)

    @extend_schema_field(MonitoringPeriodRefSerializer)
    def get_period(self, value: IndicatorValue) -> dict[str, Any]:
        period = value.assessment.period
        return self.nested(
            MonitoringPeriodRefSerializer, self.batch.periods.get(period.translation_key, period)
        )

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
    public_towns = of_own_type(MunicipalityPage.objects.for_public()).values("path")
    assessments = of_own_type(AssessmentPage.objects.of_record()).filter(
        In(municipality_prefix("path"), public_towns)
    )
    return IndicatorValue.objects.filter(assessment__in=assessments.values("pk"))


class ValuePagination(ApiCursorPagination):
    """The cursor pages of values, each pointing to the open-data files for whole downloads
    (`downloads` and Link headers, api.endpoints.value_downloads)."""

    def get_paginated_response(self, data: list[dict[str, Any]]) -> Response:
        downloads = value_downloads(self.request)
        response = Response(
            {
                "next": self.get_next_link(),
                "previous": self.get_previous_link(),
                "downloads": downloads,
                "results": data,
            }
        )
        if downloads and downloads["files"]:
            response["Link"] = link_header(downloads["files"])
        return response

    def get_paginated_response_schema(self, schema: dict[str, Any]) -> dict[str, Any]:
        paginated = super().get_paginated_response_schema(schema)
        properties = paginated["properties"]
        paginated["properties"] = {
            "next": properties["next"],
            "previous": properties["previous"],
            "downloads": DOWNLOADS_SCHEMA,
            "results": properties["results"],
        }
        return paginated


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
    and CSV show only that one). Rows come in the order they were recorded (by id; `?ordering=-id`
    for the newest first), paged by cursor: follow `next` until it is null. There are no page
    numbers and no count. For every value at once, download the open-data files that `downloads`
    (and the Link header) point to: the same approved rows as CSV, XLSX or JSON.
    """

    model = IndicatorValue
    serializer_class = IndicatorValueSerializer
    filterset_class = IndicatorValueFilter
    pagination_class = ValuePagination
    # A cursor follows one unique, indexed order: the id. Sorting by indicator, date or value
    # meant sorting every public value (830,000 at national scale) on each request.
    ordering_fields = {"id": "pk"}
    ordering = ("pk",)
    ordering_note = _(
        "Değerler imleçle (cursor) sayfalandığından yalnızca kayıt sırasına (id ya da -id) göre "
        "sıralanabilir; sıralanmış tüm değerler için açık veri dosyalarını indirin."
    )
    ordering_schema_note = (
        "Values are paged by cursor, which follows the id alone: `id` (the default) or `-id`. "
        "Filter by indicator, municipality or period, or download the open-data files, to sort "
        "them otherwise."
    )

    def get_list_queryset(self) -> QuerySet:
        # Read apart, by id: joined, the indicator and assessment pages made PostgreSQL plan the
        # list's query for longer (10 ms) than it ran.
        return public_values().prefetch_related("indicator", "assessment__period")

    def get_object_queryset(self) -> QuerySet:
        return self.get_list_queryset()  # the rows of record have no other language
