"""Search, sitemap.xml, robots.txt and social meta: public, bilingual, and without leaks."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from portal.translation import publish_translation
from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def paragraph_page(site_tree: SiteTree, slug: str, text: str, **kwargs: object):  # type: ignore[no-untyped-def]
    return StandardPageFactory(
        parent=site_tree.home,
        title=f"Sayfa {slug}",
        slug=slug,
        body=[{"type": "paragraph", "value": f"<p>{text}</p>"}],
        **kwargs,
    )


def result_titles(client: Client, url: str) -> list[str]:
    html = client.get(url).content.decode()
    listing = re.search(r'<ol class="search-results"[^>]*>(.*?)</ol>', html, re.S)
    return re.findall(r'<a href="[^"]+">([^<]+)</a>', listing.group(1)) if listing else []


@pytest.mark.search_index
def test_search_folds_turkish_case(client: Client, site_tree: SiteTree) -> None:
    paragraph_page(site_tree, "esitlik", "Toplumsal cinsiyet eşitliği ve eşitlik ilkesi.")
    for query in ("EŞİTLİK", "eşitlik", "Eşitlik"):
        assert "Sayfa esitlik" in result_titles(client, f"/tr/ara/?q={query}"), query


@pytest.mark.search_index
def test_search_never_returns_drafts_or_private_pages(client: Client, site_tree: SiteTree) -> None:
    paragraph_page(site_tree, "yayinda", "Gizlilikyok kelimesi yayında.")
    paragraph_page(site_tree, "taslak", "Gizlilikyok kelimesi taslakta.", live=False)
    private = paragraph_page(site_tree, "ozel", "Gizlilikyok kelimesi özel sayfada.")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    live = paragraph_page(site_tree, "sonraki", "Gizlilikyok ilk sürüm.")
    live.title = "Yayımlanmamış başlık"
    live.save_revision()

    titles = result_titles(client, "/tr/ara/?q=gizlilikyok")
    assert "Sayfa yayinda" in titles
    assert "Sayfa taslak" not in titles
    assert "Sayfa ozel" not in titles
    assert "Yayımlanmamış başlık" not in client.get("/tr/ara/?q=gizlilikyok").content.decode()


@pytest.mark.search_index
def test_search_filters_by_type_and_language(client: Client, site_tree: SiteTree) -> None:
    page = paragraph_page(site_tree, "kadikoy-metni", "Kadıköy hakkında bir metin.")
    publish_translation(page, site_tree.english, {"title": "Page about Kadikoy", "slug": "k"})
    assert result_titles(client, "/tr/ara/?q=Kadıköy&tur=belediye") == ["Kadıköy Belediyesi"]
    assert "Sayfa kadikoy-metni" in result_titles(client, "/tr/ara/?q=Kadıköy&tur=sayfa")
    english = result_titles(client, "/en/search/?q=Kadikoy")
    assert all("Sayfa" not in title for title in english)


def test_search_bad_input_is_harmless(client: Client, site_tree: SiteTree) -> None:
    for url in (
        "/tr/ara/?q=eşitlik&tur=yok",
        "/tr/ara/?q=eşitlik&sayfa=abc",
        "/tr/ara/?q=eşitlik&sayfa=99999",
        "/tr/ara/?q=" + "a" * 5000,
        "/tr/ara/?q=<script>alert(1)</script>",
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "<script>alert(1)</script>" not in response.content.decode()
    assert "Bilinmeyen içerik türü" in client.get("/tr/ara/?q=x&tur=yok").content.decode()


def test_sitemap_lists_both_languages_with_alternates(client: Client, site_tree: SiteTree) -> None:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    urls = {
        url.find(f"{SITEMAP}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{XHTML}link")
        }
        for url in root.findall(f"{SITEMAP}url")
    }
    assert "http://localhost/tr/belediyeler/kadikoy/" in urls
    assert "http://localhost/en/municipalities/kadikoy/" in urls
    assert urls["http://localhost/en/municipalities/kadikoy/"] == {
        "tr": "http://localhost/tr/belediyeler/kadikoy/",
        "en": "http://localhost/en/municipalities/kadikoy/",
        "x-default": "http://localhost/tr/belediyeler/kadikoy/",
    }


def test_sitemap_leaves_out_drafts_and_private_pages(client: Client, site_tree: SiteTree) -> None:
    paragraph_page(site_tree, "taslak", "x", live=False)
    private = paragraph_page(site_tree, "ozel", "x")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    body = client.get("/sitemap.xml").content.decode()
    assert "/tr/taslak/" not in body
    assert "/tr/ozel/" not in body
    assert "/tr/belediyeler/" in body


def test_robots_txt_points_at_the_sitemap(client: Client, site_tree: SiteTree) -> None:
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert "Disallow: /admin/" in text
    assert "Sitemap: http://localhost/sitemap.xml" in text


def test_pages_carry_social_and_canonical_meta(client: Client, site_tree: SiteTree) -> None:
    html = client.get("/en/municipalities/kadikoy/").content.decode()
    assert '<meta property="og:title" content="Kadıköy Municipality">' in html
    assert '<meta property="og:url" content="http://localhost/en/municipalities/kadikoy/">' in html
    assert '<meta property="og:locale" content="en_GB">' in html
    assert '<link rel="canonical" href="http://localhost/en/municipalities/kadikoy/">' in html
    assert '<meta property="og:locale" content="tr_TR">' in client.get("/tr/").content.decode()
