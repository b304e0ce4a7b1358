"""The story index and story pages render their fields in Turkish and English, and the tree
rules keep stories under the one story index."""

from __future__ import annotations

import pytest

from django.test import Client

from portal.models import HomePage
from stories.models import StoryIndexPage, StoryPage
from tests.scenarios.site import SiteTree
from tests.scenarios.stories import area_with_english, translate_story

from .factories import StoryIndexPageFactory, StoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def story(site_tree: SiteTree, story_index: StoryIndexPage) -> StoryPage:
    area = area_with_english("A3", "Bakım hizmetleri", "Care services", site_tree.english)
    return StoryPageFactory(
        parent=story_index,
        title="Kreş iş birliği deneyimi",
        municipality=site_tree.kadikoy,
        area=area,
        author_kind="ngo",
        author_organisation="Örnek Dayanışma Derneği",
    )


def test_index_lists_the_story_with_author_municipality_and_area(
    client: Client, story: StoryPage, story_index: StoryIndexPage
) -> None:
    response = client.get(story_index.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert story_index.url == "/tr/deneyimler/"
    assert f'href="{story.url}"' in body
    assert "Kreş iş birliği deneyimi" in body
    assert "Örnek Dayanışma Derneği" in body
    assert "Kadıköy Belediyesi" in body
    assert '<span class="tag">Bakım hizmetleri</span>' in body
    assert f'<time datetime="{story.date.isoformat()}">' in body
    assert '<form class="filters" method="get"' in body


def test_story_page_shows_all_its_fields(client: Client, story: StoryPage) -> None:
    response = client.get(story.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<h1>Kreş iş birliği deneyimi</h1>" in body
    assert "<dd>Örnek Dayanışma Derneği</dd>" in body
    assert "<dd>Sivil toplum kuruluşu</dd>" in body
    assert '<a href="/tr/belediyeler/kadikoy/">Kadıköy Belediyesi</a>' in body
    assert "Bakım hizmetleri" in body
    assert f'<time datetime="{story.date.isoformat()}">' in body
    assert "Toplantılar akşam yapıldı." in body
    assert "Öğrenilen dersler" in body
    assert "<p>Katılımın engellerini baştan kaldırın.</p>" in body
    assert "<p>Yanıtları görünür kılın.</p>" in body
    assert "sample-notice" not in body


def test_english_index_and_story_show_english_names(
    client: Client, site_tree: SiteTree, story: StoryPage
) -> None:
    english_story = translate_story(story, site_tree.english, title="Childcare cooperation")
    assert english_story.live
    index = client.get("/en/experiences/")
    assert index.status_code == 200
    listing = index.content.decode()
    assert "Childcare cooperation" in listing
    assert "Kreş iş birliği deneyimi" not in listing
    assert "Kadıköy Municipality" in listing
    assert '<span class="tag">Care services</span>' in listing

    response = client.get(english_story.url)
    assert response.status_code == 200
    body = response.content.decode()
    assert english_story.url.startswith("/en/experiences/")
    assert "<h1>Childcare cooperation</h1>" in body
    assert '<a href="/en/municipalities/kadikoy/">Kadıköy Municipality</a>' in body
    assert "Care services" in body
    assert "EN: Toplantılar akşam yapıldı." in body
    assert "<p>Remove the barriers first.</p>" in body


def test_municipality_is_linked_only_while_it_is_public(
    client: Client, site_tree: SiteTree, story: StoryPage
) -> None:
    site_tree.kadikoy.unpublish()
    body = client.get(story.url).content.decode()
    assert "/tr/belediyeler/kadikoy/" not in body
    assert "Kadıköy Belediyesi" not in body
    listing = client.get(story.get_parent().url).content.decode()
    assert "Kadıköy Belediyesi" not in listing
    assert "Kreş iş birliği deneyimi" in listing


def test_sample_story_carries_the_notice(client: Client, story_index: StoryIndexPage) -> None:
    story = StoryPageFactory(parent=story_index, is_sample_data=True)
    assert "sample-notice" in client.get(story.url).content.decode()


def test_index_without_stories_says_so(client: Client, story_index: StoryIndexPage) -> None:
    response = client.get(story_index.url)
    assert response.status_code == 200
    assert "Henüz paylaşılmış bir deneyim yok." in response.content.decode()


def test_tree_rules(site_tree: SiteTree, story_index: StoryIndexPage) -> None:
    assert StoryIndexPage.clean_parent_page_models() == [HomePage]  # declared; see below
    assert not StoryIndexPage.can_exist_under(site_tree.index)
    assert StoryPage.can_exist_under(story_index)
    assert not StoryPage.can_exist_under(site_tree.home)
    assert not StoryPage.can_exist_under(site_tree.kadikoy)
    assert StoryIndexPage.allowed_subpage_models() == [StoryPage]
    assert StoryPage.allowed_subpage_models() == []
    assert StoryIndexPage.max_count_per_parent == 1


def test_editors_can_add_the_story_index_under_the_home_page(site_tree: SiteTree) -> None:
    home = HomePage.objects.get(pk=site_tree.home.pk)
    assert StoryIndexPage.can_exist_under(home)
    assert StoryIndexPage.can_create_at(home)
    StoryIndexPageFactory(parent=home)
    assert not StoryIndexPage.can_create_at(home)
