"""A frontend-cache backend for tests that records what Wagtail asks it to purge, and the
`purged` fixture (a plugin of tests/conftest.py) that turns it on for one test.

It stands in for nginx's purge endpoint only (the database and the portal's code are real);
tests/plans/test_front_cache_nginx.py drives the real nginx.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest

from django.test import override_settings

from wagtail.contrib.frontend_cache.backends import BaseBackend

SETTINGS = {"recording": {"BACKEND": "tests.front_cache.RecordingBackend"}}


class RecordingBackend(BaseBackend):
    """Keeps every purged URL in `purged` (a class attribute: Wagtail builds a new backend per
    purge)."""

    purged: ClassVar[list[str]] = []

    def purge(self, url: str) -> None:
        RecordingBackend.purged.append(url)


@pytest.fixture
def purged() -> Iterator[list[str]]:
    """The URLs purged during the test (the recording backend is the only one configured)."""
    RecordingBackend.purged = []
    with override_settings(WAGTAILFRONTENDCACHE=SETTINGS):
        yield RecordingBackend.purged
