"""Only responses that are the same for every anonymous visitor are marked as shareable."""

from __future__ import annotations

import pytest

from django.contrib.auth import get_user_model
from django.test import Client, override_settings

from wagtail.models import BaseViewRestriction, PageViewRestriction

from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree

pytestmark = pytest.mark.django_db


def shared_for(response) -> int | None:  # type: ignore[no-untyped-def]
    """Seconds the front cache may share the response (None: it must not)."""
    seconds = response.headers.get("X-Accel-Expires")
    if seconds is None:
        assert "private" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
        return None
    assert "public" in response["Cache-Control"]
    assert f"s-maxage={seconds}" in response["Cache-Control"]
    return int(seconds)


@pytest.fixture
def page(site_tree: SiteTree):  # type: ignore[no-untyped-def]
    return StandardPageFactory(parent=site_tree.home, title="Hakkında", slug="hakkinda")


@override_settings(FRONT_CACHE_SECONDS=300, FRONT_CACHE_QUERY_SECONDS=5)
def test_anonymous_pages_are_shared_and_query_strings_only_briefly(
    client: Client, page, site_tree: SiteTree
) -> None:
    response = client.get(page.url)
    assert response.status_code == 200
    assert shared_for(response) == 300
    assert "max-age=0" in response["Cache-Control"].replace("s-maxage", "")
    assert shared_for(client.get(f"{page.url}?utm=x")) == 5
    assert shared_for(client.get("/tr/ara/?q=Kad%C4%B1k%C3%B6y")) == 5
    assert shared_for(client.get("/tr/yok-boyle-bir-sayfa/")) == 300  # a 404 is public too
    assert shared_for(client.get("/sitemap.xml")) == 300


@override_settings(FRONT_CACHE_SECONDS=300)
def test_api_keeps_its_browser_max_age_and_gains_the_shared_one(client: Client, site_tree) -> None:
    response = client.get("/api/v1/municipalities/")
    assert response.status_code == 200
    assert shared_for(response) == 300
    assert "max-age=60" in response["Cache-Control"].replace("s-maxage=300", "")


def test_signed_in_visitors_and_session_cookies_are_never_shared(page) -> None:
    user = get_user_model().objects.create_user("okur", password="x")  # noqa: S106
    signed_in = Client(HTTP_HOST="localhost")
    signed_in.force_login(user)
    assert shared_for(signed_in.get(page.url)) is None
    with_cookie = Client(HTTP_HOST="localhost")
    with_cookie.cookies["sessionid"] = "anything"
    assert shared_for(with_cookie.get(page.url)) is None


def test_writes_admin_login_and_documents_are_never_shared(client: Client, page) -> None:
    assert shared_for(client.post(page.url)) is None
    assert shared_for(client.get("/admin/login/")) is None
    assert shared_for(client.get("/tr/_util/login/")) is None
    assert client.get("/documents/999/yok.pdf").status_code == 404
    assert shared_for(client.get("/documents/999/yok.pdf")) is None


def test_private_pages_are_never_shared(client: Client, page, site_tree: SiteTree) -> None:
    login_only = StandardPageFactory(parent=site_tree.home, title="Üyeler", slug="uyeler")
    PageViewRestriction.objects.create(page=login_only, restriction_type=BaseViewRestriction.LOGIN)
    response = client.get(login_only.url)
    assert response.status_code == 302
    assert shared_for(response) is None

    PageViewRestriction.objects.create(
        page=page,
        restriction_type=BaseViewRestriction.PASSWORD,
        password="gizli",  # noqa: S106
    )
    response = client.get(page.url)  # the password form carries this visitor's CSRF token
    assert response.status_code == 200
    assert "csrfmiddlewaretoken" in response.content.decode()
    assert shared_for(response) is None

    member = get_user_model().objects.create_user("uye", password="x")  # noqa: S106
    signed_in = Client(HTTP_HOST="localhost")
    signed_in.force_login(member)
    response = signed_in.get(login_only.url)
    assert response.status_code == 200
    assert shared_for(response) is None
