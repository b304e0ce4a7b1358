"""OpenAPI 3 schema of the API (drf-spectacular): the parameters and error responses every
operation shares, and the generator of the API's schema.

This module must not import drf_spectacular.views: that module reads DEFAULT_GENERATOR_CLASS
(this module's ApiSchemaGenerator, in the project's settings) when it is imported.
"""

from __future__ import annotations

from typing import Any

from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.settings import patched_settings
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter

from .language import LOCALE_PARAM, content_languages
from .schema_settings import SCHEMA_SETTINGS

LOCALE_PARAMETER = OpenApiParameter(
    LOCALE_PARAM,
    OpenApiTypes.STR,
    OpenApiParameter.QUERY,
    enum=content_languages(),
    description=(
        "Language of the response (dil): `tr` (Türkçe, the source language) or `en`. Takes "
        "precedence over Accept-Language; any other value is answered with 400."
    ),
)
ACCEPT_LANGUAGE_PARAMETER = OpenApiParameter(
    "Accept-Language",
    OpenApiTypes.STR,
    OpenApiParameter.HEADER,
    description="Used when `locale` is absent; languages other than tr and en fall back to tr.",
)
ID_PARAMETER = OpenApiParameter(
    "id",
    OpenApiTypes.INT,
    OpenApiParameter.PATH,
    description="Stable id of the object (the page id for pages). The object with this id is "
    "returned, in its own language, whatever the requested language.",
)
#: Body of a 400: {parameter: [messages]}.
PARAMETER_ERRORS_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": {"type": "array", "items": {"type": "string"}},
    "example": {"page": ["Sayfa 3 yok; son sayfa 2."]},
}
#: Body of a 404 or 429, as DRF writes them.
DETAIL_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
LIST_400 = (
    "Invalid parameter: the keys of the JSON object name the parameters, each with a list of "
    "messages. Given for a page past the last page (`page`), a `cursor` the API did not give "
    "(and any `page` on the cursor-paged indicator values), a page size outside 1–100, an "
    "unknown `ordering` field or `locale`, a filter value that names nothing published (an "
    "unknown municipality, plan, area, indicator or period), a value of the wrong type (an "
    "integer such as `year` written `0.5` or `abc`, a date not written YYYY-MM-DD, a choice not "
    "in its list) and a typed parameter given with an empty value (`?date_to=`)."
)
DETAIL_400 = (
    "Invalid parameter (`locale`): the keys of the JSON object name the parameters, each with a "
    "list of messages."
)
ERROR_RESPONSES: dict[str, tuple[str, dict[str, Any]]] = {
    "404": ("No public object with this id.", DETAIL_SCHEMA),
    "429": (
        "Too many requests from this address; retry after the Retry-After header's seconds.",
        DETAIL_SCHEMA,
    ),
}


class ApiAutoSchema(AutoSchema):
    """Adds the language parameters and the error responses to every operation."""

    def get_override_parameters(self) -> list[Any]:
        parameters = [*super().get_override_parameters(), LOCALE_PARAMETER]
        if not self._is_list_view() and "{id}" in self.path:
            parameters.append(ID_PARAMETER)
        return [*parameters, ACCEPT_LANGUAGE_PARAMETER]

    def _get_response_bodies(self, direction: str = "response") -> dict[str, Any]:
        responses = super()._get_response_bodies(direction)
        is_list = self._is_list_view()
        errors = {"400": (LIST_400 if is_list else DETAIL_400, PARAMETER_ERRORS_SCHEMA)}
        errors |= {code: ERROR_RESPONSES[code] for code in (["429"] if is_list else ["404", "429"])}
        for code, (description, schema) in errors.items():
            responses.setdefault(
                code,
                {"content": {"application/json": {"schema": schema}}, "description": description},
            )
        return responses


class ExcludedSchema(ApiAutoSchema):
    """Leaves a view out of the schema.

    Used instead of @extend_schema(exclude=True), which on a method needs REST_FRAMEWORK's
    DEFAULT_SCHEMA_CLASS to be drf-spectacular's when the module is imported.
    """

    def get_operation(self, *args: Any, **kwargs: Any) -> None:
        return None


API_URLCONF = "api.urls"


class ApiSchemaGenerator(SchemaGenerator):
    """Generates the schema of this API only (api.urls), with its settings.

    Named as SPECTACULAR_SETTINGS["DEFAULT_GENERATOR_CLASS"], it also makes drf-spectacular's
    deploy check (manage.py check --deploy) and `manage.py spectacular` describe this API, rather
    than every DRF view of the site (Wagtail's admin API cannot be described and would only
    produce warnings).
    """

    def __init__(self, *args: Any, urlconf: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, urlconf=urlconf or API_URLCONF, **kwargs)

    def get_schema(self, request: Any = None, public: bool = False) -> dict[str, Any]:
        with patched_settings(SCHEMA_SETTINGS):
            return super().get_schema(request=request, public=public)
