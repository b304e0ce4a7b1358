"""What every test shares: the scenarios (registered as plugins; `tests.scenarios.site` builds
the site tree once per test database) and per-test hygiene (caches, reference index, language).

The scenarios live in tests/scenarios/, one module per scenario; their fixtures are found by name
anywhere in the suite, and tests import their classes and helpers from there. pytest accepts
`pytest_plugins` only in this top-level conftest.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

import pytest

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from wagtail.signal_handlers import reference_index_auto_update_disabled

pytest_plugins = [
    "tests.scenarios.site",
    "tests.scenarios.users",
    "tests.scenarios.monitoring",
    "tests.scenarios.news",
    "tests.scenarios.events",
    "tests.scenarios.stories",
    "tests.scenarios.guide",
    "tests.scenarios.training",
    "tests.scenarios.api",
]


@pytest.fixture(autouse=True)
def clear_cache() -> None:
    """Wagtail caches site root paths; a test's rolled-back pages must not leak into the next."""
    cache.clear()


@pytest.fixture(autouse=True)
def reference_index_off(request: pytest.FixtureRequest) -> Iterator[None]:
    """Wagtail updates its reference index on every save, which is much of a test's database
    work; only tests marked `reference_index` (the ones that read it) keep it on."""
    if request.node.get_closest_marker("reference_index"):
        yield
        return
    # Set and cleared by hand: Wagtail's own context manager is not reentrant, and the demo
    # builder (tested here) uses it too.
    reference_index_auto_update_disabled.value = True
    yield
    with contextlib.suppress(AttributeError):
        del reference_index_auto_update_disabled.value


@pytest.fixture(autouse=True)
def source_language() -> None:
    """Every test starts in Turkish; a request to an /en/ page leaves English active otherwise."""
    translation.activate(settings.LANGUAGE_CODE)
