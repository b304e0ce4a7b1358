"""The guide's pages run a number of queries that does not grow with the number of chapters."""

from __future__ import annotations

import pytest

from django.test import Client

from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.guide import Guide

pytestmark = pytest.mark.django_db


def page_urls(guide: Guide) -> dict[str, str]:
    english = guide.english_of(guide.page)
    return {
        "guide": guide.page.url,
        "first chapter": guide.chapters[0].url,
        "second chapter": guide.chapters[1].url,
        "full guide": f"{guide.page.url}tamami/",
        "full guide (en)": f"{english.url}full/",
        "chapter (en)": guide.english_of(guide.chapters[1]).url,
    }


def test_query_counts_do_not_grow_from_3_to_15_chapters(client: Client, guide: Guide) -> None:
    # 15, not 50: every chapter is translated through wagtail-localize, which is slow to set up.
    # The PDF of the whole guide renders the same context as `tamami/` (and is then cached).
    small = queries_per_url(client, page_urls(guide))
    for _ in range(12):
        guide.add_chapter()
    large = queries_per_url(client, page_urls(guide))
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
