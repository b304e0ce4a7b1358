"""Every page type renders in both languages with its fields; the tree refuses wrong parents."""

from __future__ import annotations

import pytest

from django.test import Client

from wagtail.models import Page

from plans.models import MunicipalityIndexPage, MunicipalityPage
from portal.models import HomePage, StandardPage
from portal.translation import publish_translation
from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree, html_of

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_both_languages(client: Client, site_tree: SiteTree) -> None:
    tr_html = html_of(client, site_tree.home)
    assert '<html lang="tr">' in tr_html
    assert "YEEP İzleme Platformu" in tr_html
    assert "Yerel Eşitlik Eylem Planlarının izlendiği platform." in tr_html
    assert "iletisim@example.org" in tr_html  # footer contact
    assert "CC BY 4.0" in tr_html  # footer licence
    assert 'href="/tr/belediyeler/"' in tr_html  # main navigation from the tree

    en_html = html_of(client, site_tree.english_of(site_tree.home))
    assert '<html lang="en">' in en_html
    assert "Platform intro." in en_html
    assert 'href="/en/municipalities/"' in en_html


def test_standard_page_renders_body_blocks_in_both_languages(
    client: Client, site_tree: SiteTree
) -> None:
    page = StandardPageFactory(parent=site_tree.home, title="Yöntem", slug="yontem")
    english_body = [
        {"type": block.block_type, "value": value, "id": block.id}
        for block, value in zip(
            page.body,
            [{"text": "Method heading", "level": "h2"}, "<p>Monitoring with indicators.</p>"],
            strict=True,
        )
    ]
    translated = publish_translation(
        page,
        site_tree.english,
        {"title": "Method", "slug": "method", "intro": "Intro in English.", "body": english_body},
    )

    tr_html = html_of(client, page)
    assert "<h1>Yöntem</h1>" in tr_html
    assert "<h2>Yöntem başlığı</h2>" in tr_html
    assert "Hak temelli göstergelerle izleme." in tr_html

    en_html = html_of(client, translated)
    assert translated.url == "/en/method/"
    assert "<h1>Method</h1>" in en_html
    assert "<h2>Method heading</h2>" in en_html
    assert "Monitoring with indicators." in en_html
    assert "Intro in English." in en_html


def test_municipality_index_renders_in_both_languages(client: Client, site_tree: SiteTree) -> None:
    tr_html = html_of(client, site_tree.index)
    assert "Kadıköy Belediyesi" in tr_html
    assert "Nilüfer Belediyesi" in tr_html
    assert "İlçe belediyesi" in tr_html  # group heading by kind
    assert 'id="municipality-map-data"' in tr_html

    en_html = html_of(client, site_tree.english_of(site_tree.index))
    assert "Kadıköy Municipality" in en_html
    assert "/en/municipalities/kadikoy/" in en_html


def test_municipality_page_renders_its_facts_in_both_languages(
    client: Client, site_tree: SiteTree
) -> None:
    tr_html = html_of(client, site_tree.kadikoy)
    for fact in ("Kadıköy Belediyesi", "İstanbul", "34", "https://www.example.org/"):
        assert fact in tr_html
    assert "40,99000, 29,03000" in tr_html  # Turkish decimal comma
    assert "Belediyenin kısa tanıtımı." in tr_html
    assert "İlçe belediyesi" in tr_html

    en_html = html_of(client, site_tree.english_of(site_tree.kadikoy))
    assert "Kadıköy Municipality" in en_html
    assert "Summary." in en_html
    assert "District municipality" in en_html  # kind label translated by gettext
    assert "40.99000, 29.03000" in en_html


@pytest.mark.parametrize(
    ("child", "parent", "allowed"),
    [
        (MunicipalityIndexPage, HomePage, True),
        (MunicipalityPage, MunicipalityIndexPage, True),
        (StandardPage, HomePage, True),
        (StandardPage, StandardPage, True),
        (MunicipalityPage, HomePage, False),
        (MunicipalityPage, StandardPage, False),
        (MunicipalityPage, MunicipalityPage, False),
        (MunicipalityIndexPage, StandardPage, False),
        (StandardPage, MunicipalityPage, False),
        (HomePage, HomePage, False),
    ],
)
def test_tree_rules(child: type[Page], parent: type[Page], allowed: bool) -> None:
    assert (child in parent.allowed_subpage_models()) is allowed
    assert (parent in child.allowed_parent_page_models()) is allowed


def test_only_one_municipality_index_per_home(site_tree: SiteTree) -> None:
    assert not MunicipalityIndexPage.can_create_at(site_tree.home)


def test_admin_refuses_a_municipality_under_the_home_page(
    admin_client: Client, site_tree: SiteTree
) -> None:
    url = f"/admin/pages/add/plans/municipalitypage/{site_tree.home.pk}/"
    data = {"title": "Yanlış yer", "slug": "yanlis-yer", "kind": "district", "province": "Bursa"}
    for response in (admin_client.get(url), admin_client.post(url, {**data, "plate_code": "16"})):
        # Wagtail answers "permission denied" with a redirect to the dashboard.
        assert response.status_code in (302, 403)
        assert response.status_code == 403 or response.url == "/admin/"
    assert not MunicipalityPage.objects.child_of(site_tree.home).exists()
