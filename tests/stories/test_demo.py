"""stories.demo builds the sample experience-sharing section, bilingual and idempotent."""

from __future__ import annotations

from io import StringIO

import pytest

from django.test import Client

from wagtail.models import Page

from stories.demo import build_demo
from stories.models import StoryIndexPage, StoryPage
from tests.conftest import SiteTree
from tests.plans.factories import ThematicAreaFactory

from .conftest import area_with_english

pytestmark = pytest.mark.django_db


def test_build_demo_is_bilingual_marked_as_sample_and_idempotent(
    client: Client, site_tree: SiteTree
) -> None:
    participation = area_with_english(
        "A1", "Katılım ve Karar Alma", "Participation", site_tree.english
    )
    ThematicAreaFactory(code="A7", name="Kentsel planlama")  # no English copy: not linked
    output = StringIO()
    build_demo(site_tree.home, site_tree.english, output)
    pages = Page.objects.count()
    build_demo(site_tree.home, site_tree.english, StringIO())
    assert Page.objects.count() == pages  # nothing new on the second run
    assert "/deneyimler/" in output.getvalue()

    index = StoryIndexPage.objects.child_of(site_tree.home).get()
    assert (index.slug, index.title, index.show_in_menus) == (
        "deneyimler",
        "Deneyim paylaşımı",
        True,
    )
    english_index = index.get_translation(site_tree.english)
    assert (english_index.slug, english_index.title) == ("experiences", "Experience sharing")
    assert english_index.live

    stories = list(StoryPage.objects.child_of(index))
    assert len(stories) == 4
    by_municipality = {
        story.municipality.slug if story.municipality else None: story for story in stories
    }
    # Only the demo municipalities that exist here (Kadıköy, Nilüfer) are linked.
    assert set(by_municipality) == {"kadikoy", "nilufer", None}
    assert by_municipality["kadikoy"].area == participation
    assert by_municipality["nilufer"].area is None  # A7 has no English translation

    for story in stories:
        english = story.get_translation(site_tree.english).specific
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
