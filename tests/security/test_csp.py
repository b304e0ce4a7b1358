"""Content-Security-Policy: every public page kind is sent a policy without 'unsafe-inline' or
'unsafe-eval' and renders no inline script, style or event handler; the admin and the API docs
have their own policy; only the indicator embeds may be framed by other sites."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

import pytest

from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import Client, override_settings

from wagtail.embeds.finders import get_finders
from wagtail.models import Page

from portal.settings.csp import EMBED_FRAME_ORIGINS, origin_of, policies
from tests.events.factories import EventIndexPageFactory, EventPageFactory
from tests.guide.factories import GuideChapterPageFactory, GuidePageFactory
from tests.news.factories import NewsIndexPageFactory, NewsPageFactory
from tests.portal.factories import StandardPageFactory
from tests.reports.factories import ReportIndexPageFactory, ReportPageFactory
from tests.scenarios.monitoring import Monitoring
from tests.scenarios.site import SiteTree
from tests.stories.factories import StoryIndexPageFactory, StoryPageFactory
from tests.training.factories import (
    TrainingIndexPageFactory,
    TrainingModulePageFactory,
    TrainingProgrammePageFactory,
)

pytestmark = pytest.mark.django_db

BASE_DIR = Path(settings.BASE_DIR)
#: Rendered by WeasyPrint into PDFs, never sent to a browser as HTML: CSP does not apply.
PDF_TEMPLATES = {"training/certificate.html", "reports/municipality_report_pdf.html"}
#: <script> types that are data, which CSP does not execute.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json"}


def directives(response: HttpResponse) -> dict[str, list[str]]:
    """The Content-Security-Policy header as {directive: [sources]}."""
    parsed = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *sources = part.split()
        parsed[name] = sources
    return parsed


class InlineCodeFinder(HTMLParser):
    """Collects what a policy without 'unsafe-inline' blocks: inline <script> and <style>
    elements, style="" and on*="" attributes, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        line = self.getpos()[0]
        values = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"line {line}: <{tag} {name}=...> event handler")
            elif name == "style":
                self.found.append(f"line {line}: <{tag} style=...>")
            elif (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"line {line}: <{tag} {name}=javascript:...>")
        if tag == "script" and "src" not in values and values.get("type") not in DATA_SCRIPT_TYPES:
            self.found.append(f"line {line}: inline <script>")
        if tag == "style":
            self.found.append(f"line {line}: inline <style>")


def inline_code(html: str) -> list[str]:
    """What in this HTML a strict policy would block."""
    finder = InlineCodeFinder()
    finder.feed(html)
    finder.close()
    return finder.found


@dataclass
class PublicPages:
    """One live page of every public kind, and the URLs of routes that are not pages."""

    pages: list[Page]
    routes: list[str]


@pytest.fixture
def public_pages(site_tree: SiteTree, monitoring: Monitoring) -> PublicPages:
    """A page of each kind under the test site's home."""
    home = site_tree.home
    news = NewsIndexPageFactory(parent=home)
    stories = StoryIndexPageFactory(parent=home)
    events = EventIndexPageFactory(parent=home)
    guide = GuidePageFactory(parent=home)
    reports = ReportIndexPageFactory(parent=home)
    training = TrainingIndexPageFactory(parent=home)
    programme = TrainingProgrammePageFactory(parent=training)
    indicator = monitoring.indicator
    pages = [
        home,
        site_tree.english_of(home),
        site_tree.index,
        site_tree.kadikoy,
        site_tree.english_of(site_tree.kadikoy),
        monitoring.plan,
        monitoring.actions[0],
        monitoring.assessments[0],
        indicator.get_parent(),
        indicator,
        news,
        NewsPageFactory(parent=news),
        stories,
        StoryPageFactory(parent=stories),
        events,
        EventPageFactory(parent=events),
        guide,
        GuideChapterPageFactory(parent=guide),
        reports,
        ReportPageFactory(parent=reports),
        training,
        programme,
        TrainingModulePageFactory(parent=programme),
        StandardPageFactory(parent=home),
    ]
    routes = [
        f"{indicator.url}karsilastirma/",
        f"{guide.url}tamami/",
        "/tr/ara/?q=kre%C5%9F",
        "/tr/_util/login/",
        "/tr/sayfa-yok/",  # the 404 page
    ]
    return PublicPages(pages, routes)


def test_every_public_page_kind_has_a_strict_policy_and_no_inline_code(
    client: Client, public_pages: PublicPages
) -> None:
    urls = [page.url for page in public_pages.pages] + public_pages.routes
    checked = 0
    for url in urls:
        response = client.get(url)
        assert response.status_code == (404 if url == "/tr/sayfa-yok/" else 200), url
        policy = directives(response)
        assert policy["script-src"] == ["'self'"], url
        assert policy["style-src"] == ["'self'"], url
        assert "unsafe" not in response["Content-Security-Policy"], url
        assert policy["object-src"] == ["'none'"], url
        assert policy["frame-ancestors"] == ["'self'"], url
        assert inline_code(response.content.decode()) == [], url
        checked += 1
    assert checked == 29


def test_the_editors_toolbar_on_public_pages_needs_no_inline_code(
    site_tree: SiteTree,
) -> None:
    client = Client()
    client.force_login(get_user_model().objects.create_superuser("csp-admin", password="x" * 12))

    response = client.get(site_tree.kadikoy.url)

    assert "wagtail-userbar" in response.content.decode()
    assert directives(response)["script-src"] == ["'self'"]
    assert inline_code(response.content.decode()) == []


