"""Wagtail API v2 (/api/v2/): live public pages, and only the media they use, for everyone."""

from __future__ import annotations

import json

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from tests.portal.factories import StandardPageFactory
from tests.scenarios.site import SiteTree
from tests.scenarios.training import TrainingSite
from tests.training.factories import DocumentFactory, EnrollmentFactory, UserFactory

pytestmark = pytest.mark.django_db


def titles(client: Client, url: str) -> set[str]:
    response = client.get(url)
    assert response.status_code == 200, response.content
    return {item.get("title", "") for item in json.loads(response.content)["items"]}


def test_pages_endpoint_lists_live_public_pages_only(client: Client, site_tree: SiteTree) -> None:
    StandardPageFactory(parent=site_tree.home, title="Yayında sayfa", slug="yayinda")
    StandardPageFactory(parent=site_tree.home, title="GİZLİ taslak", slug="taslak", live=False)
    private = StandardPageFactory(parent=site_tree.home, title="GİZLİ özel", slug="ozel")
    PageViewRestriction.objects.create(page=private, restriction_type="login")

    listed = titles(client, "/api/v2/pages/?limit=50")

    assert "Yayında sayfa" in listed
    assert "Kadıköy Municipality" in listed  # both language trees
    assert not any("GİZLİ" in title for title in listed)
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404


def test_private_pages_stay_hidden_even_for_a_participant(training: TrainingSite) -> None:
    user = UserFactory()
    EnrollmentFactory(programme=training.a.page, user=user)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    listed = titles(client, "/api/v2/pages/?limit=50")

    assert "Açık modül A" in listed
    assert "Özel modül A" not in listed


@pytest.mark.reference_index
def test_documents_endpoint_lists_only_public_documents_in_use(
    client: Client, training: TrainingSite
) -> None:
    unused = DocumentFactory(title="Kullanılmayan taslak belge")

    listed = titles(client, "/api/v2/documents/?limit=50")

    assert "Açık materyal A" in listed
    assert "Özel materyal A" not in listed  # restricted collection, although used
    assert unused.title not in listed
    assert client.get(f"/api/v2/documents/{training.a.private_document.pk}/").status_code == 404


def test_api_answers_cross_origin_reads_only(client: Client, site_tree: SiteTree) -> None:
    response = client.get("/api/v2/pages/", HTTP_ORIGIN="https://example.org")
    preflight = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    page = client.get("/tr/", HTTP_ORIGIN="https://example.org")

    assert response["Access-Control-Allow-Origin"] == "*"
    assert "POST" not in preflight.get("Access-Control-Allow-Methods", "")
    assert "Access-Control-Allow-Origin" not in page


def test_missing_api_objects_and_documents_answer_404_not_a_redirect(
    client: Client, site_tree: SiteTree
) -> None:
    for url in ("/api/v2/pages/999999/", "/documents/999999/yok.pdf"):
        assert client.get(url).status_code == 404, url
    # Pages without a language prefix are still sent to the visitor's language.
    assert client.get("/belediyeler/")["Location"] == "/tr/belediyeler/"


@pytest.mark.parametrize("path", ["/api/v2/yok/", "/api/v2/pages/yok/ek/", "/api/v2/"])
def test_unknown_pages_api_paths_answer_a_json_404(client: Client, path: str) -> None:
    response = client.get(path)

    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert "detail" in json.loads(response.content)
