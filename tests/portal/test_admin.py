"""The Wagtail admin works in Turkish (the default) and lists both content languages."""

from __future__ import annotations

import pytest

from django.test import Client

from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def test_admin_dashboard_is_turkish_by_default(admin_client: Client, site_tree: SiteTree) -> None:
    response = admin_client.get("/admin/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="tr"' in html
    assert "Sayfalar" in html  # "Pages" in Wagtail's Turkish translation


def test_admin_explorer_lists_municipalities(admin_client: Client, site_tree: SiteTree) -> None:
    response = admin_client.get(f"/admin/pages/{site_tree.index.pk}/", HTTP_HOST="localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kadıköy Belediyesi" in html
    assert "Nilüfer Belediyesi" in html


def test_locales_are_turkish_and_english(admin_client: Client, site_tree: SiteTree) -> None:
    html = admin_client.get("/admin/locales/", HTTP_HOST="localhost").content.decode()
    assert "Türkçe" in html
    assert "English" in html
