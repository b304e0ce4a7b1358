"""/api/v1/training-programmes/: the public parts of the training programmes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import django_filters
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import Q, QuerySet

from api.base.serializers import LabelField, PortalPageSerializer
from api.base.viewsets import PublicReadOnlyViewSet
from portal.languages import in_visitor_language
from training.models import (
    TrainingAudience,
    TrainingModulePage,
    TrainingProgrammePage,
    TrainingTopic,
)


@dataclass
class ModuleBatch:
    """The live modules of a page of programmes, and which of them are public."""

    modules: list[TrainingModulePage]
    public_ids: set[int]


class ModuleRefSerializer(serializers.Serializer):
    """A public module of a programme."""

    id = serializers.IntegerField(source="pk", help_text="Page id of the module.")
    title = serializers.CharField(help_text="Title of the module.")
    url = serializers.SerializerMethodField(help_text="Absolute URL of the module's page.")

    def get_url(self, page: TrainingModulePage) -> str:
        return page.get_full_url(self.context.get("request"))


class TrainingProgrammeSerializer(PortalPageSerializer):
    """A training programme (eğitim programı) and its public modules; participants-only
    modules are counted, never listed."""

    topic = serializers.ChoiceField(choices=TrainingTopic.choices, help_text="Topic (konu).")
    topic_label = LabelField(TrainingTopic.choices, source="topic", help_text="Topic, readable.")
    audience = serializers.ChoiceField(
        choices=TrainingAudience.choices, help_text="Audience (hedef kitle)."
    )
    audience_label = LabelField(
        TrainingAudience.choices, source="audience", help_text="Audience, readable."
    )
    duration_hours = serializers.IntegerField(allow_null=True, help_text="Duration in hours.")
    learning_outcomes = serializers.SerializerMethodField(help_text="Learning outcomes.")
    modules = serializers.SerializerMethodField(help_text="Public modules, in order.")
    participant_only_modules = serializers.SerializerMethodField(
        help_text="How many modules are open to the programme's participants only."
    )

    def load_batch(self, items: list[TrainingProgrammePage]) -> ModuleBatch:
        condition = Q(pk__in=[])
        for page in items:
            condition |= Q(path__startswith=page.path, depth=page.depth + 1)
        modules = TrainingModulePage.objects.live().filter(condition).order_by("path")
        public = modules.for_public().values_list("pk", flat=True)
        return ModuleBatch(modules=list(modules), public_ids=set(public))

    def _modules(self, page: TrainingProgrammePage) -> list[TrainingModulePage]:
        return [module for module in self.batch.modules if module.path.startswith(page.path)]

    def get_learning_outcomes(self, page: TrainingProgrammePage) -> list[str]:
        return [str(block.value) for block in page.learning_outcomes]

    @extend_schema_field(ModuleRefSerializer(many=True))
    def get_modules(self, page: TrainingProgrammePage) -> Any:
        public = [m for m in self._modules(page) if m.pk in self.batch.public_ids]
        return self.nested_many(ModuleRefSerializer, public)

    def get_participant_only_modules(self, page: TrainingProgrammePage) -> int:
        return len([m for m in self._modules(page) if m.pk not in self.batch.public_ids])


class TrainingProgrammeFilter(django_filters.FilterSet):
    """Filters of the programme list."""

    topic = django_filters.ChoiceFilter(choices=TrainingTopic.choices, help_text="Topic (konu).")
    audience = django_filters.ChoiceFilter(
        choices=TrainingAudience.choices, help_text="Audience (hedef kitle)."
    )

    class Meta:
        model = TrainingProgrammePage
        fields: list[str] = []


class TrainingProgrammeViewSet(PublicReadOnlyViewSet):
    """Training programmes (eğitim programları), in the order of the site."""

    model = TrainingProgrammePage
    serializer_class = TrainingProgrammeSerializer
    filterset_class = TrainingProgrammeFilter
    ordering_fields = {"title": "title", "id": "pk", "path": "path"}
    ordering = ("path",)

    def get_list_queryset(self) -> QuerySet:
        return in_visitor_language(TrainingProgrammePage.objects.for_public())

    def get_object_queryset(self) -> QuerySet:
        return TrainingProgrammePage.objects.for_public()
