"""The story index runs the same number of queries for 5 stories as for 30."""

from __future__ import annotations

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from stories.models import StoryIndexPage
from tests.conftest import SiteTree
from tests.plans.factories import MunicipalityPageFactory

from .conftest import area_with_english
from .factories import StoryPageFactory

pytestmark = pytest.mark.django_db

# The same budget as the monitoring pages (tests/plans/test_query_counts.py); 20 today.
MAX_QUERIES_PER_PAGE = 30


def queries_for(client: Client, url: str) -> int:
    client.get(url)  # warm per-process caches (site root paths, content types, locales)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured.captured_queries)


def add_stories(site_tree: SiteTree, index: StoryIndexPage, first: int, last: int) -> None:
    """Stories first..last-1, each with its own municipality and one of a growing set of areas."""
    for number in range(first, last):
        municipality = MunicipalityPageFactory(
            parent=site_tree.index, title=f"Belediye {number}", slug=f"belediye-{number}"
        )
        area = area_with_english(
            f"A{number + 10}", f"Alan {number}", f"Area {number}", site_tree.english
        )
        StoryPageFactory(parent=index, municipality=municipality, area=area)


@pytest.mark.parametrize("query", ["", "?belediye=belediye-1", "?alan=A11", "?alan=yok&sayfa=2"])
def test_index_queries_do_not_grow_with_the_stories(
    client: Client, site_tree: SiteTree, story_index: StoryIndexPage, query: str
) -> None:
    url = f"{story_index.url}{query}"
    add_stories(site_tree, story_index, 0, 5)
    few = queries_for(client, url)
    add_stories(site_tree, story_index, 5, 30)
    many = queries_for(client, url)
    assert few == many
    assert many <= MAX_QUERIES_PER_PAGE
