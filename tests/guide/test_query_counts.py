"""The guide's pages run a number of queries that does not grow with the number of chapters."""

from __future__ import annotations

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.guide.conftest import Guide

pytestmark = pytest.mark.django_db


def queries_for(client: Client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def page_urls(guide: Guide) -> dict[str, str]:
    english = guide.english_of(guide.page)
    return {
        "guide": guide.page.url,
        "first chapter": guide.chapters[0].url,
        "second chapter": guide.chapters[1].url,
        "full guide": f"{guide.page.url}tamami/",
        "full guide (en)": f"{english.url}tamami/",
        "chapter (en)": guide.english_of(guide.chapters[1]).url,
    }


def test_query_counts_do_not_grow_from_3_to_15_chapters(client: Client, guide: Guide) -> None:
    small = {name: queries_for(client, url) for name, url in page_urls(guide).items()}
    for _ in range(12):
        guide.add_chapter()
    large = {name: queries_for(client, url) for name, url in page_urls(guide).items()}
    assert large == small
