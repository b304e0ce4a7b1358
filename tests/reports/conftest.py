"""The monitoring scenario of tests/plans, reused by the generated-report tests."""

from tests.plans.conftest import monitoring  # noqa: F401 - a fixture, found by name
