"""What every test shares: the scenarios (registered as plugins; `tests.scenarios.site` builds
the site tree once per test database) and per-test hygiene (caches, indexes, language).

The scenarios live in tests/scenarios/, one module per scenario; their fixtures are found by name
anywhere in the suite, and tests import their classes and helpers from there. pytest accepts
`pytest_plugins` only in this top-level conftest.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from tests.indexing import indexes

pytest_plugins = [
    "tests.scenarios.site",
    "tests.scenarios.shared",
    "tests.scenarios.users",
    "tests.scenarios.monitoring",
    "tests.scenarios.news",
    "tests.scenarios.events",
    "tests.scenarios.stories",
    "tests.scenarios.guide",
    "tests.scenarios.training",
    "tests.scenarios.api",
    "tests.front_cache",
]


def pytest_configure(config: pytest.Config) -> None:
    """The suite's own markers (--strict-markers refuses unknown ones)."""
    config.addinivalue_line(
        "markers", "search_index: keep the search index updating on save in this test"
    )


@pytest.fixture(autouse=True)
def clear_cache() -> None:
    """Wagtail caches site root paths; a test's rolled-back pages must not leak into the next
    (nor the search results a worker keeps)."""
    from portal.search import KEPT_RESULTS

    cache.clear()
    KEPT_RESULTS.clear()


@pytest.fixture(autouse=True)
def indexes_off(request: pytest.FixtureRequest) -> Iterator[None]:
    """Wagtail updates its reference index and its search index on every save, which is much of
    a test's database work (the search index alone about a seventh of the suite's time); only
    tests marked `reference_index` or `search_index` (the ones that read them) keep them on.
    Fixtures of a wider scope (the session's site tree, the demo site) are built before this
    runs, so they are indexed."""
    with indexes(
        references=request.node.get_closest_marker("reference_index") is not None,
        search=request.node.get_closest_marker("search_index") is not None,
    ):
        yield


@pytest.fixture(autouse=True)
def source_language() -> None:
    """Every test starts in Turkish; a request to an /en/ page leaves English active otherwise."""
    translation.activate(settings.LANGUAGE_CODE)
