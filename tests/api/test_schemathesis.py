"""Property-based test of the API against its own OpenAPI schema (schemathesis): for generated
requests to every operation, no server error and every response as the schema describes it
(status code, content type, body)."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from hypothesis.configuration import set_hypothesis_home_dir
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from api.base.schema import ApiSchemaGenerator
from tests.api.conftest import allow_requests
from tests.plans.conftest import Monitoring

pytestmark = pytest.mark.django_db

# Hypothesis keeps what it learns in a folder; not in the work tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "yeep-api-hypothesis")

EXAMPLES_PER_OPERATION = 12
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def openapi_schema() -> dict[str, Any]:
    """The API's schema as /api/schema/ serves it, generated without a request or a database
    (schemathesis's lazy fixture loader does not work with this pytest version)."""
    schema = ApiSchemaGenerator().get_schema(request=None, public=True)
    return json.loads(json.dumps(schema))  # plain JSON types, as served


schema = schemathesis.openapi.from_dict(openapi_schema())
schema.app = get_wsgi_application()


@pytest.fixture
def api_data(monitoring: Monitoring, settings: Any) -> Iterator[Monitoring]:
    """Some public data for the generated requests to find, and no rate limit.

    Like Django's test client, the requests keep the test's database connection (and so its
    transaction): close_old_connections would otherwise close it after each request.
    """
    allow_requests(settings, "100000/min")
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield monitoring
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the work tree
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_api_conforms_to_its_schema(case: Any, api_data: Monitoring) -> None:
    case.call_and_validate(checks=CHECKS)
