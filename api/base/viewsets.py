"""The base of every endpoint: read-only, anonymous, JSON, paginated, cached and throttled."""

from __future__ import annotations

from typing import Any

from rest_framework import viewsets
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.routers import APIRootView
from rest_framework.views import APIView

from django.db.models import Model
from django.http import Http404, HttpRequest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Page

from .caching import cache_publicly
from .changed_since import ChangedSinceFilter
from .filters import StrictFilterBackend
from .language import requested_language
from .ordering import StrictOrderingFilter
from .page_types import of_own_type
from .pagination import ApiPagination
from .schema import ApiAutoSchema, ExcludedSchema
from .throttling import ApiAnonRateThrottle

#: The largest id a BigAutoField holds; larger numbers in a URL are simply unknown ids.
MAX_ID = 2**63 - 1


class PublicApiMixin:
    """Settings of every API view, kept here so the API does not depend on REST_FRAMEWORK.

    No authentication: the API serves the same public data to everyone, which is what makes
    `Cache-Control: public` safe, and every client is throttled as anonymous.
    """

    authentication_classes: tuple[Any, ...] = ()
    permission_classes = (AllowAny,)
    renderer_classes = (JSONRenderer,)
    throttle_classes = (ApiAnonRateThrottle,)

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        """Throttle first, then switch to the requested language (400 when it is invalid)."""
        super().initial(request, *args, **kwargs)  # type: ignore[misc]
        # Not restored afterwards, like LocaleMiddleware: the response is rendered (and its
        # Content-Language set) after the view returns.
        translation.activate(requested_language(request))

    def finalize_response(
        self, request: HttpRequest, response: Response, *args: Any, **kwargs: Any
    ) -> Response:
        response = super().finalize_response(request, response, *args, **kwargs)  # type: ignore[misc]
        cache_publicly(request, response)
        return response


class PublicReadOnlyViewSet(PublicApiMixin, viewsets.ReadOnlyModelViewSet):
    """A list and a detail endpoint over public objects.

    Subclasses set `model`, `serializer_class`, `filterset_class`, `ordering_fields` ({public
    name: ORM lookup}) and `ordering` (the default) (every list also takes `?changed_since=`,
    api.base.changed_since), and read through the models' public
    helpers in `get_list_queryset()` (the list, in the requested language) and
    `get_object_queryset()` (what a detail request may reach: the public objects in every
    language, so an id stays valid whatever the requested language).
    """

    model: type[Model]
    # Any path segment reaches get_object(), so "1.5" or "abc" get the API's JSON 404 (DRF's
    # default pattern leaves out dots, for format suffixes, which the API does not use).
    lookup_value_regex = "[^/]+"
    pagination_class = ApiPagination
    filter_backends = (StrictFilterBackend, ChangedSinceFilter, StrictOrderingFilter)
    schema = ApiAutoSchema()
    ordering_fields: dict[str, str] = {}
    ordering: tuple[str, ...] = ()

    def get_list_queryset(self) -> Any:
        """The objects a list shows, in the requested language (override)."""
        raise NotImplementedError

    def get_object_queryset(self) -> Any:
        """The objects a detail request may reach, in any language (override)."""
        raise NotImplementedError

    def get_queryset(self) -> Any:
        if getattr(self, "swagger_fake_view", False):  # schema generation: no queries
            return self.model._default_manager.none()
        if self.action == "retrieve":
            return self.get_object_queryset()
        queryset = self.get_list_queryset()
        return of_own_type(queryset) if issubclass(self.model, Page) else queryset

    def get_object(self) -> Any:
        """The public object with the id in the URL; a JSON 404 naming no model otherwise
        (also for ids that are no integer the database can store)."""
        value = str(self.kwargs.get(self.lookup_url_kwarg or self.lookup_field, ""))
        try:
            if not (value.isascii() and value.isdigit() and int(value) <= MAX_ID):
                raise Http404
            return super().get_object()
        except Http404:
            raise NotFound(_("Bu numarayla yayımlanmış bir kayıt yok.")) from None

    def filter_queryset(self, queryset: Any) -> Any:
        # Filters and ordering apply to lists only; a detail is looked up by id alone.
        if self.action == "retrieve":
            return queryset
        return super().filter_queryset(queryset)


class ApiRootView(PublicApiMixin, APIRootView):
    """/api/v1/: the endpoints of the API, each with its absolute URL."""


class ApiNotFoundView(PublicApiMixin, APIView):
    """Any other address under /api/: a JSON 404 like the API's own (`{"detail": …}`), for every
    method, instead of the site's HTML page."""

    schema = ExcludedSchema()

    def initial(self, request: Request, *args: Any, **kwargs: Any) -> None:
        super().initial(request, *args, **kwargs)
        raise NotFound(
            _("Bu adreste API'de bir şey yok. Uç noktaların listesi: %(url)s")
            % {"url": request.build_absolute_uri(reverse("api-v1:api-root"))}
        )
