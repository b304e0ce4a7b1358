"""What search engines read: a description on every page, one title, favicons, and links on the
site's real address (portal/seo.py, templates/base.html, deploy/site_root.py)."""

from __future__ import annotations

import importlib.util
import re
from io import StringIO
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.staticfiles import finders
from django.template import Context, Template
from django.test import Client, RequestFactory

from wagtail.models import Site

from portal.models import StandardPage, public_pages
from portal.seo import DESCRIPTION_LENGTH, page_description, shorten
from portal.translation import publish_translation
from tests.portal.factories import StandardPageFactory
from tests.scenarios.api import ApiSite
from tests.scenarios.site import SiteTree, html_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

spec = importlib.util.spec_from_file_location(
    "site_root", Path(settings.BASE_DIR) / "deploy" / "site_root.py"
)
site_root = importlib.util.module_from_spec(spec)
spec.loader.exec_module(site_root)


def meta(html: str, name: str) -> str | None:
    """The content of a <meta name=…> or <meta property=…> tag, None when there is none."""
    found = re.search(rf'<meta (?:name|property)="{re.escape(name)}" content="([^"]*)"', html)
    return found.group(1) if found else None


def title_of(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


# --- Descriptions -------------------------------------------------------------------------------


def test_shorten_cuts_at_a_word_boundary_with_an_ellipsis() -> None:
    assert shorten("  Kısa\n\tbir   metin. ") == "Kısa bir metin."
    text = "Eşitlik " * 40
    short = shorten(text)
    assert len(short) <= DESCRIPTION_LENGTH
    assert short.endswith("Eşitlik…")
    assert shorten("a" * 200).endswith("…")
    assert len(shorten("a" * 200)) == DESCRIPTION_LENGTH
    assert shorten("Bir, iki, üç dört.", limit=10) == "Bir, iki…"  # no comma before "…"
    exact = "x" * DESCRIPTION_LENGTH
    assert shorten(exact) == exact


def test_description_prefers_search_description_then_intro_then_body(
    site_tree: SiteTree,
) -> None:
    page = StandardPageFactory(
        parent=site_tree.home,
        intro="Giriş metni.",
        body=[{"type": "paragraph", "value": "<p>Gövde <b>metni</b>.</p>"}],
    )
    assert page_description(page) == "Giriş metni."
    page.search_description = "Arama motorları için özet."
    assert page_description(page) == "Arama motorları için özet."
    page.search_description = page.intro = ""
    assert page_description(page) == "Gövde metni."  # rich text as plain text
    page.body = []
    assert page_description(page) == (
        f"Standart sayfa: {page.title}. YEEP İzleme Platformu'nda yayımlanan sayfa."
    )


def test_description_skips_short_fields(site_tree: SiteTree) -> None:
    """A municipality without introduction is described by its summary, not by its province (a
    short field listed before it among the search fields)."""
    english = site_tree.english_of(site_tree.kadikoy)
    assert english.intro == ""
    assert page_description(english) == "Summary."


def test_every_public_page_has_a_description_and_a_card(client: Client, api_site: ApiSite) -> None:
    pages = public_pages().filter(depth__gt=1).specific()
    assert {type(page).__name__ for page in pages} >= {
        "HomePage",
        "MunicipalityPage",
        "PlanPage",
        "ActionPage",
        "AssessmentPage",
        "IndicatorPage",
        "NewsPage",
        "EventPage",
        "StoryPage",
        "ReportPage",
    }
    for page in pages:
        html = html_of(client, page)
        description = meta(html, "description")
        assert description, page.url
        assert len(description) <= DESCRIPTION_LENGTH, page.url
        assert meta(html, "og:description") == description, page.url
        assert meta(html, "og:image").startswith("http://localhost/social-cards/"), page.url
        assert "noindex" not in html, page.url


def test_a_view_may_give_its_own_description(rf: RequestFactory, site_tree: SiteTree) -> None:
    template = Template("{% load seo_tags %}{% meta_description %}")
    context = {"page": site_tree.kadikoy, "meta_description": " Karşılaştırma   sayfası. "}
    assert template.render(Context(context)) == "Karşılaştırma sayfası."
    assert template.render(Context({})) == ""


def test_views_without_a_page_are_not_indexed(client: Client, site_tree: SiteTree) -> None:
    for url, status in (("/tr/ara/?q=eşitlik", 200), ("/tr/yok-boyle-bir-sayfa/", 404)):
        response = client.get(url)
        assert response.status_code == status
        html = response.content.decode()
        assert meta(html, "robots") == "noindex", url
        assert meta(html, "description") is None, url


# --- Titles -------------------------------------------------------------------------------------


def test_the_platform_name_is_not_doubled_on_the_home_page(
    client: Client, site_tree: SiteTree
) -> None:
    assert title_of(html_of(client, "/tr/")) == "YEEP İzleme Platformu"
    assert title_of(html_of(client, "/en/")) == "YEEP Monitoring Platform"
    kadikoy = html_of(client, "/tr/belediyeler/kadikoy/")
    assert title_of(kadikoy) == "Kadıköy Belediyesi · YEEP İzleme Platformu"
    english = html_of(client, "/en/municipalities/kadikoy/")
    assert title_of(english) == "Kadıköy Municipality · YEEP Monitoring Platform"
    assert title_of(client.get("/tr/yok/").content.decode()) == (
        "Sayfa bulunamadı · YEEP İzleme Platformu"
    )


def test_seo_title_is_used(client: Client, site_tree: SiteTree) -> None:
    page = StandardPageFactory(parent=site_tree.home, slug="yontem", seo_title="İzleme yöntemi")
    html = html_of(client, page)
    assert title_of(html) == "İzleme yöntemi · YEEP İzleme Platformu"
    assert meta(html, "og:title") == "İzleme yöntemi"


# --- Favicons -----------------------------------------------------------------------------------


def test_favicons_are_linked_and_served(client: Client, site_tree: SiteTree) -> None:
    html = html_of(client, "/tr/")
    for name in ("favicon-32.png", "favicon.svg", "apple-touch-icon.png"):
        assert f'href="/static/img/{name}"' in html
        assert finders.find(f"img/{name}"), name
    assert '<link rel="apple-touch-icon"' in html
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"] == "/static/img/favicon.ico"
    assert finders.find("img/favicon.ico")


# --- The site's address -------------------------------------------------------------------------


def test_site_address_of_a_url() -> None:
    assert site_root.site_address("http://127.0.0.1:8000") == ("127.0.0.1", 8000)
    assert site_root.site_address("https://yeep.example.org/") == ("yeep.example.org", 443)
    assert site_root.site_address("http://localhost") == ("localhost", 80)
    with pytest.raises(SystemExit):
        site_root.site_address("127.0.0.1:8000")


def test_links_name_the_site_address(client: Client, site_tree: SiteTree) -> None:
    """As `make run` sets it (deploy/site_root.py from SITE_URL=http://HOST:PORT): canonical,
    Open Graph, hreflang-free links of the head, sitemap and feeds name the served address."""
    site_root.point_default_site("http://127.0.0.1:8000")
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("127.0.0.1", 8000)
    client = Client(HTTP_HOST="127.0.0.1:8000")
    html = html_of(client, "/tr/belediyeler/kadikoy/")
    assert '<link rel="canonical" href="http://127.0.0.1:8000/tr/belediyeler/kadikoy/">' in html
    assert meta(html, "og:url") == "http://127.0.0.1:8000/tr/belediyeler/kadikoy/"
    assert meta(html, "og:image").startswith("http://127.0.0.1:8000/social-cards/")
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://127.0.0.1:8000/tr/belediyeler/kadikoy/</loc>" in sitemap
    assert "localhost" not in sitemap


def test_setup_demo_keeps_the_site_address(site_tree: SiteTree) -> None:
    """deploy/site_root.py runs after setup_demo; running setup_demo again must not undo it (the
    demo builder names a site localhost:80 only when it creates it)."""
    from demo.builders.site import DemoSiteBuilder

    site_root.point_default_site("http://127.0.0.1:8000")
    DemoSiteBuilder(StringIO(), "admin-password", "demo-password").home_page()
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_page_id) == ("127.0.0.1", 8000, site_tree.home.pk)


def test_translated_page_description_is_its_own(client: Client, site_tree: SiteTree) -> None:
    page = StandardPageFactory(parent=site_tree.home, slug="hakkinda", intro="Türkçe giriş.")
    english = publish_translation(
        page, site_tree.english, {"title": "About", "slug": "about", "intro": "English intro."}
    )
    assert meta(html_of(client, page), "description") == "Türkçe giriş."
    assert meta(html_of(client, english), "description") == "English intro."


def test_preview_of_a_new_page_renders(site_tree: SiteTree) -> None:
    """The admin previews a page before it is saved: no id, so no card yet."""
    page = StandardPage(title="Yeni sayfa", slug="yeni", intro="Taslak giriş.")
    site_tree.home.add_child(instance=page)
    page.pk = page.id = None  # as the admin's "add page" preview: never saved
    response = page.make_preview_request()
    html = response.content.decode()
    assert response.status_code == 200
    assert meta(html, "description") == "Taslak giriş."
    assert meta(html, "og:image") is None
