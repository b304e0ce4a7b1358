"""Wagtail's pages API v2 at /api/v2/ for headless clients: public content only, for everyone.

Wagtail's own view sets already hide what the *requesting user* may not see. A headless API is
cached and shared, so here the answer never depends on who asks: pages are live and public,
images and documents are only those that live public pages use (so a reporter's upload for a
draft stays unseen), and documents in any restricted collection (participants-only training
material) are never listed.
"""

from __future__ import annotations

from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField, Q, QuerySet
from django.db.models.functions import Cast

from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Collection, CollectionViewRestriction, Page, ReferenceIndex

from portal.models import view_restricted
from portal.wagtail_api_tags import DocumentListSerializer, ImageListSerializer, TagsPerListMixin


def used_by_public_pages(model: type[Any]) -> QuerySet:
    """Ids of `model` objects referenced by live, public pages (Wagtail's reference index)."""
    public_page_ids = (
        Page.objects.live()
        .filter(~view_restricted())
        .annotate(id_text=Cast("pk", output_field=CharField()))
        .values("id_text")
    )
    return (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(model),
            object_id__in=public_page_ids,
        )
        .annotate(target_id=Cast("to_object_id", output_field=IntegerField()))
        .values("target_id")
    )


def restricted_collections() -> QuerySet:
    """Collections with a view restriction, and everything below them."""
    paths = CollectionViewRestriction.objects.values_list("collection__path", flat=True)
    condition = Q(pk__in=[])
    for path in paths:
        condition |= Q(path__startswith=path)
    return Collection.objects.filter(condition)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Live pages without view restrictions, whoever asks."""

    def get_base_queryset(self) -> QuerySet:
        # Wagtail asks for it more than once per request (the list, the serializer context).
        if not hasattr(self, "_public_pages"):
            self._public_pages = super().get_base_queryset().filter(~view_restricted())
        return self._public_pages

    def get_queryset(self) -> QuerySet:
        # Every listed page shows its locale: read it with the page, not one query per page.
        return super().get_queryset().select_related("locale")


class PublicImagesAPIViewSet(TagsPerListMixin, ImagesAPIViewSet):
    """Images shown on live public pages."""

    base_serializer_class = ImageListSerializer

    def get_queryset(self) -> QuerySet:
        return self.model.objects.filter(pk__in=used_by_public_pages(self.model)).order_by("id")


class PublicDocumentsAPIViewSet(TagsPerListMixin, DocumentsAPIViewSet):
    """Documents linked from live public pages, never from a restricted collection."""

    base_serializer_class = DocumentListSerializer

    def get_queryset(self) -> QuerySet:
        return (
            self.model.objects.filter(pk__in=used_by_public_pages(self.model))
            .exclude(collection__in=restricted_collections())
            .order_by("id")
        )


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
router.register_endpoint("images", PublicImagesAPIViewSet)
router.register_endpoint("documents", PublicDocumentsAPIViewSet)
