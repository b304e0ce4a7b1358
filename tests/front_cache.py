"""A frontend-cache backend for tests that records what Wagtail asks it to purge.

It stands in for nginx's purge endpoint only (the database and the portal's code are real);
tests/plans/test_front_cache_nginx.py drives the real nginx.
"""

from __future__ import annotations

from typing import ClassVar

from wagtail.contrib.frontend_cache.backends import BaseBackend

SETTINGS = {"recording": {"BACKEND": "tests.front_cache.RecordingBackend"}}


class RecordingBackend(BaseBackend):
    """Keeps every purged URL in `purged` (a class attribute: Wagtail builds a new backend per
    purge)."""

    purged: ClassVar[list[str]] = []

    def purge(self, url: str) -> None:
        RecordingBackend.purged.append(url)
