"""The OpenAPI 3 schema at /api/schema/ and the documentation at /api/docs/."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml
from drf_spectacular.drainage import GENERATOR_STATS
from drf_spectacular.validation import validate_schema

from django.test import Client

from api.base.schema import ApiSchemaGenerator
from tests.scenarios.api import ENDPOINTS

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

VALUE_FILTERS = {
    "indicator",
    "municipality",
    "period",
    "disaggregation",
    "date_from",
    "date_to",
    "ordering",
    "cursor",
    "page_size",
    "locale",
}


@pytest.fixture
def schema(client: Client, site_tree: Any) -> dict[str, Any]:
    GENERATOR_STATS.reset()
    response = client.get("/api/schema/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.oai.openapi")
    return yaml.safe_load(response.content)


def operation(schema: dict[str, Any], path: str) -> dict[str, Any]:
    return schema["paths"][path]["get"]


def test_schema_is_valid_openapi_3_without_generator_warnings(schema: dict[str, Any]) -> None:
    assert schema["openapi"].startswith("3.")
    validate_schema(schema)  # against the OpenAPI 3 JSON schema; raises when invalid
    assert schema["info"]["title"] == "YEEP İzleme Platformu API"
    assert "board-approved" in schema["info"]["description"]
    assert not GENERATOR_STATS, (GENERATOR_STATS._warn_cache, GENERATOR_STATS._error_cache)
    expected = {f"/api/v1/{name}/" for name in ENDPOINTS} | {
        f"/api/v1/{name}/{{id}}/" for name in ENDPOINTS
    }
    assert set(schema["paths"]) == expected
    for path, methods in schema["paths"].items():
        assert set(methods) == {"get"}, path


def test_every_indicator_value_filter_is_described(schema: dict[str, Any]) -> None:
    parameters = {
        parameter["name"]: parameter
        for parameter in operation(schema, "/api/v1/indicator-values/")["parameters"]
    }
    assert set(parameters) >= VALUE_FILTERS
    for name in VALUE_FILTERS:
        assert len(parameters[name].get("description", "")) > 10, name
    assert parameters["date_from"]["schema"] == {"type": "string", "format": "date"}
    assert parameters["page_size"]["schema"]["maximum"] == 100
    assert set(parameters["locale"]["schema"]["enum"]) == {"tr", "en"}
    assert set(parameters["disaggregation"]["schema"]["enum"]) == {"women", "men", "total"}


def test_every_parameter_and_field_is_described(schema: dict[str, Any]) -> None:
    for path, methods in schema["paths"].items():
        for parameter in methods["get"]["parameters"]:
            assert parameter.get("description"), (path, parameter["name"])
        assert methods["get"].get("description"), path
        assert {"200", "400", "429"} <= set(methods["get"]["responses"]), path
    for name, component in schema["components"]["schemas"].items():
        for field, definition in component.get("properties", {}).items():
            described = (
                definition.get("description")
                or "$ref" in definition
                or any("$ref" in option for option in definition.get("allOf", []))
            )
            assert described, (name, field)


def test_list_operations_declare_their_400_and_typed_parameters(schema: dict[str, Any]) -> None:
    for name in ENDPOINTS:
        responses = operation(schema, f"/api/v1/{name}/")["responses"]
        bad_request = responses["400"]
        body = bad_request["content"]["application/json"]["schema"]
        assert body["additionalProperties"] == {"type": "array", "items": {"type": "string"}}
        for cause in ("page past the last page", "names nothing published", "empty value"):
            assert cause in bad_request["description"], (name, cause)
        detail = responses["429"]["content"]["application/json"]["schema"]
        assert detail["required"] == ["detail"]
    year = {p["name"]: p for p in operation(schema, "/api/v1/plans/")["parameters"]}["year"]
    assert year["schema"] == {"type": "integer"}
    detail_404 = operation(schema, "/api/v1/plans/{id}/")["responses"]["404"]
    assert detail_404["content"]["application/json"]["schema"]["required"] == ["detail"]


def test_deploy_check_generation_is_clean(site_tree: Any) -> None:
    """What drf-spectacular's deploy check does with DEFAULT_GENERATOR_CLASS set to
    ApiSchemaGenerator: no warning, so `manage.py check --deploy --fail-level WARNING` passes."""
    GENERATOR_STATS.reset()
    with GENERATOR_STATS.silence():
        schema = ApiSchemaGenerator().get_schema(request=None, public=True)
    assert not GENERATOR_STATS, (GENERATOR_STATS._warn_cache, GENERATOR_STATS._error_cache)
    assert all(path.startswith("/api/v1/") for path in schema["paths"])


def test_schema_as_json(client: Client, site_tree: Any) -> None:
    response = client.get("/api/schema/?format=json")
    assert response.status_code == 200
    assert json.loads(response.content)["openapi"].startswith("3.")


def test_docs_use_local_assets(client: Client, site_tree: Any, settings: Any) -> None:
    """Swagger UI from drf-spectacular-sidecar, served from /static/, no CDN."""
    settings.INSTALLED_APPS = [
        *settings.INSTALLED_APPS,
        *(app for app in ("drf_spectacular", "drf_spectacular_sidecar")
          if app not in settings.INSTALLED_APPS),
    ]  # fmt: skip
    response = client.get("/api/docs/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in html
    assert "/api/schema/" in html
    assert "cdn." not in html and "googleapis" not in html
