"""The municipality index: grouped by kind, Turkish order, map data; only live public pages."""

from __future__ import annotations

import json
import re

import pytest

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from plans.models import MunicipalityKind
from tests.plans.factories import MunicipalityPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def map_data(html: str) -> list[dict]:
    match = re.search(
        r'<script id="municipality-map-data" type="application/json">(.*?)</script>', html, re.S
    )
    assert match, "map data script missing"
    return json.loads(match.group(1))


def test_municipalities_are_listed_in_turkish_order(client: Client, site_tree: SiteTree) -> None:
    site_tree.kadikoy.delete()
    site_tree.nilufer.delete()
    for name in ["Ünye", "İzmir", "Çorum", "Uşak", "Cide", "Iğdır", "Çankaya"]:
        MunicipalityPageFactory(parent=site_tree.index, title=f"{name} Belediyesi")

    html = client.get(site_tree.index.url).content.decode()

    positions = [html.index(f"{name} Belediyesi</a>") for name in
                 ["Cide", "Çankaya", "Çorum", "Iğdır", "İzmir", "Uşak", "Ünye"]]  # fmt: skip
    assert positions == sorted(positions)
    names = [point["name"] for point in map_data(html)]
    assert names[0] == "Cide Belediyesi"
    assert names[-1] == "Ünye Belediyesi"


def test_municipalities_are_grouped_by_kind_in_legal_order(
    client: Client, site_tree: SiteTree
) -> None:
    MunicipalityPageFactory(
        parent=site_tree.index,
        title="Ankara Büyükşehir Belediyesi",
        kind=MunicipalityKind.METROPOLITAN,
    )
    MunicipalityPageFactory(
        parent=site_tree.index, title="Tunceli Belediyesi", kind=MunicipalityKind.PROVINCE_CENTRE
    )
    html = client.get(site_tree.index.url).content.decode()
    headings = re.findall(r'<h2 id="group-\d+">([^<]+?) <span', html)
    assert headings == ["Büyükşehir belediyesi", "İl belediyesi", "İlçe belediyesi"]
    assert html.index("Ankara Büyükşehir Belediyesi</a>") < html.index("Tunceli Belediyesi</a>")
    assert html.index("Tunceli Belediyesi</a>") < html.index("Kadıköy Belediyesi</a>")


def test_draft_and_private_municipalities_are_not_listed_or_mapped(
    client: Client, site_tree: SiteTree
) -> None:
    draft = MunicipalityPageFactory(parent=site_tree.index, title="Taslak Belediyesi", live=False)
    private = MunicipalityPageFactory(parent=site_tree.index, title="Gizli Belediyesi")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)

    html = client.get(site_tree.index.url).content.decode()
    names = {point["name"] for point in map_data(html)}

    assert names == {"Kadıköy Belediyesi", "Nilüfer Belediyesi"}
    assert "Taslak Belediyesi" not in html
    assert "Gizli Belediyesi" not in html
    assert client.get(draft.url or f"{site_tree.index.url}{draft.slug}/").status_code == 404
    assert client.get(private.url).status_code == 302  # to the login page


def test_map_points_carry_coordinates_and_links(client: Client, site_tree: SiteTree) -> None:
    html = client.get(site_tree.index.url).content.decode()
    kadikoy = next(point for point in map_data(html) if point["name"] == "Kadıköy Belediyesi")
    assert kadikoy == {
        "name": "Kadıköy Belediyesi",
        "url": "/tr/belediyeler/kadikoy/",
        "lat": 40.99,
        "lon": 29.03,
        "kind": "İlçe belediyesi",
        # No approved assessment yet (tests/plans/test_map_data.py covers the bands).
        "band": "none",
        "progress": None,
        "completed": 0,
        "actions": 0,
    }
    # Tiles are off by default: the map works offline and calls no third party.
    assert 'data-tile-url=""' in html


def test_map_tiles_come_from_settings(client: Client, site_tree: SiteTree, settings) -> None:
    settings.MAP_TILE_URL = "https://tiles.example.org/{z}/{x}/{y}.png"
    html = client.get(site_tree.index.url).content.decode()
    assert 'data-tile-url="https://tiles.example.org/{z}/{x}/{y}.png"' in html


def municipality_queries(client: Client, url: str) -> tuple[str, int]:
    """The page's HTML and how many of its queries read municipality pages."""
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return html, sum('"plans_municipalitypage"' in query["sql"] for query in queries)


def test_list_is_cached_until_the_next_publish_or_unpublish(
    client: Client,
    site_tree: SiteTree,
    django_capture_on_commit_callbacks,  # type: ignore[no-untyped-def]
) -> None:
    url = site_tree.index.url
    first, reads = municipality_queries(client, url)
    assert reads and "Kadıköy Belediyesi</a>" in first
    again, reads = municipality_queries(client, url)
    assert reads == 0 and again == first  # served from the fragment cache
    english, reads = municipality_queries(client, site_tree.english_of(site_tree.index).url)
    assert reads and site_tree.english_of(site_tree.kadikoy).title in english  # per language

    with django_capture_on_commit_callbacks(execute=True):
        town = MunicipalityPageFactory(parent=site_tree.index, title="Çorum Belediyesi", live=False)
        town.save_revision().publish()
    html, reads = municipality_queries(client, url)
    assert reads and "Çorum Belediyesi</a>" in html
    assert any(point["name"] == "Çorum Belediyesi" for point in map_data(html))

    with django_capture_on_commit_callbacks(execute=True):
        site_tree.kadikoy.unpublish()
    html, _reads = municipality_queries(client, url)
    assert "Kadıköy Belediyesi</a>" not in html
