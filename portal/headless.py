"""Wagtail's pages API v2 at /api/v2/ for headless clients: public content only, for everyone.

Wagtail's own view sets already hide what the *requesting user* may not see. A headless API is
cached and shared, so here the answer never depends on who asks: pages are live and public,
images and documents are only those that live public pages use (so a reporter's upload for a
draft stays unseen), and documents in any restricted collection (participants-only training
material) are never listed.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from portal.models import public_files, public_pages, searchable
from portal.search import MAX_QUERY_LENGTH, clean_query, search_query
from portal.wagtail_api_tags import DocumentListSerializer, ImageListSerializer, TagsPerListMixin


class PublicSearchFilter(SearchFilter):
    """Wagtail's `?search=` with the site search's query (portal.search.search_query: Turkish
    case folding, ASCII spellings, stems) in the language of `?locale=` (Turkish by default), on
    a queryset the search backend can read.

    The database search backend cannot read the privacy filter of for_public(), so it gets the
    same pages as ids of a subquery (portal.models.searchable). `?search_operator=or` finds pages
    with any of the words.
    """

    def filter_queryset(self, request: Any, queryset: QuerySet, view: Any) -> Any:
        if "search" not in request.GET:
            return queryset
        language = request.GET.get("locale") or settings.LANGUAGE_CODE
        with translation.override(language if language in dict(settings.LANGUAGES) else None):
            query = search_query(
                clean_query(request.GET["search"])[:MAX_QUERY_LENGTH],
                operator=request.GET.get("search_operator") or "and",
            )
        if query is None:
            return queryset.none()
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError(_("Etikete göre süzme aramayla birlikte kullanılamaz."))
        try:
            return get_search_backend().search(
                query, searchable(queryset), order_by_relevance="order" not in request.GET
            )
        except (FilterFieldError, OrderByFieldError) as error:
            raise BadRequestError(
                _("Arama sırasında “%(field)s” alanına göre süzülemez ya da sıralanamaz.")
                % {"field": error.field_name}
            ) from error


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
