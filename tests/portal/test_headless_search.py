"""Searching the pages API (/api/v2/pages/?search=): public pages only, Turkish case folding."""

from __future__ import annotations

import json

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree

pytestmark = [pytest.mark.django_db, pytest.mark.search_index]


def found(client: Client, query: str, extra: str = "") -> set[str]:
    response = client.get(f"/api/v2/pages/?search={query}{extra}")
    assert response.status_code == 200, response.content
    return {item["title"] for item in json.loads(response.content)["items"]}


@pytest.fixture
def pages(site_tree: SiteTree) -> None:
    StandardPageFactory(parent=site_tree.home, title="Eşitlik gözlemi", slug="esitlik")
    StandardPageFactory(parent=site_tree.home, title="Işık ve eşitlik taslağı", live=False)
    private = StandardPageFactory(parent=site_tree.home, title="Özel eşitlik notu", slug="ozel")
    PageViewRestriction.objects.create(page=private, restriction_type="login")


def test_search_finds_public_pages_and_never_drafts_or_private_ones(
    client: Client, pages: None
) -> None:
    titles = found(client, "eşitlik")

    assert "Eşitlik gözlemi" in titles
    assert not titles & {"Işık ve eşitlik taslağı", "Özel eşitlik notu"}


def test_search_folds_turkish_capitals(client: Client, pages: None) -> None:
    assert "Eşitlik gözlemi" in found(client, "EŞİTLİK")
    assert found(client, "GÖZLEMİ") == {"Eşitlik gözlemi"}


def test_search_works_with_other_filters_and_ordering(
    client: Client, site_tree: SiteTree, pages: None
) -> None:
    assert found(client, "eşitlik", f"&child_of={site_tree.home.pk}&order=title") == {
        "Eşitlik gözlemi"
    }
    assert found(client, "municipality", "&locale=en&type=plans.MunicipalityPage") == {
        "Kadıköy Municipality",
        "Nilüfer Municipality",
    }
