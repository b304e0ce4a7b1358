"""The schema (/api/schema/) and documentation (/api/docs/) views."""

from __future__ import annotations

from typing import Any

from drf_spectacular.settings import patched_settings
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response

from django.utils.decorators import method_decorator
from django.views.decorators.cache import cache_control

from .schema import API_URLCONF, ApiSchemaGenerator, ExcludedSchema
from .schema_settings import SCHEMA_SETTINGS
from .throttling import ApiAnonRateThrottle


@method_decorator(cache_control(public=True, max_age=300), name="get")
class ApiSchemaView(SpectacularAPIView):
    """The OpenAPI 3 schema of /api/v1/ (YAML, or JSON with ?format=json)."""

    generator_class = ApiSchemaGenerator
    urlconf = API_URLCONF
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]
    throttle_classes = [ApiAnonRateThrottle]
    schema = ExcludedSchema()

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        # Overridden without the parent's @extend_schema, so ExcludedSchema applies.
        return super().get(request, *args, **kwargs)


class ApiDocsView(SpectacularSwaggerView):
    """Interactive documentation (Swagger UI), its assets served from this site."""

    url_name = "api-schema"
    title = SCHEMA_SETTINGS["TITLE"]
    authentication_classes: list[Any] = []
    permission_classes = [AllowAny]
    throttle_classes = [ApiAnonRateThrottle]
    schema = ExcludedSchema()

    def get(self, request: Request, *args: Any, **kwargs: Any) -> Response:
        with patched_settings(SCHEMA_SETTINGS):
            return super().get(request, *args, **kwargs)
