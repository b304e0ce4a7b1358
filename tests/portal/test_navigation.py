"""Language switcher, main menu, breadcrumb and the sample-data notice."""

from __future__ import annotations

import re

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from tests.plans.factories import MunicipalityPageFactory
from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def switcher_links(html: str) -> dict[str, str]:
    """{language code: href} of the language switcher."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S)
    assert nav, "language switcher missing"
    return {
        code: href for href, code in re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav.group(0))
    }


def test_switcher_on_a_municipality_links_to_its_translation_and_back(
    client: Client, site_tree: SiteTree
) -> None:
    tr_links = switcher_links(client.get("/tr/belediyeler/kadikoy/").content.decode())
    assert tr_links == {"tr": "/tr/belediyeler/kadikoy/", "en": "/en/municipalities/kadikoy/"}

    en_links = switcher_links(client.get("/en/municipalities/kadikoy/").content.decode())
    assert en_links == {"tr": "/tr/belediyeler/kadikoy/", "en": "/en/municipalities/kadikoy/"}


def test_switcher_marks_the_current_language(client: Client, site_tree: SiteTree) -> None:
    html = client.get("/en/municipalities/kadikoy/").content.decode()
    assert 'lang="en" hreflang="en" aria-current="true">English</a>' in html
    assert (
        '<link rel="alternate" hreflang="tr" href="http://localhost/tr/belediyeler/kadikoy/">'
        in html
    )


def test_switcher_falls_back_to_the_translated_home_without_a_translation(
    client: Client, site_tree: SiteTree
) -> None:
    untranslated = MunicipalityPageFactory(parent=site_tree.index, title="Atakum Belediyesi")
    links = switcher_links(client.get(untranslated.url).content.decode())
    assert links["en"] == "/en/"


def test_switcher_never_links_to_an_unpublished_translation(
    client: Client, site_tree: SiteTree
) -> None:
    site_tree.english_of(site_tree.kadikoy).unpublish()
    links = switcher_links(client.get("/tr/belediyeler/kadikoy/").content.decode())
    assert links["en"] == "/en/"


def test_root_redirects_to_the_language_prefix(client: Client, site_tree: SiteTree) -> None:
    assert client.get("/").url == "/tr/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en").url == "/en/"


def test_main_menu_lists_live_public_menu_pages_only(client: Client, site_tree: SiteTree) -> None:
    StandardPageFactory(parent=site_tree.home, title="Hakkında", slug="hakkinda")
    StandardPageFactory(parent=site_tree.home, title="Taslak sayfa", slug="taslak", live=False)
    private = StandardPageFactory(parent=site_tree.home, title="Gizli sayfa", slug="gizli")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    StandardPageFactory(
        parent=site_tree.home, title="Gizlilik", slug="gizlilik", show_in_menus=False
    )

    html = client.get("/tr/").content.decode()
    menu = re.search(r'<nav class="main-nav".*?</nav>', html, re.S).group(0)
    footer = re.search(r'<footer class="site-footer">.*?</footer>', html, re.S).group(0)

    assert "Hakkında" in menu and "Belediyeler" in menu
    assert "Taslak sayfa" not in html
    assert "Gizli sayfa" not in html
    assert "Gizlilik" not in menu
    assert 'href="/tr/gizlilik/"' in footer  # pages outside the menu are linked from the footer


def test_menu_and_breadcrumb_mark_the_current_section(client: Client, site_tree: SiteTree) -> None:
    html = client.get("/tr/belediyeler/kadikoy/").content.decode()
    assert '<a href="/tr/belediyeler/" aria-current="true">Belediyeler</a>' in html
    breadcrumb = re.search(r'<nav class="breadcrumb".*?</nav>', html, re.S).group(0)
    assert '<a href="/tr/">' in breadcrumb
    assert '<span aria-current="page">Kadıköy Belediyesi</span>' in (breadcrumb)


def test_base_layout_has_skip_link_and_landmarks(client: Client, site_tree: SiteTree) -> None:
    html = client.get("/tr/").content.decode()
    assert '<a class="skip-link" href="#main">İçeriğe geç</a>' in html
    assert '<main id="main"' in html
    assert "<header" in html and "<footer" in html
    en_html = client.get("/en/").content.decode()
    assert '<a class="skip-link" href="#main">Skip to content</a>' in en_html


def test_sample_notice_follows_the_page_flag(client: Client, site_tree: SiteTree) -> None:
    notice = 'Örnek veri</span> / <span lang="en">Sample data</span>'
    assert notice not in client.get(site_tree.kadikoy.url).content.decode()

    site_tree.kadikoy.is_sample_data = True
    site_tree.kadikoy.save_revision().publish()

    assert notice in client.get(site_tree.kadikoy.url).content.decode()
    assert notice not in client.get(site_tree.nilufer.url).content.decode()
