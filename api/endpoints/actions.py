"""/api/v1/actions/: the actions (eylemler) of the plans, each with its latest approved status."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import OuterRef, Prefetch, QuerySet, Subquery

from wagtail.models import Page

from api.base.filters import linked, under
from api.base.page_types import linked_columns
from api.base.public import PageRefs
from api.base.references import area_filter, municipality_filter, plan_filter
from api.base.serializers import (
    LabelField,
    MonitoringPeriodRefSerializer,
    PageRefSerializer,
    PortalPageSerializer,
    RowSerializer,
    ThematicAreaRefSerializer,
)
from api.base.viewsets import PublicReadOnlyViewSet
from indicators.models import IndicatorPage
from plans.models import (
    ActionAssessment,
    ActionIndicator,
    ActionPage,
    MonitoringPeriod,
    MunicipalityPage,
    PlanPage,
)
from plans.monitoring import latest_action_rows
from plans.scales import ActionStatus, BoardRating
from plans.tree import MUNICIPALITY_DEPTH, PLAN_DEPTH, municipality_path, plan_path
from portal.languages import in_visitor_language, shown_copies


@dataclass
class ActionBatch:
    """What a page of actions refers to."""

    latest: dict[UUID, ActionAssessment]
    periods: dict[UUID, MonitoringPeriod]
    refs: PageRefs


class LatestStatusSerializer(RowSerializer):
    """The action's row in the latest approved assessment."""

    status = serializers.ChoiceField(
        choices=ActionStatus.choices,
        help_text="Status (durum) at the end of the period: not started, in progress, "
        "completed, delayed or cancelled.",
    )
    status_label = LabelField(ActionStatus.choices, source="status", help_text="Status, readable.")
    progress = serializers.IntegerField(help_text="Progress (ilerleme) in percent, 0–100.")
    rating = serializers.ChoiceField(
        choices=BoardRating.choices,
        allow_null=True,
        help_text="The Monitoring Board's rating (heyet puanı), 1 (inadequate) to 4 (good "
        "practice); null if not rated.",
    )
    rating_label = LabelField(
        BoardRating.choices, source="rating", allow_null=True, help_text="Rating, readable."
    )
    period = MonitoringPeriodRefSerializer(help_text="The monitoring period assessed.")
    assessment_id = serializers.IntegerField(
        help_text="Id of the approved assessment (see /assessments/)."
    )


class IndicatorRefSerializer(PageRefSerializer):
    """A public indicator linked to the action."""

    code = serializers.CharField(help_text="Indicator code (gösterge kodu).")


