"""HTTP caching (ETag, Cache-Control, Vary) and the anonymous rate limit."""

from __future__ import annotations

import pytest

from django.test import Client

from tests.scenarios.api import ApiSite, allow_requests

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]


@pytest.mark.parametrize("path", ["/api/v1/news/", "/api/v1/municipalities/?locale=en", "detail"])
def test_if_none_match_gets_a_304(client: Client, api_site: ApiSite, path: str) -> None:
    url = f"/api/v1/news/{api_site.news_item.pk}/" if path == "detail" else path
    first = client.get(url)
    assert first.status_code == 200
    etag = first["ETag"]
    assert etag.startswith('"') and etag.endswith('"')
    # Browsers keep it a minute; the front cache (portal.caching) as long as its setting says
    # (FRONT_CACHE_SECONDS, or FRONT_CACHE_QUERY_SECONDS with a query string).
    assert first["Cache-Control"].startswith("public, max-age=60, s-maxage=")
    assert "Accept-Language" in first["Vary"]

    again = client.get(url, headers={"If-None-Match": etag})
    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == etag
    assert again["Cache-Control"] == "public, max-age=60"

    other = client.get(url, headers={"If-None-Match": '"something-else"'})
    assert other.status_code == 200


def test_the_etag_changes_with_the_content(client: Client, api_site: ApiSite) -> None:
    etag = client.get("/api/v1/news/")["ETag"]
    api_site.news.publish(title="Yeni haber")
    response = client.get("/api/v1/news/", headers={"If-None-Match": etag})
    assert response.status_code == 200
    assert response["ETag"] != etag


def test_the_etag_differs_per_language(client: Client, api_site: ApiSite) -> None:
    turkish = client.get("/api/v1/municipalities/")["ETag"]
    english = client.get("/api/v1/municipalities/", headers={"Accept-Language": "en"})["ETag"]
    assert turkish != english


def test_errors_are_not_cached_publicly(client: Client, api_site: ApiSite) -> None:
    response = client.get("/api/v1/municipalities/?page=abc")
    assert response.status_code == 400
    assert "ETag" not in response
    assert "public" not in response.get("Cache-Control", "")


def test_anonymous_clients_are_throttled(client: Client, api_site: ApiSite, settings) -> None:
    allow_requests(settings, "3/min")
    statuses = [client.get("/api/v1/thematic-areas/").status_code for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    response = client.get("/api/v1/thematic-areas/")
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    assert "detail" in response.json()


def test_the_default_rate_allows_a_journalist_to_page_through(
    client: Client, api_site: ApiSite
) -> None:
    statuses = {client.get("/api/v1/news/").status_code for _ in range(60)}
    assert statuses == {200}
