"""The story index and a story run the same number of queries for 5 stories as for 30 (each
story with its own municipality and area, so the filters grow too; 50 would double the time)."""

from __future__ import annotations

import pytest

from django.test import Client

from stories.models import StoryIndexPage, StoryPage
from tests.plans.factories import MunicipalityPageFactory
from tests.query_counts import MAX_QUERIES_PER_PAGE, queries_per_url
from tests.scenarios.site import SiteTree
from tests.scenarios.stories import area_with_english, translate_story

from .factories import StoryPageFactory

pytestmark = pytest.mark.django_db


def grow(site_tree: SiteTree, index: StoryIndexPage, size: int) -> None:
    """Bring the index to `size` stories, each with its own municipality and one of a growing
    set of areas."""
    for number in range(StoryPage.objects.child_of(index).count(), size):
        municipality = MunicipalityPageFactory(
            parent=site_tree.index, title=f"Belediye {number}", slug=f"belediye-{number}"
        )
        area = area_with_english(
            f"A{number + 10}", f"Alan {number}", f"Area {number}", site_tree.english
        )
        StoryPageFactory(parent=index, municipality=municipality, area=area)


def test_query_counts_do_not_grow_from_5_to_30(
    client: Client, site_tree: SiteTree, story_index: StoryIndexPage
) -> None:
    grow(site_tree, story_index, 5)
    story = StoryPage.objects.child_of(story_index).first()
    english = translate_story(story, site_tree.english)
    urls = {
        "index": story_index.url,
        "index, one municipality": f"{story_index.url}?belediye=belediye-1",
        "index, one area": f"{story_index.url}?alan=A11",
        "index, unknown area, page 2": f"{story_index.url}?alan=yok&sayfa=2",
        "index (en)": "/en/experiences/",
        "story": story.url,
        "story (en)": english.url,
    }
    small = queries_per_url(client, urls)
    grow(site_tree, story_index, 30)
    large = queries_per_url(client, urls)
    assert large == small
    assert max(large.values()) <= MAX_QUERIES_PER_PAGE, large
