"""What every test shares: the scenarios (registered as plugins; `tests.scenarios.site` builds
the site tree once per test database) and per-test hygiene (caches, reference index, language).

The scenarios live in tests/scenarios/, one module per scenario; their fixtures are found by name
anywhere in the suite, and tests import their classes and helpers from there. pytest accepts
`pytest_plugins` only in this top-level conftest.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator

import pytest
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_delete_signal_handler, post_save_signal_handler

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
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


def pytest_configure(config: pytest.Config) -> None:
    """The suite's own markers (--strict-markers refuses unknown ones)."""
    config.addinivalue_line(
        "markers", "search_index: keep the search index updating on save in this test"
    )


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


@functools.cache
def auto_indexed_models() -> list[type]:
    """The models whose saves modelsearch indexes (its own rule for connecting its handlers)."""
    return [
        model
        for model in search_index.get_indexed_models()
        if getattr(model, "search_auto_update", True)
    ]


@pytest.fixture(autouse=True)
def search_index_off(request: pytest.FixtureRequest) -> Iterator[None]:
    """The search index (modelsearch, behind Wagtail's search) is updated on every save of an
    indexed page, snippet, image or document: about a seventh of the suite's time. Only tests
    marked `search_index` (the ones that search) keep it on. Fixtures of a wider scope (the
    session's site tree, the demo site) are built before this runs, so they are indexed."""
    if request.node.get_closest_marker("search_index"):
        yield
        return
    models = auto_indexed_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_delete.disconnect(post_delete_signal_handler, sender=model)
    yield
    for model in models:
        post_save.connect(post_save_signal_handler, sender=model)
        post_delete.connect(post_delete_signal_handler, sender=model)


@pytest.fixture(autouse=True)
def source_language() -> None:
    """Every test starts in Turkish; a request to an /en/ page leaves English active otherwise."""
    translation.activate(settings.LANGUAGE_CODE)
