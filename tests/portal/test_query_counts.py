"""Home, standard pages, search and the sitemap run a number of queries that does not grow with
the number of pages."""

from __future__ import annotations

import pytest

from django.test import Client

from portal.models import StandardPage
from tests.news.factories import NewsIndexPageFactory
from tests.portal.factories import StandardPageFactory
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.site import SiteTree
from tests.stories.factories import StoryIndexPageFactory

pytestmark = pytest.mark.django_db


def grow(site_tree: SiteTree, size: int) -> None:
    """Bring the home page to `size` standard pages (menu entries, cards and search results)."""
    existing = StandardPage.objects.child_of(site_tree.home).count()
    for number in range(existing, size):
        StandardPageFactory(parent=site_tree.home, slug=f"sayfa-{number}")


def test_query_counts_do_not_grow_from_5_to_50_pages(client: Client, site_tree: SiteTree) -> None:
    # Sections of other types: the home page's cards read every section type's introduction.
    NewsIndexPageFactory(parent=site_tree.home)
    StoryIndexPageFactory(parent=site_tree.home)
    grow(site_tree, 5)
    page = StandardPage.objects.child_of(site_tree.home).first()
    child = StandardPageFactory(parent=page, slug="alt-sayfa")
    urls = {
        "home": "/tr/",
        "home (en)": "/en/",
        "standard page": page.url,
        "standard page below it": child.url,
        "search": "/tr/ara/?q=göstergelerle",
        "search, one type, page 2": "/tr/ara/?q=göstergelerle&tur=sayfa&sayfa=2",
        "search (en)": "/en/search/?q=Kadikoy",
        "sitemap": "/sitemap.xml",
        "robots.txt": "/robots.txt",
    }
    small = queries_per_url(client, urls)
    grow(site_tree, 50)
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
