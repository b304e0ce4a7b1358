"""Counting the queries of one request, for the tests that keep them constant as data grows.

The project's targets: at most MAX_QUERIES_PER_PAGE for a public page (or route: feeds, files,
sitemap) and MAX_QUERIES_PER_LIST for one API list request, whatever the number of actions,
indicators, periods or items.
"""

from __future__ import annotations

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

#: Queries one public page or route may run.
MAX_QUERIES_PER_PAGE = 25
#: Queries one API list request may run.
MAX_QUERIES_PER_LIST = 10


def queries_for(client: Client, url: str) -> int:
    """The queries of a GET of `url`, after a first GET that warms per-process caches (site root
    paths, content types, locales)."""
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(captured.captured_queries)


def queries_per_url(client: Client, urls: dict[str, str]) -> dict[str, int]:
    """{name: queries} for {name: url}."""
    return {name: queries_for(client, url) for name, url in urls.items()}