class ActionSerializer(PortalPageSerializer):
    """An action (eylem) of a plan."""

    code = serializers.CharField(help_text="Action code (eylem kodu), e.g. 3.2.")
    objective_code = serializers.CharField(
        help_text="Code of the plan objective (hedef) the action serves."
    )
    area = serializers.SerializerMethodField(help_text="Thematic area (tematik alan), if any.")
    responsible_unit = serializers.CharField(help_text="Responsible unit (sorumlu birim).")
    partners = serializers.CharField(help_text="Partners (paydaşlar).")
    start_date = serializers.DateField(allow_null=True, help_text="Planned start (başlangıç).")
    end_date = serializers.DateField(allow_null=True, help_text="Planned end (bitiş).")
    budget = serializers.DecimalField(
        max_digits=14,
        decimal_places=2,
        allow_null=True,
        help_text="Budget in Turkish lira (bütçe, TL), as a decimal string; null if not given.",
    )
    plan = serializers.SerializerMethodField(
        help_text="The plan (eylem planı); null if not public."
    )
    municipality = serializers.SerializerMethodField(
        help_text="The municipality (belediye); null if not public."
    )
    indicators = serializers.SerializerMethodField(
        help_text="Public indicators (göstergeler) that measure the action."
    )
    latest = serializers.SerializerMethodField(
        help_text="Status in the latest assessment approved by the Monitoring Board; null while "
        "no approved assessment covers the action."
    )

    def load_batch(self, items: list[ActionPage]) -> ActionBatch:
        latest = latest_action_rows(action.translation_key for action in items)
        periods = [row.assessment.period for row in latest.values()]
        keys = [link.indicator_key for action in items for link in action.indicator_links.all()]
        paths = {
            path
            for action in items
            for path in (municipality_path(action.path), plan_path(action.path))
        }
        return ActionBatch(
            latest=latest,
            periods=shown_copies(periods, MonitoringPeriod),
            refs=PageRefs(paths=paths, keys=keys),
        )

    @extend_schema_field(ThematicAreaRefSerializer(allow_null=True))
    def get_area(self, action: ActionPage) -> dict[str, Any] | None:
        return self.nested(ThematicAreaRefSerializer, action.area)

    def _ref(self, page: Any) -> dict[str, Any] | None:
        return self.nested(PageRefSerializer, page)

    @extend_schema_field(PageRefSerializer(allow_null=True))
    def get_plan(self, action: ActionPage) -> dict[str, Any] | None:
        return self._ref(self.batch.refs.by_path(plan_path(action.path)))

    @extend_schema_field(PageRefSerializer(allow_null=True))
    def get_municipality(self, action: ActionPage) -> dict[str, Any] | None:
        return self._ref(self.batch.refs.by_path(municipality_path(action.path)))

    @extend_schema_field(IndicatorRefSerializer(many=True))
    def get_indicators(self, action: ActionPage) -> list[dict[str, Any]]:
        shown = []
        for link in action.indicator_links.all():
            page = self.batch.refs.by_key(link.indicator_key)
            if page is not None:
                shown.append({**self._ref(page), "code": link.indicator_code})
        return shown

    @extend_schema_field(LatestStatusSerializer(allow_null=True))
    def get_latest(self, action: ActionPage) -> dict[str, Any] | None:
        row = self.batch.latest.get(action.translation_key)
        if row is None:
            return None
        period = row.assessment.period
        return self.nested(
            LatestStatusSerializer,
            {
                "status": row.status,
                "progress": row.progress,
                "rating": row.rating,
                "period": self.batch.periods.get(period.translation_key, period),
                "assessment_id": row.assessment_id,
            },
        )


def latest_status() -> Subquery:
    """The status of the action's row in its latest approved assessment (SQL), the same row
    plans.monitoring.latest_action_rows picks: latest period start, then latest row."""
    rows = (
        ActionAssessment.objects.for_public()
        .filter(action__translation_key=OuterRef("translation_key"))
        .order_by("-assessment__period__start_date", "-pk")
    )
    return Subquery(rows.values("status")[:1])


class ActionFilter(django_filters.FilterSet):
    """Filters of the action list."""

    municipality = municipality_filter(under(MunicipalityPage, MUNICIPALITY_DEPTH))
    plan = plan_filter(under(PlanPage, PLAN_DEPTH))
    area = area_filter(linked("area"))
    status = django_filters.ChoiceFilter(
        choices=ActionStatus.choices,
        method="filter_status",
        help_text="Status (durum) in the latest approved assessment.",
    )

    class Meta:
        model = ActionPage
        fields: list[str] = []

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.alias(latest_status=latest_status()).filter(latest_status=value)


class ActionViewSet(PublicReadOnlyViewSet):
    """Actions (eylemler) of the plans, with their latest approved status and progress."""

    model = ActionPage
    serializer_class = ActionSerializer
    filterset_class = ActionFilter
    ordering_fields = {
        "title": "title",
        "code": "code",
        "start_date": "start_date",
        "end_date": "end_date",
        "id": "pk",
    }
    ordering = ("path",)

    def _related(self, queryset: QuerySet) -> QuerySet:
        links = ActionIndicator.objects.annotate(
            **linked_columns("indicator", Page, indicator_key="translation_key"),
            **linked_columns("indicator", IndicatorPage, indicator_code="code"),
        )
        return queryset.select_related("area").prefetch_related(
            Prefetch("indicator_links", queryset=links)
        )

    def get_list_queryset(self) -> Any:
        return self._related(in_visitor_language(ActionPage.objects.for_public()))

    def get_object_queryset(self) -> Any:
        return self._related(ActionPage.objects.for_public())
