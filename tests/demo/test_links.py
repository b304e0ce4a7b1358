"""A demo page links only to demo pages and areas that exist (demo.builders.links), so each
section can be built before or without the others."""

from __future__ import annotations

import pytest

from demo.builders.links import municipalities, municipality, translated_area
from tests.plans.factories import ThematicAreaFactory
from tests.scenarios.site import SiteTree
from tests.scenarios.stories import area_with_english

pytestmark = pytest.mark.django_db


def test_only_existing_municipalities_are_found(site_tree: SiteTree) -> None:
    # The session's site tree has Kadıköy and Nilüfer only.
    assert [page.slug for page in municipalities(site_tree.home)] == ["kadikoy", "nilufer"]
    assert municipality(site_tree.home, "kadikoy") == site_tree.kadikoy
    assert municipality(site_tree.home, "tunceli") is None
    english_home = site_tree.english_of(site_tree.home)
    assert [page.slug for page in municipalities(english_home)] == ["kadikoy", "nilufer"]
    assert all(page.locale == site_tree.english for page in municipalities(english_home))


def test_only_areas_with_an_english_translation_are_linked(site_tree: SiteTree) -> None:
    participation = area_with_english(
        "A1", "Katılım ve Karar Alma", "Participation", site_tree.english
    )
    ThematicAreaFactory(code="A7", name="Kentsel planlama")  # no English copy
    assert translated_area(site_tree.home, site_tree.english, "A1") == participation
    assert translated_area(site_tree.home, site_tree.english, "A7") is None
    assert translated_area(site_tree.home, site_tree.english, "A9") is None  # no such area
