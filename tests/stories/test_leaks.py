"""Only live, public stories (and public municipalities) reach the index, its filter options and
the story pages: drafts, private stories and newer draft revisions never do."""

from __future__ import annotations

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from plans.models import MunicipalityPage, ThematicArea
from stories.models import StoryIndexPage, StoryPage
from tests.plans.factories import MunicipalityPageFactory, ThematicAreaFactory
from tests.scenarios.site import SiteTree
from tests.scenarios.stories import translate_story

from .factories import StoryPageFactory

pytestmark = pytest.mark.django_db

SECRET_TITLE = "GİZLİ-TASLAK-BAŞLIK"
SECRET_MUNICIPALITY = "Gizlibelde Belediyesi"
SECRET_AREA = "Gizli alan adı"


@pytest.fixture
def secret_municipality(site_tree: SiteTree) -> MunicipalityPage:
    return MunicipalityPageFactory(parent=site_tree.index, title=SECRET_MUNICIPALITY, slug="gizli")


@pytest.fixture
def secret_area() -> ThematicArea:
    return ThematicAreaFactory(code="A9", name=SECRET_AREA)


@pytest.fixture
def public_story(site_tree: SiteTree, story_index: StoryIndexPage) -> StoryPage:
    """A public story, so the index has a filter form whose options can be checked."""
    return StoryPageFactory(
        parent=story_index, title="Açık deneyim", municipality=site_tree.kadikoy
    )


def assert_nothing_secret(client: Client, urls: list[str]) -> None:
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert "Açık deneyim" in body, url
        assert SECRET_TITLE not in body, url
        assert SECRET_MUNICIPALITY not in body, url
        assert SECRET_AREA not in body, url
        assert 'value="gizli"' not in body, url
        assert 'value="A9"' not in body, url


def index_urls(index: StoryIndexPage) -> list[str]:
    return [
        index.url,
        f"{index.url}?belediye=gizli",
        f"{index.url}?alan=A9",
        f"{index.url}?sayfa=2",
    ]


def test_draft_story_is_not_listed(
    client: Client,
    story_index: StoryIndexPage,
    public_story: StoryPage,
    secret_municipality: MunicipalityPage,
    secret_area: ThematicArea,
) -> None:
    StoryPageFactory(
        parent=story_index,
        title=SECRET_TITLE,
        live=False,
        municipality=secret_municipality,
        area=secret_area,
    )
    assert_nothing_secret(client, index_urls(story_index))
    # Filtering by the draft's municipality or area is refused like any unknown value.
    assert 'class="notice"' in client.get(f"{story_index.url}?belediye=gizli").content.decode()


def test_private_story_is_not_listed(
    client: Client,
    story_index: StoryIndexPage,
    public_story: StoryPage,
    secret_municipality: MunicipalityPage,
    secret_area: ThematicArea,
) -> None:
    story = StoryPageFactory(
        parent=story_index,
        title=SECRET_TITLE,
        municipality=secret_municipality,
        area=secret_area,
    )
    assert story.live
    PageViewRestriction.objects.create(page=story, restriction_type=PageViewRestriction.LOGIN)
    assert_nothing_secret(client, index_urls(story_index))
    assert client.get(story.url).status_code == 302  # to the login page


def test_newer_draft_revision_is_not_shown(
    client: Client,
    story_index: StoryIndexPage,
    public_story: StoryPage,
    secret_municipality: MunicipalityPage,
    secret_area: ThematicArea,
) -> None:
    story = StoryPageFactory(parent=story_index, title="Yayındaki başlık")
    story.save_revision().publish()
    draft = StoryPage.objects.get(pk=story.pk)
    draft.title = SECRET_TITLE
    draft.municipality = secret_municipality
    draft.area = secret_area
    draft.lessons = SECRET_TITLE
    draft.save_revision()
    story.refresh_from_db()
    assert story.has_unpublished_changes
    assert_nothing_secret(client, [*index_urls(story_index), public_story.url])
    body = client.get(story.url).content.decode()
    assert "Yayındaki başlık" in body
    assert SECRET_TITLE not in body
    assert SECRET_MUNICIPALITY not in body
    assert "Yayındaki başlık" in client.get(story_index.url).content.decode()


def test_unpublished_or_private_municipality_is_not_shown(
    client: Client,
    site_tree: SiteTree,
    story_index: StoryIndexPage,
    public_story: StoryPage,
    secret_municipality: MunicipalityPage,
) -> None:
    story = StoryPageFactory(parent=story_index, municipality=secret_municipality)
    other = MunicipalityPageFactory(
        parent=site_tree.index, title="Kapalı Belediyesi", slug="kapali"
    )
    PageViewRestriction.objects.create(page=other, restriction_type=PageViewRestriction.LOGIN)
    StoryPageFactory(parent=story_index, municipality=other)
    secret_municipality.unpublish()
    for url in [*index_urls(story_index), story.url]:
        body = client.get(url).content.decode()
        assert SECRET_MUNICIPALITY not in body, url
        assert "Kapalı Belediyesi" not in body, url
        assert 'value="kapali"' not in body, url


def test_english_index_leaks_nothing_either(
    client: Client,
    site_tree: SiteTree,
    story_index: StoryIndexPage,
    public_story: StoryPage,
    secret_municipality: MunicipalityPage,
) -> None:
    translate_story(public_story, site_tree.english, title="Açık deneyim (EN)")
    hidden = StoryPageFactory(
        parent=story_index, title="Gizlenecek deneyim", municipality=secret_municipality
    )
    english_hidden = translate_story(hidden, site_tree.english, title=SECRET_TITLE)
    english_hidden.unpublish()
    assert_nothing_secret(client, ["/en/experiences/", "/en/experiences/?belediye=gizli"])
