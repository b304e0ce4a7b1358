"""The page explorer of the municipality index: what it reads does not grow with the rows."""

from __future__ import annotations

import pytest

from django.test import Client

from wagtail.models import Site

from plans.models import MunicipalityPage
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def add_municipalities(site_tree: SiteTree, count: int) -> None:
    """`count` new live municipalities under the index."""
    for number in range(count):
        page = MunicipalityPage(
            title=f"Deneme {number} Belediyesi", kind="district", province="Ankara", plate_code="06"
        )
        site_tree.index.add_child(instance=page)


def site_root_path_reads(client: Client, url: str, monkeypatch: pytest.MonkeyPatch) -> int:
    """How often one warm request of the explorer asks for the site root paths (a cache read
    each: Redis in production)."""
    client.get(url, HTTP_HOST="localhost")
    calls = []
    original = Site.get_site_root_paths

    def counted() -> object:
        calls.append(1)
        return original()

    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(counted))
    response = client.get(url, HTTP_HOST="localhost")
    monkeypatch.setattr(Site, "get_site_root_paths", staticmethod(original))
    assert response.status_code == 200
    return len(calls)


def test_site_root_paths_are_read_once_per_request_not_per_row(
    admin_client: Client, site_tree: SiteTree, monkeypatch: pytest.MonkeyPatch
) -> None:
    """portal.wagtail_hooks.share_site_root_paths: Wagtail asks each row's `page.url` without a
    request; the rows share one read (UPGRADING.md)."""
    url = f"/admin/pages/{site_tree.index.pk}/"
    before = site_root_path_reads(admin_client, url, monkeypatch)
    add_municipalities(site_tree, 5)
    assert site_root_path_reads(admin_client, url, monkeypatch) == before


def test_view_live_links_are_the_pages_urls(admin_client: Client, site_tree: SiteTree) -> None:
    """The shared site root paths give each row its own public URL ("View live")."""
    add_municipalities(site_tree, 2)
    response = admin_client.get(f"/admin/pages/{site_tree.index.pk}/", HTTP_HOST="localhost")
    html = response.content.decode()
    for page in MunicipalityPage.objects.child_of(site_tree.index).live():
        assert f'href="{page.url}"' in html, page.title
