"""Property-based test of the API against its own OpenAPI schema (schemathesis): generated valid
and invalid requests to every operation, and every check schemathesis has (as `st run --checks
all`): no server error, status code, content type, headers and body as the schema describes them,
schema-valid requests accepted, schema-violating ones (`?year=0.5`, `?date_to=`) refused, only
the declared methods allowed. Settings shared with the command line: schemathesis.toml."""

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
from schemathesis.checks import CHECKS, load_all_checks
from schemathesis.config import SchemathesisConfig

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from api.base.schema import ApiSchemaGenerator
from tests.scenarios.api import allow_requests
from tests.scenarios.monitoring import Monitoring

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

# Hypothesis keeps what it learns in a folder; not in the work tree.
set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "yeep-api-hypothesis")

#: Generated requests per operation and phase: enough to find a wrong type or an empty value
#: (the coverage phase tries those systematically), few enough for `make test`.
EXAMPLES_PER_OPERATION = 6
CONFIG_FILE = Path(__file__).resolve().parents[2] / "schemathesis.toml"


def openapi_schema() -> dict[str, Any]:
    """The API's schema as /api/schema/ serves it, generated without a request or a database
    (schemathesis's lazy fixture loader does not work with this pytest version)."""
    schema = ApiSchemaGenerator().get_schema(request=None, public=True)
    return json.loads(json.dumps(schema))  # plain JSON types, as served


schema = schemathesis.openapi.from_dict(
    openapi_schema(), config=SchemathesisConfig.from_path(CONFIG_FILE)
)
schema.app = get_wsgi_application()


def test_every_check_is_enabled() -> None:
    """call_and_validate() runs the checks the configuration enables: all of them."""
    load_all_checks()
    config = schema.config.checks_config_for()
    disabled = [
        name for name in CHECKS.get_all_names() if not config.get_by_name(name=name).enabled
    ]
    assert CHECKS.get_all_names() and not disabled


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
    case.call_and_validate()
