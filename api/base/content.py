"""What the editorial page endpoints share (reports, news, stories; later events and training):
a date, a kind, and the public municipalities the page is about."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from wagtail.models import Page

from .public import PageRefs
from .serializers import PageRefSerializer, PortalPageSerializer


class ContentPageSerializer(PortalPageSerializer):
    """A dated editorial page about some municipalities; subclasses declare `date` and `kind`
    and say which municipalities a page links to."""

    municipalities = serializers.SerializerMethodField(
        help_text="Public municipalities (belediyeler) the page is about, in the response's "
        "language; their slugs work in the `municipality` filter."
    )

    def municipality_keys(self, page: Page) -> list[UUID]:
        """Translation keys of the municipalities the page links to (from prefetched rows)."""
        raise NotImplementedError

    def load_batch(self, items: list[Page]) -> PageRefs:
        return PageRefs(keys=[key for page in items for key in self.municipality_keys(page)])

    @extend_schema_field(PageRefSerializer(many=True))
    def get_municipalities(self, page: Page) -> list[dict[str, Any]]:
        shown = [self.batch.by_key(key) for key in self.municipality_keys(page)]
        return PageRefSerializer(
            [municipality for municipality in shown if municipality is not None],
            many=True,
            context=self.context,
        ).data
