"""/api/v1/plans/: municipalities' Local Equality Action Plans (YEEP) and their objectives."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import Prefetch, QuerySet

from api.base.filters import IntegerFilter, under
from api.base.public import PageRefs
from api.base.references import municipality_filter
from api.base.serializers import (
    NULLABLE_URL,
    PageRefSerializer,
    PortalPageSerializer,
    RowSerializer,
    ThematicAreaRefSerializer,
)
from api.base.viewsets import PublicReadOnlyViewSet
from plans.models import MunicipalityPage, PlanObjective, PlanPage, ThematicArea
from plans.tree import MUNICIPALITY_DEPTH, municipality_path
from portal.languages import in_visitor_language, shown_copies


@dataclass
class PlanBatch:
    """What a page of plans refers to."""

    refs: PageRefs
    areas: dict[UUID, ThematicArea]


class ObjectiveSerializer(RowSerializer):
    """An objective (hedef) of the plan; actions refer to it by its code."""

    code = serializers.CharField(help_text="Objective code (hedef kodu), e.g. 3.")
    title = serializers.CharField(help_text="The objective, as adopted (not translated).")
    area = ThematicAreaRefSerializer(
        allow_null=True, help_text="Thematic area (tematik alan), if any."
    )


class PlanSerializer(PortalPageSerializer):
    """A Local Equality Action Plan (Yerel Eşitlik Eylem Planı)."""

    municipality = serializers.SerializerMethodField(
        help_text="The municipality (belediye) whose plan this is; null if not public."
    )
    start_year = serializers.IntegerField(help_text="First year of the plan period.")
    end_year = serializers.IntegerField(help_text="Last year of the plan period.")
    council_decision_number = serializers.CharField(
        help_text="Number of the council decision adopting the plan (meclis karar no.)."
    )
    council_decision_date = serializers.DateField(
        allow_null=True, help_text="Date of the council decision (meclis karar tarihi)."
    )
    summary = serializers.CharField(help_text="Summary (özet).")
    document_url = serializers.SerializerMethodField(
        help_text="Absolute URL of the plan document (PDF), if any."
    )
    objectives = serializers.SerializerMethodField(help_text="Objectives (hedefler), in order.")

    def load_batch(self, items: list[PlanPage]) -> PlanBatch:
        areas = [objective.area for plan in items for objective in plan.objectives.all()]
        return PlanBatch(
            refs=PageRefs(paths=[municipality_path(plan.path) for plan in items]),
            areas=shown_copies(areas, ThematicArea),
        )

    @extend_schema_field(PageRefSerializer(allow_null=True))
    def get_municipality(self, plan: PlanPage) -> dict[str, Any] | None:
        page = self.batch.refs.by_path(municipality_path(plan.path))
        return self.nested(PageRefSerializer, page)

    @extend_schema_field(ObjectiveSerializer(many=True))
    def get_objectives(self, plan: PlanPage) -> list[dict[str, Any]]:
        rows = []
        for objective in plan.objectives.all():
            area = objective.area
            shown = self.batch.areas.get(area.translation_key, area) if area else None
            rows.append({"code": objective.code, "title": objective.title, "area": shown})
        return self.nested_many(ObjectiveSerializer, rows)

    @extend_schema_field(NULLABLE_URL)
    def get_document_url(self, plan: PlanPage) -> str | None:
        if plan.plan_document is None:
            return None
        return self.request.build_absolute_uri(plan.plan_document.url)


class YearFilter(IntegerFilter):
    """Plans whose period (start_year–end_year) includes the year."""

    def filter(self, qs: QuerySet, value: int | None) -> QuerySet:
        if value is None:
            return qs
        return qs.filter(start_year__lte=value, end_year__gte=value)


class PlanFilter(django_filters.FilterSet):
    """Filters of the plan list."""

    municipality = municipality_filter(under(MunicipalityPage, MUNICIPALITY_DEPTH))
    year = YearFilter(
        field_name="start_year",
        help_text="Only plans whose period includes this year (an integer, e.g. 2026).",
    )

    class Meta:
        model = PlanPage
        fields: list[str] = []


class PlanViewSet(PublicReadOnlyViewSet):
    """Local Equality Action Plans (YEEP) with their objectives."""

    model = PlanPage
    serializer_class = PlanSerializer
    filterset_class = PlanFilter
    ordering_fields = {"title": "title", "start_year": "start_year", "id": "pk"}
    ordering = ("-start_year", "title")

    def _related(self, queryset: QuerySet) -> QuerySet:
        return queryset.select_related("plan_document").prefetch_related(
            Prefetch("objectives", queryset=PlanObjective.objects.select_related("area"))
        )

    def get_list_queryset(self) -> Any:
        return self._related(in_visitor_language(PlanPage.objects.for_public()))

    def get_object_queryset(self) -> Any:
        return self._related(PlanPage.objects.for_public())
