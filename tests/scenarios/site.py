"""The bilingual site tree most tests need, built once per test database.

`django_db_setup` (pytest-django's, extended here) builds it once per test database, outside any
test's transaction, so every test starts from it and rolls its own changes back; the other
fixtures read it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import StringIO

import pytest

from django.core.management import call_command
from django.test import Client

from wagtail.models import Locale, Page, Site

from plans.models import MunicipalityIndexPage, MunicipalityPage
from portal.models import HomePage
from portal.translation import publish_translation
from tests.plans.factories import MunicipalityIndexPageFactory, MunicipalityPageFactory
from tests.portal.factories import HomePageFactory


@dataclass
class SiteTree:
    """The pages most tests need, in Turkish, each with its English translation."""

    home: HomePage
    index: MunicipalityIndexPage
    kadikoy: MunicipalityPage
    nilufer: MunicipalityPage
    turkish: Locale
    english: Locale

    def english_of(self, page: Page) -> Page:
        """The page's English translation."""
        return page.get_translation(self.english).specific


def build_site_tree() -> None:
    """Home → municipality index → Kadıköy and Nilüfer, both languages, with roles set up."""
    turkish = Locale.objects.get(language_code="tr")
    english = Locale.objects.get(language_code="en")
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()  # Wagtail's placeholder page
    home = HomePageFactory(parent=root, locale=turkish)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": home},
    )
    publish_translation(
        home,
        english,
        {"title": "YEEP Monitoring Platform", "slug": "home", "intro": "Platform intro."},
    )
    index = MunicipalityIndexPageFactory(parent=home)
    publish_translation(
        index, english, {"title": "Municipalities", "slug": "municipalities", "intro": "Intro."}
    )
    for slug, title_tr, title_en, province, plate in (
        ("kadikoy", "Kadıköy Belediyesi", "Kadıköy Municipality", "İstanbul", "34"),
        ("nilufer", "Nilüfer Belediyesi", "Nilüfer Municipality", "Bursa", "16"),
    ):
        page = MunicipalityPageFactory(
            parent=index, title=title_tr, slug=slug, province=province, plate_code=plate
        )
        publish_translation(
            page,
            english,
            {"title": title_en, "slug": slug, "province": province, "summary": "Summary."},
        )
    call_command("setup_roles", stdout=StringIO())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):  # type: ignore[no-untyped-def]
    """Build the bilingual site tree once per test database; each test rolls its changes back."""
    with django_db_blocker.unblock():
        build_site_tree()


@pytest.fixture
def english(db) -> Locale:  # type: ignore[no-untyped-def]
    """The English locale (created by the portal's data migration)."""
    return Locale.objects.get(language_code="en")


@pytest.fixture
def turkish(db) -> Locale:  # type: ignore[no-untyped-def]
    """The Turkish source locale."""
    return Locale.objects.get(language_code="tr")


@pytest.fixture
def home(turkish: Locale) -> HomePage:
    """The Turkish home page at the default site's root (it has an English translation)."""
    return HomePage.objects.get(locale=turkish, depth=2)


def read_site_tree(
    home: HomePage | None = None, turkish: Locale | None = None, english: Locale | None = None
) -> SiteTree:
    """The session's site tree, read back from the database (around the given objects)."""
    turkish = turkish or Locale.objects.get(language_code="tr")
    home = home or HomePage.objects.get(locale=turkish, depth=2)
    index = MunicipalityIndexPage.objects.child_of(home).get()
    municipalities = MunicipalityPage.objects.child_of(index)
    return SiteTree(
        home=home,
        index=index,
        kadikoy=municipalities.get(slug="kadikoy"),
        nilufer=municipalities.get(slug="nilufer"),
        turkish=turkish,
        english=english or Locale.objects.get(language_code="en"),
    )


@pytest.fixture
def site_tree(home: HomePage, turkish: Locale, english: Locale) -> SiteTree:
    """The session's site tree, read back for this test."""
    return read_site_tree(home, turkish, english)


def html_of(client: Client, where: str | Page) -> str:
    """The HTML of a page, by URL or page, asserting that it answered 200."""
    url = where if isinstance(where, str) else where.url
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


@pytest.fixture
def client() -> Client:
    """A test client whose host matches the default site."""
    return Client(HTTP_HOST="localhost")
