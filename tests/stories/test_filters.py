"""Filtering the story index by municipality and thematic area, in both languages; bad values
give a notice, never an error; options follow Turkish alphabetical order; pagination."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from django.test import Client

from plans.models import ThematicArea
from stories.models import StoryIndexPage, StoryPage
from tests.plans.factories import MunicipalityPageFactory
from tests.scenarios.site import SiteTree
from tests.scenarios.stories import area_with_english, translate_story

from .factories import StoryPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


@dataclass
class Stories:
    index: StoryIndexPage
    care: ThematicArea
    city: ThematicArea
    kadikoy_care: StoryPage
    nilufer_city: StoryPage
    general: StoryPage


@pytest.fixture
def stories(site_tree: SiteTree, story_index: StoryIndexPage) -> Stories:
    """Three stories: Kadıköy + care, Nilüfer + urban safety, and one with neither."""
    care = area_with_english("A3", "Bakım hizmetleri", "Care services", site_tree.english)
    city = area_with_english("A7", "Kentsel güvenlik", "Urban safety", site_tree.english)
    return Stories(
        index=story_index,
        care=care,
        city=city,
        kadikoy_care=StoryPageFactory(
            parent=story_index, title="Kreş deneyimi", municipality=site_tree.kadikoy, area=care
        ),
        nilufer_city=StoryPageFactory(
            parent=story_index,
            title="Yürüyüş deneyimi",
            municipality=site_tree.nilufer,
            area=city,
        ),
        general=StoryPageFactory(parent=story_index, title="Genel deneyim"),
    )


def listed_titles(body: str) -> list[str]:
    return re.findall(r'<h2 class="card__title"><a href="[^"]*">([^<]*)</a>', body)


def select_options(body: str, name: str) -> list[tuple[str, str]]:
    select = re.search(rf'<select id="[^"]*" name="{name}">(.*?)</select>', body, re.S)
    assert select, name
    return re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select.group(1))


def get(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_unfiltered_index_lists_every_story_newest_first(client: Client, stories: Stories) -> None:
    body = get(client, stories.index.url)
    assert listed_titles(body) == ["Genel deneyim", "Yürüyüş deneyimi", "Kreş deneyimi"]
    assert 'class="notice"' not in body


def test_filter_by_municipality(client: Client, stories: Stories) -> None:
    body = get(client, f"{stories.index.url}?belediye=kadikoy")
    assert listed_titles(body) == ["Kreş deneyimi"]
    assert '<option value="kadikoy" selected>Kadıköy Belediyesi</option>' in body
    assert 'class="notice"' not in body


def test_filter_by_area_code_in_any_case(client: Client, stories: Stories) -> None:
    for value in ("A7", "a7", " A7 "):
        body = get(client, f"{stories.index.url}?alan={value}")
        assert listed_titles(body) == ["Yürüyüş deneyimi"], value
        assert '<option value="A7" selected>' in body


def test_filters_combine(client: Client, stories: Stories) -> None:
    assert listed_titles(get(client, f"{stories.index.url}?belediye=kadikoy&alan=A3")) == [
        "Kreş deneyimi"
    ]
    body = get(client, f"{stories.index.url}?belediye=kadikoy&alan=A7")
    assert listed_titles(body) == []
    assert "Bu seçime uyan bir deneyim yok." in body


def test_empty_values_mean_no_filter(client: Client, stories: Stories) -> None:
    body = get(client, f"{stories.index.url}?belediye=&alan=")
    assert len(listed_titles(body)) == 3
    assert 'class="notice"' not in body


def test_filters_work_on_the_english_index_by_translation_key(
    client: Client, site_tree: SiteTree, stories: Stories
) -> None:
    for story, title in (
        (stories.kadikoy_care, "Nursery story"),
        (stories.nilufer_city, "Walk story"),
        (stories.general, "General story"),
    ):
        translate_story(story, site_tree.english, title=title)
    english = StoryPage.objects.get(
        translation_key=stories.kadikoy_care.translation_key, locale=site_tree.english
    )
    # The municipality link is synchronised: the English story points at the Turkish page.
    assert english.municipality_id == site_tree.kadikoy.pk
    assert english.area.locale_id == site_tree.english.pk

    body = get(client, "/en/experiences/")
    assert listed_titles(body) == ["General story", "Walk story", "Nursery story"]
    assert select_options(body, "belediye") == [
        ("", "All municipalities"),  # the interface is in English too
        ("kadikoy", "Kadıköy Municipality"),
        ("nilufer", "Nilüfer Municipality"),
    ]
    assert select_options(body, "alan")[1:] == [
        ("A3", "A3 Care services"),
        ("A7", "A7 Urban safety"),
    ]
    assert listed_titles(get(client, "/en/experiences/?belediye=kadikoy")) == ["Nursery story"]
    assert listed_titles(get(client, "/en/experiences/?alan=A7")) == ["Walk story"]


@pytest.mark.parametrize(
    ("query", "shown"),
    [
        ("belediye=yok-boyle", "“yok-boyle”"),
        ("belediye=nilufer-degil", "“nilufer-degil”"),
        ("alan=A99", "“A99”"),
        ("alan=%3Cscript%3Ealert(1)%3C/script%3E", "“&lt;script&gt;alert(1)&lt;/script&gt;”"),
        ("belediye=%3Cimg%20src=x%20onerror=alert(1)%3E", "“&lt;img src=x onerror=alert(1)&gt;”"),
    ],
)
def test_bad_filter_values_give_a_notice_and_all_stories(
    client: Client, stories: Stories, query: str, shown: str
) -> None:
    body = get(client, f"{stories.index.url}?{query}")
    assert '<p class="notice" role="alert">' in body
    assert shown in body
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert len(listed_titles(body)) == 3


def test_a_bad_value_leaves_the_other_filter_applied(client: Client, stories: Stories) -> None:
    body = get(client, f"{stories.index.url}?belediye=kadikoy&alan=%3Cb%3E")
    assert listed_titles(body) == ["Kreş deneyimi"]
    assert "“&lt;b&gt;”" in body


def test_options_are_municipalities_and_areas_with_public_stories(
    client: Client, site_tree: SiteTree, stories: Stories
) -> None:
    MunicipalityPageFactory(parent=site_tree.index, title="Öyküsüz Belediyesi", slug="oykusuz")
    ThematicArea.objects.create(code="A5", name="Sağlık")
    body = get(client, stories.index.url)
    assert select_options(body, "belediye") == [
        ("", "Bütün belediyeler"),
        ("kadikoy", "Kadıköy Belediyesi"),
        ("nilufer", "Nilüfer Belediyesi"),
    ]
    assert select_options(body, "alan") == [
        ("", "Bütün alanlar"),
        ("A3", "A3 Bakım hizmetleri"),
        ("A7", "A7 Kentsel güvenlik"),
    ]
    assert "Öyküsüz" not in body
    assert "Sağlık" not in body
    # A municipality without stories is not a valid choice either.
    assert 'class="notice"' in get(client, f"{stories.index.url}?belediye=oykusuz")


def test_municipality_options_follow_the_turkish_alphabet(
    client: Client, site_tree: SiteTree, story_index: StoryIndexPage
) -> None:
    for title, slug in (
        ("İzmir Belediyesi", "izmir"),
        ("Çankaya Belediyesi", "cankaya"),
        ("Cide Belediyesi", "cide"),
        ("Ilgaz Belediyesi", "ilgaz"),
    ):
        municipality = MunicipalityPageFactory(parent=site_tree.index, title=title, slug=slug)
        StoryPageFactory(parent=story_index, municipality=municipality)
    StoryPageFactory(parent=story_index, municipality=site_tree.kadikoy)
    labels = [label for _value, label in select_options(get(client, story_index.url), "belediye")]
    # Code-point order would put Ç after every Latin letter and İ after Z.
    assert labels == [
        "Bütün belediyeler",
        "Cide Belediyesi",
        "Çankaya Belediyesi",
        "Ilgaz Belediyesi",
        "İzmir Belediyesi",
        "Kadıköy Belediyesi",
    ]


def test_twelve_stories_per_page_and_filters_kept_in_page_links(
    client: Client, site_tree: SiteTree, story_index: StoryIndexPage
) -> None:
    for number in range(13):
        StoryPageFactory(
            parent=story_index, title=f"Öykü {number:02d}", municipality=site_tree.kadikoy
        )
    StoryPageFactory(parent=story_index, title="Nilüfer öyküsü", municipality=site_tree.nilufer)
    url = f"{story_index.url}?belediye=kadikoy"
    first = get(client, url)
    assert listed_titles(first) == [f"Öykü {number:02d}" for number in range(12, 0, -1)]
    assert 'href="?belediye=kadikoy&amp;sayfa=2"' in first
    assert 'href="?belediye=kadikoy&amp;sayfa=1" aria-current="page"' in first
    assert listed_titles(get(client, f"{url}&sayfa=2")) == ["Öykü 00"]
    # Not a number: the first page; past the end: the last page.
    assert listed_titles(get(client, f"{url}&sayfa=abc")) == listed_titles(first)
    assert listed_titles(get(client, f"{url}&sayfa=999")) == ["Öykü 00"]
    # An invalid filter is dropped from the page links rather than carried along.
    invalid = get(client, f"{story_index.url}?alan=%3Cx%3E")
    assert 'href="?sayfa=2"' in invalid
