"""/api/v1/reports/: progress and final reports of the Monitoring Board."""

from __future__ import annotations

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import QuerySet

from api.base.content import ContentPageSerializer, ContentPageViewSet
from api.base.filters import date_filters, linked, related_through
from api.base.references import municipality_filter, period_filter
from api.base.serializers import NULLABLE_URL, LabelField, MonitoringPeriodRefSerializer
from reports.models import ReportKind, ReportMunicipality, ReportPage


class ReportSerializer(ContentPageSerializer):
    """A report (rapor): summary here, full text in the PDF."""

    date = serializers.DateField(
        source="publication_date", help_text="Publication date (yayın tarihi)."
    )
    kind = serializers.ChoiceField(
        choices=ReportKind.choices,
        help_text="Kind (tür): progress report 1–3, final report or other.",
    )
    kind_label = LabelField(ReportKind.choices, source="kind", help_text="Kind, readable.")
    summary = serializers.CharField(help_text="Summary (özet).")
    period = MonitoringPeriodRefSerializer(
        allow_null=True, help_text="The monitoring period covered, if any (as linked)."
    )
    document_url = serializers.SerializerMethodField(
        help_text="Absolute URL of the report's PDF, if any."
    )

    @extend_schema_field(NULLABLE_URL)
    def get_document_url(self, page: ReportPage) -> str | None:
        if page.report_document is None:
            return None
        return self.request.build_absolute_uri(page.report_document.url)


class ReportFilter(django_filters.FilterSet):
    """Filters of the report list."""

    kind = django_filters.ChoiceFilter(choices=ReportKind.choices, help_text="Kind (tür).")
    municipality = municipality_filter(
        related_through(ReportMunicipality),
        help_text="Reports covering a municipality (belediye), by slug or page id.",
    )
    period = period_filter(linked("period"))
    date_from, date_to = date_filters("publication_date", "reports published")

    class Meta:
        model = ReportPage
        fields: list[str] = []


class ReportViewSet(ContentPageViewSet):
    """Reports (raporlar) published through the Monitoring Board's approval, newest first."""

    model = ReportPage
    serializer_class = ReportSerializer
    filterset_class = ReportFilter
    ordering_fields = {"date": "publication_date", "title": "title", "id": "pk"}
    ordering = ("-publication_date",)

    def related(self, queryset: QuerySet) -> QuerySet:
        return super().related(queryset).select_related("period", "report_document")
