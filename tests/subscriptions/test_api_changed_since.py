"""`?changed_since=` on the API's lists: only what was (re)published since then; a bad value is a
400 naming the parameter; the schema documents it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import yaml

from django.test import Client

from wagtail.models import Page

from plans.models import AssessmentPage
from tests.scenarios.api import ENDPOINTS, ApiSite, get_json

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("shared_scenarios")]

#: Lists of objects without a publication date (snippets) do not offer the parameter.
UNDATED = {"monitoring-periods", "thematic-areas"}
DATED = [name for name in ENDPOINTS if name not in UNDATED]

OLD = datetime(2025, 1, 1, tzinfo=UTC)
NEW = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def rows_since(client: Client, endpoint: str, since: str) -> int:
    """How many rows `endpoint` lists changed since `since`: its count, or for the list paged by
    cursor (indicator values, which has no count) the rows of its one page of 100."""
    body = get_json(client, f"/api/v1/{endpoint}/?changed_since={since}&page_size=100")
    if "count" in body:
        return body["count"]
    assert body["next"] is None, endpoint
    return len(body["results"])


@pytest.mark.parametrize("endpoint", DATED)
@pytest.mark.parametrize("value", ["garbage", "2026-13-01", "01.03.2026", "2026-03-01T25:00", ""])
def test_a_bad_value_is_a_400_naming_the_parameter(
    client: Client, api_site: ApiSite, endpoint: str, value: str
) -> None:
    body = get_json(client, f"/api/v1/{endpoint}/?changed_since={value}", status=400)
    assert "changed_since" in body


def test_only_what_was_published_since(client: Client, api_site: ApiSite) -> None:
    Page.objects.update(last_published_at=OLD)
    Page.objects.filter(pk=api_site.news_item.pk).update(last_published_at=NEW)
    for endpoint in DATED:
        assert rows_since(client, endpoint, "2024-12-31") > 0, endpoint
        assert rows_since(client, endpoint, "2026-02-01") == (endpoint == "news"), endpoint
    news = get_json(client, "/api/v1/news/?changed_since=2026-03-01T12:00:00%2B03:00")
    assert [item["id"] for item in news["results"]] == [api_site.news_item.pk]
    later = get_json(client, "/api/v1/news/?changed_since=2026-03-01T09:00:01Z")
    assert later["count"] == 0


def test_rows_follow_their_assessment(client: Client, api_site: ApiSite) -> None:
    Page.objects.update(last_published_at=OLD)
    assert rows_since(client, "indicator-values", "2026-01-01") == 0
    AssessmentPage.objects.update(last_published_at=NEW)
    assert rows_since(client, "indicator-values", "2026-01-01") == 3


def test_the_schema_documents_it(client: Client, api_site: ApiSite) -> None:
    schema = yaml.safe_load(client.get("/api/schema/").content)
    for endpoint in DATED:
        parameters = {
            p["name"]: p for p in schema["paths"][f"/api/v1/{endpoint}/"]["get"]["parameters"]
        }
        assert "ISO 8601" in parameters["changed_since"]["description"], endpoint
    periods = schema["paths"]["/api/v1/monitoring-periods/"]["get"]["parameters"]
    assert "changed_since" not in {p["name"] for p in periods}
