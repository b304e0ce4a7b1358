"""/api/v1/assessments/: the Monitoring Board's approved assessments, with their action rows."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any
from uuid import UUID

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import Prefetch, QuerySet

from wagtail.models import Page

from api.base.filters import linked, under
from api.base.page_types import linked_columns
from api.base.public import PageRefs
from api.base.references import municipality_filter, period_filter, plan_filter
from api.base.serializers import (
    LabelField,
    MonitoringPeriodRefSerializer,
    PageRefSerializer,
    PortalPageSerializer,
    RowSerializer,
)
from api.base.viewsets import PublicReadOnlyViewSet
from api.endpoints.replies import ReplySerializer, reply_data
from plans.models import (
    ActionAssessment,
    ActionPage,
    AssessmentPage,
    MonitoringPeriod,
    MunicipalityPage,
    PlanPage,
)
from plans.monitoring import ROW_TEXT_FIELDS
from plans.scales import ActionStatus, BoardRating
from plans.tree import MUNICIPALITY_DEPTH, PLAN_DEPTH, municipality_path, plan_path
from portal.languages import ShownText, shown_copies, shown_texts
from replies.reading import ShownReply, shown_replies


@dataclass
class AssessmentBatch:
    """What a page of assessments refers to."""

    periods: dict[UUID, MonitoringPeriod]
    refs: PageRefs
    #: {row translation key: {field: text shown}} of every row of the page of assessments.
    texts: dict[UUID, dict[str, ShownText]]
    #: {assessment id: the municipality's approved reply} (replies.reading).
    replies: dict[int, ShownReply]


class ActionRowSerializer(RowSerializer):
    """One action's row in the assessment: the municipality's facts and the board's judgement."""

    action = PageRefSerializer(allow_null=True, help_text="The action (eylem); null if not public.")
    action_code = serializers.CharField(allow_null=True, help_text="Action code (eylem kodu).")
    status = serializers.ChoiceField(choices=ActionStatus.choices, help_text="Status (durum).")
    status_label = LabelField(ActionStatus.choices, source="status", help_text="Readable.")
    progress = serializers.IntegerField(help_text="Progress (ilerleme) in percent, 0–100.")
    evidence = serializers.CharField(
        help_text="Evidence (kanıt) reported by the municipality; the texts of a row are in the "
        "requested language where a published translation has them, else in Turkish."
    )
    rating = serializers.ChoiceField(
        choices=BoardRating.choices,
        allow_null=True,
        help_text="The board's rating (heyet puanı), 1–4; null if not rated.",
    )
    rating_label = LabelField(
        BoardRating.choices, source="rating", allow_null=True, help_text="Readable."
    )
    board_comment = serializers.CharField(help_text="The board's comment (heyetin yorumu).")
    recommendation = serializers.CharField(help_text="The board's recommendation (öneri).")
    texts_language = serializers.CharField(
        help_text="The language of the row's texts (evidence, comment, recommendation): the "
        "requested one, or `tr` while they are not translated yet."
    )


