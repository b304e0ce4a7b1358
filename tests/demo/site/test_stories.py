"""The demo's experience-sharing section: the story index and four invented sample stories."""

from __future__ import annotations

from django.test import Client

from demo.content.stories import STORIES
from stories.models import StoryIndexPage, StoryPage
from tests.scenarios.site import SiteTree

from .conftest import DemoBuild


def test_demo_stories_are_bilingual_linked_and_marked_as_sample(
    client: Client, demo: DemoBuild, site_tree: SiteTree
) -> None:
    assert "/deneyimler/" in demo.output
    index = StoryIndexPage.objects.child_of(site_tree.home).get()
    assert (index.slug, index.title, index.show_in_menus) == (
        "deneyimler",
        "Deneyim paylaşımı",
        True,
    )
    english_index = site_tree.english_of(index)
    assert (english_index.slug, english_index.title) == ("experiences", "Experience sharing")
    assert english_index.live

    stories = list(StoryPage.objects.child_of(index))
    assert len(stories) == 4
    # Every story links to its demo municipality and (translated) thematic area.
    links = {(story.municipality.slug, story.area.code) for story in stories}
    assert links == {(text.municipality_slug, text.area_code) for text in STORIES}

    for story in stories:
        english = site_tree.english_of(story)
        assert story.live and english.live
        assert story.is_sample_data and english.is_sample_data
        assert story.intro.startswith("Örnek veri:")
        assert english.intro.startswith("Sample data:")
        assert "uydurulmuş" in story.intro
        assert "invented" in english.intro
        assert english.municipality_id == story.municipality_id
        assert [block.id for block in english.body] == [block.id for block in story.body]
        assert english.lessons and english.lessons != story.lessons
        for page in (story, english):
            response = client.get(page.url)
            assert response.status_code == 200, page.url
            assert "sample-notice" in response.content.decode()

    for url in (index.url, english_index.url):
        response = client.get(url)
        assert response.status_code == 200
        assert response.content.decode().count('class="card"') == 4