def test_api_and_feeds_carry_the_public_policy(client: Client, site_tree: SiteTree) -> None:
    for url in ("/api/v1/municipalities/", "/sitemap.xml", "/robots.txt"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert directives(response)["script-src"] == ["'self'"], url


def test_the_admin_has_its_own_relaxed_policy(client: Client) -> None:
    login = client.get("/admin/login/")
    client.force_login(get_user_model().objects.create_superuser("csp-admin", password="x" * 12))
    dashboard = client.get("/admin/")

    for response in (login, dashboard):
        assert response.status_code == 200
        policy = directives(response)
        assert policy["script-src"] == ["'self'", "'unsafe-inline'", "'unsafe-eval'"]
        assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["frame-ancestors"] == ["'self'"]


def test_the_api_docs_allow_swagger_ui_inline_code_only_there(client: Client) -> None:
    docs = client.get("/api/docs/")
    schema = client.get("/api/schema/")

    assert docs.status_code == 200
    assert "'unsafe-inline'" in directives(docs)["script-src"]
    assert "'unsafe-eval'" not in docs["Content-Security-Policy"]
    assert directives(schema)["script-src"] == ["'self'"]


def test_only_the_indicator_embed_may_be_framed_by_other_sites(
    client: Client, monitoring: Monitoring
) -> None:
    embed = client.get(f"{monitoring.indicator.url}gomme/kadikoy/")
    page = client.get(monitoring.indicator.url)

    assert embed.status_code == 200
    assert directives(embed)["frame-ancestors"] == ["*"]
    assert "X-Frame-Options" not in embed
    # The rest of the embed's policy is the site's.
    assert directives(embed)["script-src"] == ["'self'"]
    assert inline_code(embed.content.decode()) == []
    assert directives(page)["frame-ancestors"] == ["'self'"]
    assert page["X-Frame-Options"] == "DENY"


def test_a_tile_server_is_allowed_to_serve_map_images(client: Client, site_tree: SiteTree) -> None:
    tiles = "https://{s}.tile.example.org/{z}/{x}/{y}.png"
    policy, areas = policies(map_tile_url=tiles, media_url="/media/")

    with override_settings(
        MAP_TILE_URL=tiles, CONTENT_SECURITY_POLICY=policy, CSP_AREA_POLICIES=areas
    ):
        response = client.get(site_tree.index.url)

    assert directives(response)["img-src"] == ["'self'", "https://*.tile.example.org"]
    assert "https://*.tile.example.org" in dict(areas)["/admin/"]["img-src"]
    assert (
        "https://*.tile.example.org"
        not in settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"]
    )  # no tile server configured: no third party at all


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        ("https://{s}.tile.example.org/{z}/{x}/{y}.png", "https://*.tile.example.org"),
        ("https://tiles.example.org:8443/{z}/{x}/{y}.png", "https://tiles.example.org:8443"),
        ("https://tile-{s}.maps.example.org/{z}.png", "https://*.maps.example.org"),
        ("http://cdn.example.org/media/", "http://cdn.example.org"),
        ("/media/", None),
        ("", None),
        ("javascript:alert(1)", None),
    ],
)
def test_origin_of_urls_and_tile_templates(url: str, origin: str | None) -> None:
    assert origin_of(url) == origin


def test_media_on_another_origin_is_allowed_for_images_and_video() -> None:
    policy, _ = policies(map_tile_url="", media_url="https://media.example.org/yeep/")

    assert policy["DIRECTIVES"]["img-src"] == ["'self'", "https://media.example.org"]
    assert policy["DIRECTIVES"]["media-src"] == ["'self'", "https://media.example.org"]


def test_video_embeds_are_limited_to_the_framable_providers() -> None:
    [finder] = get_finders()
    frame_src = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["frame-src"]

    assert finder.accept("https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    assert finder.accept("https://vimeo.com/76979871")
    assert not finder.accept("https://www.slideshare.net/deck/123")
    assert not finder.accept("https://twitter.com/x/status/1")
    assert set(EMBED_FRAME_ORIGINS) <= set(frame_src)
    assert settings.WAGTAILEMBEDS_RESPONSIVE_HTML is False  # it would add style="" attributes


def template_source(path: Path) -> str:
    """A template with comments removed and template tags and variables replaced by a word, so
    that an HTML parser sees the markup a browser would get."""
    source = path.read_text(encoding="utf-8")
    source = re.sub(r"{% comment %}.*?{% endcomment %}", "", source, flags=re.DOTALL)
    source = re.sub(r"{#.*?#}", "", source, flags=re.DOTALL)
    return re.sub(r"{[{%].*?[%}]}", "x", source, flags=re.DOTALL)


def test_no_template_has_inline_script_style_or_event_handler() -> None:
    templates = sorted((BASE_DIR / "templates").rglob("*.html"))
    found = {
        str(path.relative_to(BASE_DIR)): problems
        for path in templates
        if str(path.relative_to(BASE_DIR / "templates")) not in PDF_TEMPLATES
        and (problems := inline_code(template_source(path)))
    }

    assert len(templates) > 50
    assert found == {}


def test_the_scan_would_see_inline_code() -> None:
    html = (
        '<p style="color:red" onclick="x()">a</p><script>alert(1)</script><style>p{}</style>'
        '<a href="javascript:x()">b</a><script type="application/json">{}</script>'
        '<script src="/static/js/a.js"></script>'
    )

    assert len(inline_code(html)) == 5


def test_site_scripts_build_no_inline_code() -> None:
    pattern = re.compile(
        r"\beval\(|new Function\(|setAttribute\(\s*['\"](?:style|on\w+)['\"]|\.innerHTML\s*=|"
        r"\.on\w+\s*=\s*['\"]"
    )
    offending = {
        str(path.relative_to(BASE_DIR)): pattern.findall(path.read_text(encoding="utf-8"))
        for path in (BASE_DIR / "static" / "js").rglob("*.js")
    }

    assert offending and all(found == [] for found in offending.values()), offending
