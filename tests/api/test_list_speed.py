"""What keeps the page-numbered lists fast at national scale, and correct: the count is made once
per content generation and query, a lagging count hides no row, lists read their page type by
content type, and references' URLs are the ones Wagtail gives."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Page

from api.base.page_urls import PageUrls
from api.base.public import REF_FIELDS
from portal.caching import bump_content_generation
from tests.plans.factories import MunicipalityPageFactory, PlanPageFactory
from tests.scenarios.api import ApiSite, get_json
from tests.scenarios.monitoring import make_assessment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

MUNICIPALITIES = "/api/v1/municipalities/"


def counts_made(client: Client, url: str) -> int:
    """The COUNT queries of one GET of `url`."""
    with CaptureQueriesContext(connection) as captured:
        get_json(client, url)
    return sum("COUNT(" in query["sql"].upper() for query in captured)


def test_a_count_is_made_once_per_query_and_content_generation(
    client: Client, api_site: ApiSite
) -> None:
    assert counts_made(client, MUNICIPALITIES) == 1
    assert counts_made(client, MUNICIPALITIES) == 0
    assert counts_made(client, f"{MUNICIPALITIES}?ordering=-title") == 0  # order is no filter
    assert counts_made(client, f"{MUNICIPALITIES}?kind=district") == 1
    assert counts_made(client, f"{MUNICIPALITIES}?locale=en") == 1

    MunicipalityPageFactory(parent=api_site.kadikoy.get_parent(), title="Yeni Belediyesi")
    bump_content_generation()  # as publishing does once its transaction commits
    assert counts_made(client, MUNICIPALITIES) == 1
    assert get_json(client, MUNICIPALITIES)["count"] == 3


def test_a_lagging_count_hides_no_row(client: Client, api_site: ApiSite) -> None:
    """Between a commit and the new content generation the count may be one publication
    behind; the rows on the page are read from the database all the same."""
    assert get_json(client, MUNICIPALITIES)["count"] == 2
    MunicipalityPageFactory(parent=api_site.kadikoy.get_parent(), title="Yeni Belediyesi")
    titles = [item["title"] for item in get_json(client, MUNICIPALITIES)["results"]]
    assert "Yeni Belediyesi" in titles


@pytest.mark.parametrize("endpoint", ["municipalities", "plans", "actions", "assessments"])
def test_page_lists_read_their_page_type_by_content_type(
    client: Client, api_site: ApiSite, endpoint: str
) -> None:
    """The hint that keeps PostgreSQL from reading every page of the site (api.base.page_types)."""
    with CaptureQueriesContext(connection) as captured:
        get_json(client, f"/api/v1/{endpoint}/")
    listing = [query["sql"] for query in captured if "LIMIT" in query["sql"]]
    assert listing and "content_type_id" in listing[0], endpoint


def test_assessments_come_in_tree_order_or_by_period(client: Client, api_site: ApiSite) -> None:
    monitoring = api_site.monitoring
    earlier = monitoring.periods[0]
    nilufer_plan = PlanPageFactory(parent=monitoring.tree.nilufer, slug="nilufer-plani")
    nilufer = make_assessment(nilufer_plan, earlier, rows=[], values=[])
    latest = make_assessment(monitoring.plan, monitoring.add_period(9), rows=[], values=[])
    ids = [item["id"] for item in get_json(client, "/api/v1/assessments/")["results"]]
    paths = dict(Page.objects.filter(pk__in=ids).values_list("pk", "path"))
    assert ids == sorted(ids, key=paths.__getitem__)
    assert ids[-1] == nilufer.pk  # Nilüfer comes after Kadıköy in the tree
    by_period = get_json(client, "/api/v1/assessments/?ordering=-period")["results"]
    assert by_period[0]["id"] == latest.pk
    assert by_period[-1]["period"]["id"] == earlier.pk


@pytest.fixture
def turkish_slug(api_site: ApiSite) -> Iterator[Page]:
    """A page whose slug has Turkish letters, which URLs carry percent-encoded."""
    yield MunicipalityPageFactory(
        parent=api_site.kadikoy.get_parent(), title="Çağlayancerit", slug="çağlayancerit"
    )


@pytest.mark.parametrize("language", ["tr", "en"])
def test_reference_urls_are_wagtails(api_site: ApiSite, turkish_slug: Page, language: str) -> None:
    """api.base.page_urls builds the URL Page.get_full_url() gives, for every page."""
    request = RequestFactory().get("/api/v1/", HTTP_HOST="localhost")
    with translation.override(language):
        urls = PageUrls(request)
        pages = list(Page.objects.all())
        assert len(pages) > 20
        for page in pages:
            assert urls.full_url(page) == page.get_full_url(request), page.url_path
        rows = {row.id: row for row in Page.objects.values_list(*REF_FIELDS, named=True)}
        for page in pages:  # the rows references are read as (api.base.public.PageRefs)
            assert urls.full_url(rows[page.pk]) == page.get_full_url(request), page.url_path
    assert "%C3%A7a%C4%9F" in PageUrls(request).full_url(turkish_slug)
