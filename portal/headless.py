"""Wagtail's pages API v2 at /api/v2/ for headless clients: public content only, for everyone.

Wagtail's own view sets already hide what the *requesting user* may not see. A headless API is
cached and shared, so here the answer never depends on who asks: pages are live and public,
images and documents are only those that live public pages use (so a reporter's upload for a
draft stays unseen), and documents in any restricted collection (participants-only training
material) are never listed.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from portal.models import public_files, public_pages, searchable
from portal.text import turkish_casefold
from portal.wagtail_api_tags import DocumentListSerializer, ImageListSerializer, TagsPerListMixin


class PublicSearchFilter(SearchFilter):
    """Wagtail's `?search=`, on a queryset the search backend can read, with Turkish case folding.

    The database search backend cannot read the privacy filter of for_public(), so it gets the
    same pages as ids of a subquery (portal.models.searchable). The query is case-folded by
    Turkish rules ("EŞİTLİK" → "eşitlik") unless `?locale=en` asks for English pages, as the
    site search does (portal.views.search).
    """

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> Any:
        if "search" not in request.GET:
            return queryset
        query = request.GET["search"]
        folded = query.casefold() if request.GET.get("locale") == "en" else turkish_casefold(query)
        params = request._request.GET.copy()
        params["search"] = folded
        request._request.GET = params  # DRF's request.GET reads the Django request's
        return super().filter_queryset(request, searchable(queryset), view)


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Live pages without view restrictions (for_public()), whoever asks."""

    filter_backends = [
        PublicSearchFilter if backend is SearchFilter else backend
        for backend in PagesAPIViewSet.filter_backends
    ]

    def get_base_queryset(self) -> QuerySet:
        # Wagtail asks for it more than once per request (the list, the serializer context).
        if not hasattr(self, "_public_pages"):
            # Wagtail's pages of the requested site, the public ones among them.
            self._public_pages = super().get_base_queryset() & public_pages()
        return self._public_pages

    def get_queryset(self) -> QuerySet:
        # Every listed page shows its locale: read it with the page, not one query per page.
        return super().get_queryset().select_related("locale")


class PublicImagesAPIViewSet(TagsPerListMixin, ImagesAPIViewSet):
    """Images shown on live public pages."""

    base_serializer_class = ImageListSerializer

    def get_queryset(self) -> QuerySet:
        return public_files(self.model, released_collections=False).order_by("id")


class PublicDocumentsAPIViewSet(TagsPerListMixin, DocumentsAPIViewSet):
    """Documents linked from live public pages, never from a restricted collection."""

    base_serializer_class = DocumentListSerializer

    def get_queryset(self) -> QuerySet:
        return public_files(self.model, released_collections=False).order_by("id")


router = WagtailAPIRouter("wagtailapi")
router.register_endpoint("pages", PublicPagesAPIViewSet)
router.register_endpoint("images", PublicImagesAPIViewSet)
router.register_endpoint("documents", PublicDocumentsAPIViewSet)