class AssessmentSerializer(PortalPageSerializer):
    """An approved assessment (değerlendirme), read from the Turkish page of record."""

    period = serializers.SerializerMethodField(help_text="The monitoring period (izleme dönemi).")
    plan = serializers.SerializerMethodField(help_text="The plan assessed; null if not public.")
    municipality = serializers.SerializerMethodField(
        help_text="The municipality (belediye); null if not public."
    )
    summary = serializers.CharField(help_text="The board's summary (heyetin özeti), in Turkish.")
    approved_at = serializers.DateTimeField(
        source="last_published_at",
        allow_null=True,
        help_text="When the board's approval last published the assessment.",
    )
    status_counts = serializers.SerializerMethodField(
        help_text="Number of actions per status (durum), every status included."
    )
    action_rows = serializers.SerializerMethodField(help_text="Rows per action, in order.")
    reply = serializers.SerializerMethodField(
        help_text="The municipality's reply (belediyenin yanıtı), its own statement, not the "
        "board's; shown once the board approved it, else null. It never changes the figures."
    )

    def load_batch(self, items: list[AssessmentPage]) -> AssessmentBatch:
        keys = [row.action_key for page in items for row in page.action_rows.all()]
        paths = {p for page in items for p in (municipality_path(page.path), plan_path(page.path))}
        rows = [row for page in items for row in page.action_rows.all()]
        return AssessmentBatch(
            periods=shown_copies([page.period for page in items], MonitoringPeriod),
            refs=PageRefs(paths=paths, keys=keys),
            texts=shown_texts(rows, ROW_TEXT_FIELDS, "assessment"),
            replies=shown_replies(items),
        )

    def _ref(self, page: Any) -> dict[str, Any] | None:
        return self.nested(PageRefSerializer, page)

    @extend_schema_field(MonitoringPeriodRefSerializer)
    def get_period(self, page: AssessmentPage) -> dict[str, Any]:
        period = self.batch.periods.get(page.period.translation_key, page.period)
        return self.nested(MonitoringPeriodRefSerializer, period)

    @extend_schema_field(PageRefSerializer(allow_null=True))
    def get_plan(self, page: AssessmentPage) -> dict[str, Any] | None:
        return self._ref(self.batch.refs.by_path(plan_path(page.path)))

    @extend_schema_field(PageRefSerializer(allow_null=True))
    def get_municipality(self, page: AssessmentPage) -> dict[str, Any] | None:
        return self._ref(self.batch.refs.by_path(municipality_path(page.path)))

    @extend_schema_field(
        serializers.DictField(child=serializers.IntegerField(), help_text="{status: count}")
    )
    def get_status_counts(self, page: AssessmentPage) -> dict[str, int]:
        counts = Counter(row.status for row in page.action_rows.all())
        return {status.value: counts.get(status.value, 0) for status in ActionStatus}

    @extend_schema_field(ActionRowSerializer(many=True))
    def get_action_rows(self, page: AssessmentPage) -> list[dict[str, Any]]:
        rows = []
        for row in page.action_rows.all():
            action = self.batch.refs.by_key(row.action_key)
            texts = self.batch.texts[row.translation_key]
            languages = {text.language for text in texts.values() if text.text}
            rows.append(
                {
                    "action": action,
                    "action_code": row.action_code,
                    "status": row.status,
                    "progress": row.progress,
                    "evidence": texts["evidence"].text,
                    "rating": row.rating,
                    "board_comment": texts["board_comment"].text,
                    "recommendation": texts["recommendation"].text,
                    # Mixed (part translated) counts as not translated yet.
                    "texts_language": languages.pop() if len(languages) == 1 else "tr",
                }
            )
        return self.nested_many(ActionRowSerializer, rows)

    @extend_schema_field(ReplySerializer(allow_null=True))
    def get_reply(self, page: AssessmentPage) -> dict[str, Any] | None:
        return reply_data(self.batch.replies.get(page.pk), self.context)


#: The assessment's long texts, which the API does not show: read and parsed (StreamField JSON)
#: for 20 pages of a list, they cost more than its query.
UNSHOWN_FIELDS = ("narrative", "recommendations")


class AssessmentFilter(django_filters.FilterSet):
    """Filters of the assessment list."""

    municipality = municipality_filter(under(MunicipalityPage, MUNICIPALITY_DEPTH))
    plan = plan_filter(under(PlanPage, PLAN_DEPTH))
    period = period_filter(linked("period"))

    class Meta:
        model = AssessmentPage
        fields: list[str] = []


class AssessmentViewSet(PublicReadOnlyViewSet):
    """Assessments (değerlendirmeler) approved by the Monitoring Board (İzleme Heyeti).

    Always the Turkish pages of record, whatever the requested language (translations copy the
    same rows); periods and referenced pages are shown in the requested language. By default
    in tree order: by municipality and plan, each plan's assessments in the order they were
    made; `?ordering=period` lists them by period.
    """

    model = AssessmentPage
    serializer_class = AssessmentSerializer
    filterset_class = AssessmentFilter
    ordering_fields = {
        "period": "period__start_date",
        "approved_at": "last_published_at",
        "id": "pk",
    }
    # Tree order is an index walk; by period meant sorting every public assessment (14,000 at
    # national scale) on each request, since the period is in another table than the page.
    ordering = ("path",)

    def get_list_queryset(self) -> QuerySet:
        rows = ActionAssessment.objects.for_public().annotate(
            **linked_columns("action", Page, action_key="translation_key"),
            **linked_columns("action", ActionPage, action_code="code"),
        )
        return (
            AssessmentPage.objects.of_record()
            .select_related("period")
            .defer(*UNSHOWN_FIELDS)
            .prefetch_related(Prefetch("action_rows", queryset=rows.order_by("sort_order")))
        )

    def get_object_queryset(self) -> QuerySet:
        return self.get_list_queryset()  # the rows of record have no other language
