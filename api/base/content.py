"""What the editorial page endpoints share (reports, news, events, stories): a date, a kind, and
the public municipalities the page is about (plans.models.links: MunicipalityLinksMixin)."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from django.db.models import Prefetch, QuerySet

from wagtail.models import Page

from plans.models.links import MunicipalityLinksMixin
from portal.languages import in_visitor_language
from portal.models import public_pages

from .public import PageRefs
from .serializers import PageRefSerializer, PortalPageSerializer
from .viewsets import PublicReadOnlyViewSet


class ContentPageSerializer(PortalPageSerializer):
    """A dated editorial page about some municipalities; subclasses declare `date` and `kind`."""

    municipalities = serializers.SerializerMethodField(
        help_text="Public municipalities (belediyeler) the page is about, in the response's "
        "language; their slugs work in the `municipality` filter."
    )

    def municipality_keys(self, page: MunicipalityLinksMixin) -> list[UUID]:
        """Translation keys of the municipalities the page links to, from its prefetched link
        rows (a page type with a single municipality field, such as stories, overrides this)."""
        return [row.municipality.translation_key for row in page.municipality_link_rows()]

    def load_batch(self, items: list[MunicipalityLinksMixin]) -> PageRefs:
        return PageRefs(keys=[key for page in items for key in self.municipality_keys(page)])

    @extend_schema_field(PageRefSerializer(many=True))
    def get_municipalities(self, page: MunicipalityLinksMixin) -> list[dict[str, Any]]:
        shown = [self.batch.by_key(key) for key in self.municipality_keys(page)]
        return self.nested_many(PageRefSerializer, [town for town in shown if town is not None])


class ContentPageViewSet(PublicReadOnlyViewSet):
    """Public pages of a `model` with municipality links: the list in the requested language
    (portal.languages), a detail in any language, the link rows read with the pages."""

    model: type[Page]

    def related(self, queryset: QuerySet) -> QuerySet:
        """The queryset with what the serializer reads (extend in subclasses)."""
        name = self.model.municipality_links  # type: ignore[attr-defined]
        link_model = self.model._meta.get_field(name).related_model
        rows = link_model.objects.select_related("municipality")  # type: ignore[union-attr]
        return queryset.prefetch_related(Prefetch(name, queryset=rows))

    def get_list_queryset(self) -> QuerySet:
        return self.related(in_visitor_language(public_pages(self.model)))

    def get_object_queryset(self) -> QuerySet:
        return self.related(public_pages(self.model))
